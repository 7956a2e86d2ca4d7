package eu.skilltalk.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Existence checks that stay cheap on both stores. {@code MongoTemplate.exists} sends an aggregation, which
 * the embedded store answers by reading (and deserialising) every document of the collection, however
 * selective the query: on {@code deliveries} or {@code inbound_receipts}, which grow with every message, that
 * made each message slower than the one before (see docs/bench.md). A {@code find} with limit 1 is served from
 * the {@code _id} or a unique index there, and from any index on MongoDB.
 */
public final class Lookups {

    private Lookups() {
    }

    /** Whether any document of {@code type}'s collection matches {@code query}. */
    public static boolean exists(MongoOperations mongo, Query query, Class<?> type) {
        Query first = Query.of(query).limit(1);
        first.fields().include("_id");
        return mongo.findOne(first, Document.class, mongo.getCollectionName(type)) != null;
    }
}
