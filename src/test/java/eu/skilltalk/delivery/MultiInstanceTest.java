package eu.skilltalk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.system.Await;
import eu.skilltalk.system.TestInstances;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Two application instances on one store, as behind a load balancer: every message is sent exactly once and
 * in order per client, and with a provider that fails 30% of calls and sometimes says "too many requests",
 * everything still arrives while the shared rate limits hold (measured from the provider's arrival times).
 */
class MultiInstanceTest {

    static final int CHANNEL_RATE = 40;
    static final int CLIENT_RATE = 5;
    static final int CLIENT_BURST = 2;

    static MongoServer store;
    static FakeProvider healthy;
    static FakeProvider faulty;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    /** Test channels of each instance: "fake" (healthy, unlimited) and "faulty" (failing, limited). */
    public static class Senders {
        @Bean
        HttpChannelSender fakeSender(Environment env) {
            return new HttpChannelSender("fake", env.getProperty("test.healthy-url"), env.getProperty("test.instance"));
        }

        @Bean
        HttpChannelSender faultySender(Environment env) {
            return new HttpChannelSender("faulty", env.getProperty("test.faulty-url"), env.getProperty("test.instance"));
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", 0);
        healthy = FakeProvider.healthy();
        // 30% server errors, and every 25th call "429 Too Many Requests, retry after 1 s".
        faulty = new FakeProvider(n -> n % 25 == 0 ? 429 : n % 10 == 3 || n % 10 == 6 || n % 10 == 9 ? 503 : 200);
        first = start("a");
        second = start("b");
    }

    private static ConfigurableApplicationContext start(String instance) {
        return TestInstances.start(Senders.class, "--server.port=0",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/skilltalk",
                "--skilltalk.delivery.poll=100ms", "--skilltalk.delivery.first-retry=200ms",
                "--skilltalk.delivery.limits.faulty.per-second=" + CHANNEL_RATE,
                "--skilltalk.delivery.limits.faulty.per-address-per-second=" + CLIENT_RATE,
                "--skilltalk.delivery.limits.faulty.per-address-burst=" + CLIENT_BURST,
                "--test.healthy-url=" + healthy.url(), "--test.faulty-url=" + faulty.url(), "--test.instance=" + instance);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        healthy.close();
        faulty.close();
        store.shutdown();
    }

    private static void enqueue(ConfigurableApplicationContext instance, String channel, int clients, int each) {
        Outbox outbox = instance.getBean(Outbox.class);
        Clock clock = instance.getBean(Clock.class);
        for (int c = 0; c < clients; c++) {
            List<Reply> replies = IntStream.range(0, each).mapToObj(i -> Reply.of("message " + i)).toList();
            outbox.enqueue(channel + "-client-" + c, channel, channel + "-client-" + c, replies, clock.instant(),
                    channel + "-client-" + c);
        }
    }

    private static boolean bothIdle() {
        return first.getBean(Outbox.class).waiting() == 0 && second.getBean(Outbox.class).waiting() == 0;
    }

    @Test
    void twoInstancesSendAThousandMessagesEachExactlyOnceAndInOrder() {
        enqueue(first, "fake", 100, 10);

        Await.until(Duration.ofSeconds(90), "1,000 messages arrived",
                () -> healthy.distinctDelivered() == 1000 && bothIdle());

        assertThat(healthy.calls).hasSize(1000);
        assertThat(healthy.calls.stream().map(FakeProvider.Call::instance).distinct())
                .as("both instances did part of the work").containsExactlyInAnyOrder("a", "b");
        assertInOrderPerClient(healthy.delivered());
    }

    @Test
    void aFailingProviderGetsEverythingWithinTheSharedLimits() throws Exception {
        enqueue(second, "faulty", 30, 10);

        Await.until(Duration.ofSeconds(120), "300 messages arrived through the faults",
                () -> faulty.distinctDelivered() == 300 && bothIdle());

        assertThat(faulty.delivered()).hasSize(300);
        assertThat(faulty.calls.stream().filter(c -> c.status() != 200)).hasSizeGreaterThan(100);
        assertInOrderPerClient(faulty.delivered());
        List<FakeProvider.Call> calls = new ArrayList<>(faulty.calls);
        assertTokenBucket("channel", calls, CHANNEL_RATE, CHANNEL_RATE, 3);
        calls.stream().collect(Collectors.groupingBy(FakeProvider.Call::address)).forEach(
                (client, own) -> assertTokenBucket(client, own, CLIENT_BURST, CLIENT_RATE, 1));
        String metrics = prometheus(first);
        assertThat(metrics).contains("skilltalk_outbox_depth", "skilltalk_outbound_latency_seconds_count{channel=\"faulty\"}")
                .containsPattern("skilltalk_outbound_retries_total\\{channel=\"faulty\",reason=\"error\"}")
                .containsPattern("skilltalk_outbound_messages_total\\{channel=\"faulty\",status=\"sent\"}");
    }

    /** Each client's messages arrived in the order they were queued ("key/index" ids). */
    private static void assertInOrderPerClient(List<FakeProvider.Call> delivered) {
        Map<String, List<Integer>> byClient = delivered.stream().sorted(Comparator.comparingLong(FakeProvider.Call::nanos))
                .collect(Collectors.groupingBy(FakeProvider.Call::address,
                        Collectors.mapping(c -> Integer.parseInt(c.id().substring(c.id().lastIndexOf('/') + 1)),
                                Collectors.toList())));
        byClient.forEach((client, order) -> assertThat(order).as(client).isSorted());
    }

    /**
     * A token bucket of {@code capacity} refilled at {@code perSecond} lets at most capacity + perSecond * t
     * calls through in any stretch of time t: checked for every stretch between two calls.
     */
    private static void assertTokenBucket(String what, List<FakeProvider.Call> calls, int capacity, int perSecond,
            int tolerance) {
        long[] at = calls.stream().mapToLong(FakeProvider.Call::nanos).sorted().toArray();
        for (int i = 0; i < at.length; i++) {
            for (int j = i + 1; j < at.length; j++) {
                double allowed = capacity + perSecond * (at[j] - at[i]) / 1e9 + tolerance;
                assertThat((double) (j - i + 1)).as("calls for %s within %d ms", what, (at[j] - at[i]) / 1_000_000)
                        .isLessThanOrEqualTo(allowed);
            }
        }
    }

    private static String prometheus(ConfigurableApplicationContext instance) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
