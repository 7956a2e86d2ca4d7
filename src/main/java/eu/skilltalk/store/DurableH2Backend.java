package eu.skilltalk.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend with every write committed before it is acknowledged. mongo-java-server opens its MVStore
 * with H2's default auto-commit, which writes changes to the file about once a second: a process killed
 * with SIGKILL lost up to that second of acknowledged writes (a message marked sent, then sent again after a
 * restart). Committing after each write command closes that window: once the driver has its answer, the
 * change is in the file (in the operating system's cache; a power cut can still lose what it had not
 * flushed, see docs/store.md). Concurrent writes share a commit (a group commit), which keeps that promise.
 *
 * <p>The file is also forced to disk every {@code flushEvery}, so a power cut loses at most that much. H2 keeps
 * file space that newer chunks replaced for 45 s before reusing it, on the assumption that the operating
 * system writes everything back within that time; with the flush, that assumption holds after one interval,
 * so the space is kept for {@link #RETAINED_FLUSHES} intervals instead. Fewer chunks kept means less for H2
 * to go through on every commit and compaction (docs/bench.md). No read needs old chunks longer: every query
 * reads what it returns while its command runs.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    /**
     * What H2's background compaction rewrites at most in one go, under the lock every commit needs (H2's
     * default is 1,024 KB; the same size also makes a single write bigger than it store part-way, which only
     * commits sooner). A minute after a burst of writes, compacting their chunks in 1 MB steps held commits
     * up for 100-200 ms at a time; in 256 KB steps the slowest messages no longer bunch (docs/bench.md).
     */
    private static final int COMPACTION_STEP_KB = 256;

    /**
     * Collections whose declared secondary indexes are kept in memory ({@link EqualityIndex}): queues, which
     * stay small (an item leaves once done) and are read by client in every message (a client's waiting
     * messages are read before a reply is sent). Other collections, such as the answer log, grow with every
     * client and would cost heap and a read of them all at each start.
     */
    private static final Set<String> QUEUES = Set.of("outbox", "jobs");

    /** How many flush intervals replaced file space is kept before H2 reuses it. */
    private static final int RETAINED_FLUSHES = 10;

    /** Write commands applied to the maps so far; a write takes its number once its changes are in. */
    private final AtomicLong writesApplied = new AtomicLong();
    private final Object commits = new Object();
    /** Every write up to this number is in the file. Guarded by {@link #commits}. */
    private long committedThrough;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "store-flush");
        thread.setDaemon(true);
        return thread;
    });
    /** The last write number a flush covered; only the flusher thread uses it. */
    private long flushedThrough;

    DurableH2Backend(String file, Duration flushEvery) {
        super(new MVStore.Builder().fileName(file).autoCommitBufferSize(COMPACTION_STEP_KB).open());
        long every = Math.max(1, flushEvery.toMillis());
        getMvStore().setRetentionTime(Math.toIntExact(every * RETAINED_FLUSHES));
        flusher.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    /** Forces what was committed since the last flush to disk; an idle store costs nothing. */
    private void flush() {
        long committed;
        synchronized (commits) {
            committed = committedThrough;
        }
        if (committed > flushedThrough) {
            try {
                getMvStore().sync();
                flushedThrough = committed;
            } catch (RuntimeException e) {
                log.warn("Could not force the store's file to disk; trying again in a moment", e);
            }
        }
    }

    /** Stops the flushes, forces what was committed (a stop is not a power cut), then closes the store. */
    @Override
    public void close() {
        flusher.shutdown();
        try {
            if (flusher.awaitTermination(10, TimeUnit.SECONDS)) {
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    /** Collections that find by {@code _id} first (see {@link IdFirstCollection}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name);
    }

    /**
     * Opens the same maps as {@link H2Database} does (the names must match, or stored data would not be
     * found), with {@link IdFirstCollection}s, documents written as BSON ({@link StoredDocumentType}) and unique
     * index keys serialised once ({@link IndexKeyType}). An inner class: H2Database's constructor already opens
     * the stored collections, before a field of this class could be set, and the enclosing instance is set
     * first.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(name);
            MVStore store = DurableH2Backend.this.getMvStore();
            MVMap<Object, Document> documents = store.openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(new StoredDocumentType()));
            return new IdFirstCollection(this, name, options, documents, store.openMap("meta." + namespace),
                    cursorRegistry);
        }

        /**
         * Keeps the declared indexes of the {@link #QUEUES} in memory ({@link EqualityIndex}); those of the
         * other collections are left out, as mongo-java-server does.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return QUEUES.contains(collectionName) && EqualityIndex.fits(keys) ? new EqualityIndex(indexName, keys)
                    : super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }

        /** Opens the index's map with {@link IndexKeyType} first; H2Database then finds it open. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            DurableH2Backend.this.getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_"
                    + indexName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document response = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commitCovering(writesApplied.incrementAndGet());
        }
        return response;
    }

    /**
     * Returns once a commit that began after write number {@code write} was applied has ended. Writers that
     * arrive while a commit runs wait for the next one, which covers them all: one chunk for the group instead
     * of one each, so every page that several of them changed is serialised and written once (each chunk also
     * costs H2 bookkeeping and, later, compaction; see docs/bench.md).
     */
    private void commitCovering(long write) {
        synchronized (commits) {
            if (committedThrough >= write) {
                return;
            }
            long applied = writesApplied.get();
            commit();
            committedThrough = applied;
        }
    }
}
