package dev.connectorconsole.engine;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.connectorconsole.common.NamedThreads;
import dev.connectorconsole.settings.NamedEngine;

/**
 * The real engine of this machine behind TLS that requires a client certificate, as `dockerd --tlsverify -H tcp://…`
 * serves it: every connection is relayed byte for byte to the engine's socket, so builds, streams and hijacked
 * connections behave as they do on a remote TLS engine.
 */
public final class TlsEngineFront implements AutoCloseable {
    private final SSLServerSocket server;
    private final Path engineSocket;
    private final Path clientFolder;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService relays = Executors.newCachedThreadPool(NamedThreads.factory("cc-test-tls-front"));

    private TlsEngineFront(SSLServerSocket server, Path engineSocket, Path clientFolder) {
        this.server = server;
        this.engineSocket = engineSocket;
        this.clientFolder = clientFolder;
    }

    /** Starts on 127.0.0.1 and writes the client's ca.pem, cert.pem and key.pem into {@code clientFolder}. */
    public static TlsEngineFront start(Path clientFolder) throws Exception {
        return startOn(clientFolder, "127.0.0.1");
    }

    /**
     * Starts on {@code address}, an IP address of this computer: one beyond loopback (e.g. the Docker bridge gateway)
     * makes the console take this engine for one on another machine.
     */
    public static TlsEngineFront startOn(Path clientFolder, String address) throws Exception {
        SSLContext tls = TlsEngineFixture.serverContext(clientFolder, address);
        SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getByName(address));
        server.setNeedClientAuth(true);
        Path socket = Path.of(EngineLocator.locate().host().getPath());
        TlsEngineFront front = new TlsEngineFront(server, socket, clientFolder);
        front.relays.submit(front::accept);
        return front;
    }

    public EngineEndpoint endpoint() {
        return new EngineEndpoint(URI.create("tcp://" + server.getInetAddress().getHostAddress() + ":"
                + server.getLocalPort()), "Settings", true, clientFolder);
    }

    /** This engine as Settings names it: its address and the client's certificate folder. */
    public NamedEngine named(String name) {
        return NamedEngine.of(name, endpoint().host().toString(), true, clientFolder.toString());
    }

    /** How many connections clients opened to this engine so far. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                SSLSocket client = (SSLSocket) server.accept();
                connections.incrementAndGet();
                relays.submit(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(SSLSocket client) {
        try (client; SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(engineSocket))) {
            client.startHandshake();
            relays.submit(() -> {
                toEngine(client.getInputStream(), engine);
                engine.shutdownOutput();
                return null;
            });
            fromEngine(engine, client.getOutputStream());
        } catch (IOException rejectedOrClosed) {
            // a client without the right certificate, or a connection that ended
        }
    }

    /** Channel reads and writes, not Channels' streams: those share one lock, so a waiting read would block writes. */
    private static void toEngine(InputStream in, SocketChannel engine) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                engine.write(chunk);
            }
        }
    }

    private static void fromEngine(SocketChannel engine, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (engine.read(buffer) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
            out.flush();
            buffer.clear();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        relays.shutdownNow();
    }
}
