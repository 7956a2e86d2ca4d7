package eu.skilltalk.delivery;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Bucket4j buckets kept in MongoDB ({@code rate_buckets}), so every instance draws from the same tokens.
 * Each change is a compare-and-swap on the whole serialized state: an insert when the bucket is new (a
 * duplicate key means another instance was first), else an update that only matches the state it read.
 * Bucket time comes from our {@link Clock}, so tests drive it. A full bucket is the same as none, so each
 * document says when it will be full ({@code fullAt}) and a sweep deletes it after that. Other modules' limits
 * (inbound messages) keep their buckets here too, under their own key prefix, and share that sweep.
 */
public final class MongoBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    public static final String COLLECTION = "rate_buckets";

    private final MongoCollection<Document> buckets;
    private final Clock clock;

    public MongoBuckets(MongoCollection<Document> buckets, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockTime(clock)));
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document bucket = buckets.find(Filters.eq("_id", key)).first();
                return Optional.ofNullable(bucket).map(b -> b.get("state", Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state,
                    Optional<Long> timeoutNanos) {
                Date fullAt = Date.from(Instant.now(clock)
                        .plusNanos(state.calculateFullRefillingTime(currentTimeNanos())));
                if (original == null) {
                    try {
                        buckets.insertOne(new Document("_id", key).append("state", new Binary(updated))
                                .append("fullAt", fullAt));
                        return true;
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                            return false;
                        }
                        throw e;
                    }
                }
                return buckets.updateOne(
                        Filters.and(Filters.eq("_id", key), Filters.eq("state", new Binary(original))),
                        Updates.combine(Updates.set("state", new Binary(updated)), Updates.set("fullAt", fullAt)))
                        .getModifiedCount() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("MongoBuckets works synchronously");
    }

    @Override
    public void removeProxy(String key) {
        buckets.deleteOne(Filters.eq("_id", key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.runAsync(() -> removeProxy(key));
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    /** Deletes buckets that are full by now: drawing from them again starts the same as a new bucket. */
    long forgetFullBuckets() {
        return buckets.deleteMany(Filters.lt("fullAt", Date.from(clock.instant()))).getDeletedCount();
    }

    /** The time source these buckets read (our clock), for optimizations built around them. */
    public TimeMeter timeMeter() {
        return new ClockTime(clock);
    }

    /** Bucket4j's time source, read from our clock. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
