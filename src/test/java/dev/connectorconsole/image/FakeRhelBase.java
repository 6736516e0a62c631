package dev.connectorconsole.image;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.testsupport.SharedImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stand-in for Rocky Linux built FROM scratch (nothing can be pulled): the host's static busybox with its applets,
 * the PATH a RHEL image sets, a {@code dnf} that installs nothing (busybox already has tar, gzip and unzip), and
 * {@code groupadd}/{@code useradd} that write the group and user the generated Dockerfile asks for. Built through the
 * app's own {@link dev.connectorconsole.engine.ImageBuilder} once per test run, tagged {@code cc-test-rhel-base-…}
 * for each caller.
 */
public final class FakeRhelBase {
    public static final Map<String, String> TEST_LABELS = Map.of("dev.connectorconsole.test", "true");
    /** The uid and gid the fake useradd and groupadd give. */
    public static final int SCCADMIN_ID = 990;
    private static final Path HOST_BUSYBOX = Path.of("/usr/bin/busybox");
    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox", "--install", "-s", "/bin"]
            ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
            COPY etc/ /etc/
            COPY usr/ /usr/
            RUN mkdir -p /tmp /opt && chmod 1777 /tmp
            """;
    private static final String LAST_ARGUMENT = "for name; do :; done\n";

    private FakeRhelBase() {}

    /** Builds the base and returns its tag. */
    public static String build(EngineConnection engine) throws Exception {
        return build(engine, Set.of());
    }

    /**
     * Tags a new {@code cc-test-rhel-base-…} name on the base with copies of {@code hostFiles} at their own paths
     * (e.g. the libraries a JVM links against), built once per test run ({@link SharedImages}): {@link #remove}
     * removes that name, not the shared base. Returns the name.
     */
    public static String build(EngineConnection engine, Set<Path> hostFiles) throws Exception {
        String tag = "cc-test-rhel-base-" + UUID.randomUUID().toString().substring(0, 8);
        SharedImages.tagged(engine, "rhel-base", context -> write(context, hostFiles), tag);
        return tag;
    }

    /** The same base's shared tag, for a caller that only builds on it and never removes it. */
    public static String shared(EngineConnection engine, Set<Path> hostFiles) throws Exception {
        return SharedImages.shared(engine, "rhel-base", context -> write(context, hostFiles));
    }

    private static BuildContext write(Path context, Set<Path> hostFiles) throws IOException {
        Files.createDirectories(context);
        Files.copy(HOST_BUSYBOX, context.resolve("busybox"));
        Files.createDirectories(context.resolve("host"));
        for (Path file : hostFiles) {
            Path copy = context.resolve("host").resolve(file.toString().substring(1));
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        Files.createDirectories(context.resolve("etc"));
        Files.writeString(context.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(context.resolve("etc/group"), "root:x:0:\n");
        script(context.resolve("usr/bin/dnf"), "echo \"fake dnf: $* (the packages come with this base)\"\n");
        script(context.resolve("usr/sbin/groupadd"), LAST_ARGUMENT
                + "echo \"$name:x:" + SCCADMIN_ID + ":\" >> /etc/group\n");
        script(context.resolve("usr/sbin/useradd"), LAST_ARGUMENT
                + "echo \"$name:x:" + SCCADMIN_ID + ":" + SCCADMIN_ID + "::/opt/sap/scc:/bin/sh\" >> /etc/passwd\n");
        Path dockerfile = Files.writeString(context.resolve("Dockerfile"),
                DOCKERFILE + (hostFiles.isEmpty() ? "" : "COPY host/ /\n"));
        return new BuildContext(context, dockerfile, 0, 0);
    }

    /** Points the FROM lines of a generated context's Dockerfile at the fake base instead of {@code base}. */
    public static void retarget(BuildContext context, BaseImage base, String fakeTag) throws IOException {
        String text = Files.readString(context.dockerfile(), StandardCharsets.UTF_8);
        String retargeted = Pattern.compile("(?m)^(FROM --platform=\\S+ )" + Pattern.quote(base.reference()) + "( |$)")
                .matcher(text).replaceAll("$1" + fakeTag + "$2");
        if (retargeted.equals(text)) {
            throw new AssertionError("no FROM " + base.reference() + " line in " + context.dockerfile());
        }
        Files.writeString(context.dockerfile(), retargeted, StandardCharsets.UTF_8);
    }

    public static void remove(EngineConnection engine, String tag) {
        try {
            engine.client().removeImageCmd(tag).withForce(true).exec();
        } catch (NotFoundException gone) {
            // already removed
        }
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
