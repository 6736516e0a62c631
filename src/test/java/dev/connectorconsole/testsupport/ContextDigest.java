package dev.connectorconsole.testsupport;

import dev.connectorconsole.image.BuildContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of what a build sends and reads: every path under the context folder with its kind, permissions and content
 * (a link's target), the Dockerfile (also when it lies outside the folder) and the platform asked for.
 */
final class ContextDigest {
    private ContextDigest() {}

    static String of(BuildContext context) throws IOException {
        MessageDigest digest = sha256();
        Path root = context.directory();
        text(digest, "platform " + context.platform());
        text(digest, "dockerfile " + root.relativize(context.dockerfile()));
        digest.update(Files.readAllBytes(context.dockerfile()));
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            text(digest, "\0" + root.relativize(path) + "\0");
            if (Files.isSymbolicLink(path)) {
                text(digest, "link " + Files.readSymbolicLink(path));
                continue;
            }
            text(digest, PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)));
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                text(digest, " " + Files.size(path) + " ");
                try (InputStream in = Files.newInputStream(path)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
