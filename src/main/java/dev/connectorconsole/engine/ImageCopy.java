package dev.connectorconsole.engine;

import com.github.dockerjava.api.command.LoadImageCallback;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Copies an image from one engine to another, as {@code docker save IMAGE | docker -H OTHER load} does: the saved
 * archive is streamed straight into the other engine, with no file in between and nothing pulled from a registry.
 * Blocking (a connector image is hundreds of MB): call it off the FX thread.
 */
public final class ImageCopy {
    private static final long REPORT_EVERY_BYTES = 8L << 20;

    private ImageCopy() {}

    /**
     * @param image  a name with its tag ({@code repo:tag}; {@code latest} when none) or an image id
     * @param copied told the bytes sent so far, about every 8 MB, on the calling thread
     * @throws EngineException naming the engine that failed
     */
    public static void copy(EngineConnection from, EngineConnection to, String image, LongConsumer copied) {
        InputStream saved;
        try {
            int tagAt = image.lastIndexOf(':');
            boolean hasTag = tagAt > image.lastIndexOf('/');
            saved = from.client().saveImagesCmd()
                    .withImage(hasTag ? image.substring(0, tagAt) : image, hasTag ? image.substring(tagAt + 1) : "latest")
                    .exec();
        } catch (NotFoundException e) {
            throw new EngineException(EngineException.Kind.IMAGE_MISSING,
                    "The image '" + image + "' is not in the Docker engine at " + from.endpoint().describe() + ".", e);
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, from.endpoint());
        }
        try (InputStream counted = new Counting(saved, copied)) {
            to.client().loadImageAsyncCmd(counted).exec(new LoadImageCallback()).awaitMessage();
        } catch (IOException | RuntimeException e) {
            throw EngineFailures.translate(e, to.endpoint());
        }
    }

    private static final class Counting extends FilterInputStream {
        private final LongConsumer copied;
        private long total;
        private long reported;

        Counting(InputStream in, LongConsumer copied) {
            super(in);
            this.copied = copied;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            total += n;
            if (total - reported >= REPORT_EVERY_BYTES) {
                reported = total;
                copied.accept(total);
            }
        }
    }
}
