package eu.skilltalk.coach;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.FeatureUse;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.store.Once;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The coach inbox: a client's {@code coach} command opens a chat, their next messages land here, the
 * coach's answers go out on the client's channel, and closing the chat takes the client back to their
 * question.
 */
@Service
class CoachInbox {

    /** What {@link FeatureUse} marks: the client had a chat with their coach. */
    static final String CHAT = "coach-chat";

    private final InboxThreads threads;
    private final InboxMessages messages;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final ConversationService conversations;
    private final LocaleCatalog catalog;
    private final Clock clock;
    private final FeatureUse use;

    CoachInbox(InboxThreads threads, InboxMessages messages, MongoTemplate mongo, Outbox outbox,
            ConversationService conversations, LocaleCatalog catalog, Clock clock, FeatureUse use) {
        this.threads = threads;
        this.messages = messages;
        this.mongo = mongo;
        this.outbox = outbox;
        this.conversations = conversations;
        this.catalog = catalog;
        this.clock = clock;
        this.use = use;
    }

    @EventListener
    void on(ConversationEvent event) {
        if (event.event() instanceof Event.CoachRequested) {
            Instant now = clock.instant();
            use.mark(event.participantId(), CHAT);
            append(event.participantId(), InboxMessage.REQUEST, null, null, now);
            show(event.participantId(), now, InboxMessage.REQUEST, false, true);
        }
    }

    /**
     * A call for help on the client's behalf ({@link HelpRequests}), kept once per {@code id} however often it
     * comes: a turn applied again after a crash publishes its events again. It counts as unread but does not
     * open the chat: the client did not ask to chat, so their messages keep going to their dialog until the
     * coach answers.
     */
    void help(String participantId, String id, String competence, String text, Instant at) {
        boolean first = Once.insert(mongo,
                new InboxMessage(id, participantId, InboxMessage.HELP, text, null, competence, at));
        // Seen before, the thread shows the line already unless the crash came between the two writes.
        if (first || threads.findById(participantId).map(t -> t.lastMessageAt().isBefore(at)).orElse(true)) {
            show(participantId, at, InboxMessage.HELP, true, false);
        }
    }

    /** The open chat of this client, if any. */
    Optional<InboxThread> openThread(Participant client) {
        return client.mayHaveUsed(CHAT) ? threads.findById(client.id()).filter(InboxThread::open) : Optional.empty();
    }

    /** Stores a client's message for the coach; returns whether the client should be told it arrived. */
    boolean fromClient(String participantId, String text, Instant at) {
        boolean firstSinceCoach = threads.findById(participantId).map(t -> !InboxMessage.IN.equals(t.lastDirection()))
                .orElse(true);
        append(participantId, InboxMessage.IN, text, null, at);
        show(participantId, at, InboxMessage.IN, true, true);
        return firstSinceCoach;
    }

    /** Sends the coach's answer to the client on their channel; the chat is (re)opened. */
    InboxMessage reply(Participant client, CoachPrincipal coach, String text) {
        Instant now = clock.instant();
        use.mark(client, CHAT);
        InboxMessage message = append(client.id(), InboxMessage.OUT, text, coach.displayName(), now);
        show(client.id(), now, InboxMessage.OUT, false, true);
        String language = catalog.readable(client.language());
        outbox.enqueue(client.id(), client.channel(), client.channelAddress(), List.of(Reply.of(catalog.render(
                language, "inbox.reply", Map.of("coach", coach.displayName(), "text", text)))), now);
        outbox.sendNow(client.id());
        return message;
    }

    /** Ends the chat: the client is told and hears their question again (unless they said stop). */
    void close(String participantId) {
        close(participantId, true);
    }

    /** Ends a chat nobody wrote in for long, without a word to the client (their message goes on to the dialog). */
    void expire(String participantId) {
        close(participantId, false);
    }

    List<InboxMessage> messages(String participantId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId)), new Update().set("unread", 0),
                InboxThread.class);
        return messages.findByParticipantIdOrderByAtAsc(participantId);
    }

    /** Chats of these clients (all when {@code null}), open ones first, newest first. */
    List<InboxThread> threads(Collection<String> participantIds) {
        List<InboxThread> found = participantIds == null ? threads.findAll() : threads.findAllById(participantIds);
        return found.stream().sorted(Comparator.comparing(InboxThread::open).reversed()
                .thenComparing(InboxThread::lastMessageAt, Comparator.reverseOrder())).toList();
    }

    private void close(String participantId, boolean tellClient) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participantId).and("open").is(true)),
                new Update().set("open", false), InboxThread.class);
        if (tellClient) {
            conversations.repeat(participantId,
                    language -> List.of(Reply.of(catalog.render(language, "inbox.closed"))));
        }
    }

    private InboxMessage append(String participantId, String direction, String text, String coach, Instant at) {
        return messages.insert(new InboxMessage(UUID.randomUUID().toString(), participantId, direction, text, coach,
                null, at));
    }

    /** The thread after a new line: its time and direction, unread or read, and opened when {@code opens}. */
    private void show(String participantId, Instant at, String direction, boolean unread, boolean opens) {
        Update update = new Update().set("lastMessageAt", at).set("lastDirection", direction)
                .setOnInsert("openedAt", at);
        if (opens) {
            update.set("open", true);
        } else {
            update.setOnInsert("open", false);
        }
        if (unread) {
            update.inc("unread", 1);
        } else if (InboxMessage.OUT.equals(direction)) {
            update.set("unread", 0);
        } else {
            update.setOnInsert("unread", 0);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(participantId)), update, InboxThread.class);
    }
}
