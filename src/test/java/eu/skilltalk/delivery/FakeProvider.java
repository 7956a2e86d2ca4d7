package eu.skilltalk.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A messaging provider on 127.0.0.1 that records every call with its arrival time and answers with the
 * status a policy picks by call number (200 sent, 429 with Retry-After: 1, 5xx outage).
 */
public final class FakeProvider implements AutoCloseable {

    /** One call: the outbox item id, the client's address, the sending instance, arrival, answer. */
    public record Call(String id, String address, String instance, long nanos, int status) {
    }

    public final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private final AtomicInteger count = new AtomicInteger();

    public FakeProvider(IntUnaryOperator statusForCall) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/send", exchange -> {
            String[] body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            int status = statusForCall.applyAsInt(count.incrementAndGet());
            calls.add(new Call(body[0], body[1], body[2], System.nanoTime(), status));
            if (status == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Every status a healthy provider gives. */
    public static FakeProvider healthy() {
        return new FakeProvider(n -> 200);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }

    /** Calls the provider accepted. */
    public List<Call> delivered() {
        return calls.stream().filter(c -> c.status() == 200).toList();
    }

    public long distinctDelivered() {
        return delivered().stream().map(Call::id).distinct().count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
