package org.tollgate.lists.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on 127.0.0.1 serving byte arrays by path, honouring If-None-Match, and able to fail the
 * first N requests of a path with 503, to exercise retries.
 */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void serve(String path, byte[] body) {
        bodies.put(path, body);
    }

    public void failFirst(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times));
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private static String etag(byte[] body) {
        return "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        AtomicInteger fail = failuresLeft.get(path);
        if (fail != null && fail.getAndDecrement() > 0) {
            ex.sendResponseHeaders(503, -1);
            ex.close();
            return;
        }
        byte[] body = bodies.get(path);
        if (body == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        String tag = etag(body);
        if (tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("ETag", tag);
        ex.getResponseHeaders().add("Last-Modified", "Fri, 23 Feb 2024 12:00:00 GMT");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
