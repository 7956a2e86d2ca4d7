package eu.skilltalk.store;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Writes that a repeated step may do again: a turn applied again after a crash, a redelivered message, a second
 * instance doing the same work. The document's {@code _id} (or a unique key) says it is the same one, so the
 * store keeps the first and a repeat adds nothing, on either store, without a read first.
 */
public final class Once {

    /** MongoDB's error code for a key that is stored already. */
    private static final int DUPLICATE_KEY = 11000;

    private Once() {
    }

    /** Inserts {@code document} unless one with its key is stored; returns whether it was new. */
    public static boolean insert(MongoOperations mongo, Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException storedBefore) {
            return false;
        }
    }

    /**
     * Inserts those of {@code documents} whose key is not stored yet, in one command; the others are left as
     * they are. A turn applied again after a crash may find some of its replies queued and some not.
     */
    public static <T> void insertAll(MongoOperations mongo, Class<T> type, List<? extends T> documents) {
        if (documents.size() <= 1) {
            documents.forEach(document -> insert(mongo, document));
            return;
        }
        try {
            // Unordered: a key stored before does not stop the documents after it.
            mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }
}
