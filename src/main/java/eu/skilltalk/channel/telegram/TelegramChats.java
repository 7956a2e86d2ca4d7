package eu.skilltalk.channel.telegram;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The chats' live keyboards and send progress, by chat id; single-document updates only, so any instance may act. */
@Component
@ConditionalOnTelegram
class TelegramChats {

    private final MongoTemplate mongo;

    TelegramChats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records which item's inline buttons are live now ({@code null}: none); older buttons stop counting. */
    void showing(String chat, String keyboard) {
        Update update = keyboard == null ? new Update().unset("keyboard") : new Update().set("keyboard", keyboard);
        mongo.upsert(byId(chat), update, TelegramChat.class);
    }

    /**
     * Takes a tap on {@code keyboard}'s buttons: true for the first tap on the live keyboard, false for a
     * second tap or an older message's buttons. Atomic, so two quick taps answer the question once.
     */
    boolean take(String chat, String keyboard) {
        Query live = Query.query(Criteria.where("_id").is(chat).and("keyboard").is(keyboard));
        return mongo.updateFirst(live, new Update().unset("keyboard"), TelegramChat.class).getModifiedCount() > 0;
    }

    /** How many parts of {@code item} were sent already. */
    int partsSent(String chat, String item) {
        TelegramChat known = mongo.findById(chat, TelegramChat.class);
        return known != null && item.equals(known.item()) && known.partsSent() != null ? known.partsSent() : 0;
    }

    void sentParts(String chat, String item, int parts) {
        mongo.upsert(byId(chat), new Update().set("item", item).set("partsSent", parts), TelegramChat.class);
    }

    private static Query byId(String chat) {
        return Query.query(Criteria.where("_id").is(chat));
    }
}
