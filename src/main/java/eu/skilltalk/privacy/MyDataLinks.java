package eu.skilltalk.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * "My data" links: an unguessable token in the link, a six-digit code sent separately in the chat that
 * works once and for a few tries only, then a download key for the page that showed the data. A forwarded
 * or previewed link alone opens nothing, and a guessed code has a handful of tries.
 */
@Component
class MyDataLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the client gets in the chat. */
    record Issued(String token, String code) {
    }

    /** The outcome of a code typed on the page. */
    sealed interface Check {
        /** Right: the page may show the client's data and offer the download with this key. */
        record Opened(MyDataLink link, String downloadKey) implements Check {
        }

        /** Wrong: this many tries are left. */
        record Wrong(int attemptsLeft) implements Check {
        }

        /** No such link, expired, used, or out of tries. */
        record Gone() implements Check {
        }
    }

    private final MongoTemplate mongo;
    private final PrivacyProperties properties;
    private final Clock clock;

    MyDataLinks(MongoTemplate mongo, PrivacyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    Issued issue(String participantId, String language) {
        String token = secret(24);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        mongo.insert(new MyDataLink(Sha256.hex(token), participantId, language, Sha256.hex(code),
                properties.myData().attempts(), clock.instant().plus(properties.myData().linkValidFor()), null, null));
        return new Issued(token, code);
    }

    /** The link while it still waits for its code (the page then asks for it). */
    Optional<MyDataLink> waiting(String token) {
        return Optional.ofNullable(mongo.findOne(open(token), MyDataLink.class));
    }

    /** Spends one try on {@code code}; the right code opens the link once. */
    Check check(String token, String code) {
        Instant now = clock.instant();
        MyDataLink link = mongo.findAndModify(open(token), new Update().inc("attemptsLeft", -1),
                FindAndModifyOptions.options().returnNew(true), MyDataLink.class);
        if (link == null) {
            return new Check.Gone();
        }
        if (!link.codeHash().equals(Sha256.hex(code == null ? "" : code.strip()))) {
            return link.attemptsLeft() > 0 ? new Check.Wrong(link.attemptsLeft()) : new Check.Gone();
        }
        String key = secret(24);
        mongo.updateFirst(Query.query(where("_id").is(link.tokenHash())), new Update().unset("codeHash")
                .set("downloadKeyHash", Sha256.hex(key)).set("downloadUntil", now.plus(properties.myData().downloadFor())),
                MyDataLink.class);
        return new Check.Opened(link, key);
    }

    /** The participant whose data this page's download key opens, while it works. */
    Optional<MyDataLink> download(String token, String key) {
        if (key == null) {
            return Optional.empty();
        }
        Query query = Query.query(where("_id").is(Sha256.hex(token)).and("downloadKeyHash").is(Sha256.hex(key))
                .and("downloadUntil").gt(clock.instant()));
        return Optional.ofNullable(mongo.findOne(query, MyDataLink.class));
    }

    /** Forgets links that no longer open anything. */
    long forgetExpired() {
        Instant now = clock.instant();
        return mongo.remove(Query.query(new Criteria().andOperator(where("expiresAt").lt(now),
                new Criteria().orOperator(where("downloadUntil").is(null), where("downloadUntil").lt(now)))),
                MyDataLink.class).getDeletedCount();
    }

    private Query open(String token) {
        return Query.query(where("_id").is(Sha256.hex(token)).and("codeHash").ne(null).and("attemptsLeft").gt(0)
                .and("expiresAt").gt(clock.instant()));
    }

    private static String secret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
