package dev.connectorconsole.image;

import com.github.dockerjava.api.DockerClient;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * What each layer of an image holds, read from {@code docker image save} through the engine API: one entry per file
 * per layer, so a file stored in two layers (a download copied in, or a tree owned anew by a {@code chown -R}) shows
 * up twice.
 */
public record ImageLayers(List<Layer> layers) {
    public record Layer(String name, List<File> files) {
        public long bytes() {
            return files.stream().mapToLong(File::size).sum();
        }
    }

    /** A regular file in a layer, its path without a leading slash. */
    public record File(String path, long size, int uid) {}

    public static ImageLayers of(DockerClient docker, String image) throws IOException {
        List<Layer> layers = new ArrayList<>();
        try (InputStream saved = docker.saveImageCmd(image).exec();
             TarArchiveInputStream outer = new TarArchiveInputStream(saved)) {
            for (TarArchiveEntry entry = outer.getNextEntry(); entry != null; entry = outer.getNextEntry()) {
                if (entry.getName().endsWith("/layer.tar")) {
                    layers.add(new Layer(entry.getName(), files(outer)));
                }
            }
        }
        return new ImageLayers(layers);
    }

    /** Every stored copy of files whose path or name ends with {@code suffix}, across all layers. */
    public List<File> copiesOf(String suffix) {
        return layers.stream().flatMap(layer -> layer.files().stream()).filter(file -> file.path().endsWith(suffix))
                .toList();
    }

    public long totalBytes() {
        return layers.stream().mapToLong(Layer::bytes).sum();
    }

    private static List<File> files(InputStream layerTar) throws IOException {
        List<File> files = new ArrayList<>();
        TarArchiveInputStream layer = new TarArchiveInputStream(new FilterInputStream(layerTar) {
            @Override
            public void close() {
                // the outer archive goes on after this layer
            }
        });
        for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
            if (entry.isFile()) {
                files.add(new File(entry.getName(), entry.getSize(), (int) entry.getLongUserId()));
            }
        }
        return files;
    }
}
