package dev.connectorconsole.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * Runs inside a probe container that shares the connector container's network, so it reaches what the connector
 * reaches: a TCP connect to {@code host:port}, and for {@code http} a {@code HEAD /} whose status line is reported.
 * Prints one line, {@code <OUTCOME> <millis> <detail>}. Uses java.base only and no shell, so any image with the
 * connector's Java runs it; the class is copied into the probe container through the engine's archive API.
 */
public final class ReachProbe {
    private ReachProbe() {}

    /** @param args host, port, {@code tcp} or {@code http}, timeout in milliseconds */
    public static void main(String[] args) {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        boolean http = "http".equals(args[2]);
        int timeout = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeout);
            String detail = http ? headStatus(socket, host, timeout) : "";
            report("REACHABLE", start, detail);
        } catch (UnknownHostException e) {
            report("UNKNOWN_HOST", start, "");
        } catch (SocketTimeoutException e) {
            report("TIMED_OUT", start, "");
        } catch (ConnectException e) {
            report("REFUSED", start, e.getMessage());
        } catch (NoRouteToHostException e) {
            report("UNREACHABLE", start, e.getMessage());
        } catch (IOException | RuntimeException e) {
            report("FAILED", start, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The status line of {@code HEAD /}, or why there was none (the port is open either way). */
    private static String headStatus(Socket socket, String host, int timeout) {
        try {
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r' && c != '\n' && line.length() < 200; c = in.read()) {
                line.append((char) c);
            }
            return line.length() == 0 ? "no HTTP answer" : line.toString();
        } catch (IOException e) {
            return "no HTTP answer (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void report(String outcome, long start, String detail) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(outcome + " " + millis + (detail == null || detail.isEmpty() ? "" : " " + detail));
    }
}
