package dev.connectorconsole.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP front for the local engine's unix socket that a test can take away and bring back, so "the engine went
 * away" and "it came back" can be tested without touching the real daemon.
 */
final class EngineProxy implements AutoCloseable {
    private final Path engineSocket;
    private final List<Closeable> open = new CopyOnWriteArrayList<>();
    private volatile int port;
    private volatile ServerSocket server;

    private EngineProxy(Path engineSocket) {
        this.engineSocket = engineSocket;
    }

    /** Forwards to the unix socket of the engine this machine's locator finds. */
    static EngineProxy start() throws IOException {
        URI host = EngineLocator.locate().host();
        if (!"unix".equals(host.getScheme())) {
            throw new IllegalStateException("EngineProxy needs a local unix socket engine, found " + host);
        }
        EngineProxy proxy = new EngineProxy(Path.of(host.getPath()));
        proxy.listen(0);
        return proxy;
    }

    EngineEndpoint endpoint() {
        return new EngineEndpoint(URI.create("tcp://127.0.0.1:" + port), "test proxy", false, null);
    }

    /** The engine "goes away": the port closes and every connection through it breaks. */
    void stop() {
        closeQuietly(server);
        open.forEach(EngineProxy::closeQuietly);
        open.clear();
    }

    /** The engine "comes back" on the same port. */
    void resume() throws IOException {
        listen(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        server = socket;
        port = socket.getLocalPort();
        daemon("test-engine-proxy-accept", () -> {
            try {
                while (true) {
                    Socket client = socket.accept();
                    SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(engineSocket));
                    open.add(client);
                    open.add(engine);
                    daemon("test-engine-proxy-up", () -> pumpToEngine(client, engine));
                    daemon("test-engine-proxy-down", () -> pumpToClient(engine, client));
                }
            } catch (IOException closed) {
                // stop() closed the server socket
            }
        });
    }

    private static void pumpToEngine(Socket client, SocketChannel engine) {
        byte[] buffer = new byte[16384];
        try (InputStream in = client.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    engine.write(chunk);
                }
            }
        } catch (IOException broken) {
            // either side closed
        } finally {
            closeQuietly(engine);
            closeQuietly(client);
        }
    }

    private static void pumpToClient(SocketChannel engine, Socket client) {
        ByteBuffer buffer = ByteBuffer.allocate(16384);
        try (OutputStream out = client.getOutputStream()) {
            while (engine.read(buffer) > 0) {
                out.write(buffer.array(), 0, buffer.position());
                out.flush();
                buffer.clear();
            }
        } catch (IOException broken) {
            // either side closed
        } finally {
            closeQuietly(engine);
            closeQuietly(client);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // closing
        }
    }
}
