package eu.skilltalk.delivery;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.system.TestInstances;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The application in a child process for {@link CrashRecoveryTest}, sending to a {@link FakeProvider}. With
 * {@code --test.enqueue=N} it first queues N messages (100 clients); then it prints the outbox depth every
 * 100 ms until it is killed.
 */
public final class CrashTestInstance {

    private CrashTestInstance() {
    }

    /** The child's one channel. */
    public static class Senders {
        @Bean
        HttpChannelSender fakeSender(Environment env) {
            return new HttpChannelSender("fake", env.getProperty("test.url"), "child");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = TestInstances.start(Senders.class, args);
        Outbox outbox = context.getBean(Outbox.class);
        int messages = context.getEnvironment().getProperty("test.enqueue", Integer.class, 0);
        Clock clock = context.getBean(Clock.class);
        for (int c = 0; c < 100 && messages > 0; c++) {
            List<Reply> replies = IntStream.range(0, messages / 100).mapToObj(i -> Reply.of("message " + i)).toList();
            outbox.enqueue("client-" + c, "fake", "client-" + c, replies, clock.instant(), "client-" + c);
        }
        System.out.println("ENQUEUED");
        while (true) {
            System.out.println("WAITING " + outbox.waiting());
            Thread.sleep(100);
        }
    }
}
