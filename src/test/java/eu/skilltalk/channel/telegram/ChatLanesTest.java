package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChatLanesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void oneChatsWorkRunsInTheOrderItCameAlthoughThreadsAreMany() {
        ChatLanes lanes = new ChatLanes(4, 1000);
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());

        for (int i = 0; i < 200; i++) {
            int piece = i;
            assertThat(lanes.offer("a", () -> done.add(piece))).isTrue();
        }

        assertThat(lanes.close(WAIT)).isZero();
        assertThat(done).isEqualTo(IntStream.range(0, 200).boxed().toList());
    }

    @Test
    void differentChatsRunSideBySide() {
        ChatLanes lanes = new ChatLanes(2, 10);
        CountDownLatch bArrived = new CountDownLatch(1);
        AtomicBoolean aSawB = new AtomicBoolean();

        lanes.offer("a", () -> aSawB.set(await(bArrived)));
        lanes.offer("b", bArrived::countDown);

        assertThat(lanes.close(WAIT)).isZero();
        assertThat(aSawB).isTrue();
    }

    @Test
    void aFailedPieceDoesNotStopTheChatsLaterOnes() {
        ChatLanes lanes = new ChatLanes(1, 10);
        AtomicBoolean later = new AtomicBoolean();

        lanes.offer("a", () -> {
            throw new IllegalStateException("boom");
        });
        lanes.offer("a", () -> later.set(true));

        lanes.close(WAIT);
        assertThat(later).isTrue();
    }

    @Test
    void aFullLaneRefusesMoreUntilWorkIsDone() throws InterruptedException {
        ChatLanes lanes = new ChatLanes(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondRan = new CountDownLatch(1);

        assertThat(lanes.offer("a", () -> await(release))).isTrue();
        assertThat(lanes.offer("b", () -> { })).isFalse();
        release.countDown();
        lanes.put("b", secondRan::countDown);

        assertThat(secondRan.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        lanes.close(WAIT);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
