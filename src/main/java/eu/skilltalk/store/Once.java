package eu.skilltalk.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Writes that a repeated step may do again: a turn applied again after a crash, a redelivered message, a second
 * instance doing the same work. The document's {@code _id} (or a unique key) says it is the same one, so the
 * store keeps the first and a repeat adds nothing, on either store, without a read first.
 */
public final class Once {

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
}
