package eu.skilltalk.channel.sms;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs each sender's messages one after another in arrival order, and different senders side by side: a
 * sender always lands on the same single-threaded lane.
 */
final class SenderLanes implements AutoCloseable {

    private final ThreadPoolExecutor[] lanes;

    SenderLanes(int count) {
        lanes = new ThreadPoolExecutor[count];
        for (int i = 0; i < count; i++) {
            String name = "sms-lane-" + (i + 1);
            lanes[i] = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    void submit(String sender, Runnable work) {
        lanes[Math.floorMod(sender.hashCode(), lanes.length)].execute(work);
    }

    /**
     * Drops queued work (it stays in the inbox for the next start) and lets each lane finish the message in
     * hand, without interrupting a half-sent reply.
     */
    @Override
    public void close() throws InterruptedException {
        for (ThreadPoolExecutor lane : lanes) {
            lane.getQueue().clear();
            lane.shutdown();
        }
        for (ThreadPoolExecutor lane : lanes) {
            lane.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
