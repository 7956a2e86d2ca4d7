package eu.skilltalk.channel.sms;

import eu.skilltalk.channel.sms.Keywords.Keyword;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Command;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Handles one stored inbound message: carrier keywords first (they win over any open question), then the
 * answer, read with typo tolerance, goes to the conversation.
 *
 * <p>STOP sends one confirmation, then nothing reaches the number until START (Twilio refuses anyway, with
 * error 21610); what the client writes meanwhile is not handled. START and HELP answer, then show the open
 * question again.
 */
@Component
@TwilioEnabled
class InboundSmsHandler {

    private final ConversationService conversations;
    private final Participants participants;
    private final SmsContacts contacts;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Clock clock;
    private final Keywords keywords;
    private final AnswerReader answers;

    InboundSmsHandler(ConversationService conversations, Participants participants, SmsContacts contacts,
            Outbox outbox, LocaleCatalog catalog, Clock clock) {
        this.conversations = conversations;
        this.participants = participants;
        this.contacts = contacts;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
        this.keywords = new Keywords(catalog);
        this.answers = new AnswerReader(catalog);
    }

    void handle(InboundSms sms) {
        String address = sms.address();
        Optional<Participant> participant = participants.findByAddress(address);
        Optional<SmsContact> contact = contacts.find(address);
        if (contact.map(SmsContact::unreachable).orElse(false)) {
            contacts.reachable(address);
        }
        Keyword keyword = keywords.in(sms.text(), sms.optOutType()).orElse(null);
        boolean optedOut = contact.map(SmsContact::optedOut).orElse(false);
        if (keyword == Keyword.STOP) {
            if (!optedOut) {
                stop(sms, participant);
            }
        } else if (optedOut) {
            if (keyword == Keyword.START) {
                contacts.optIn(address, clock.instant());
                participant.ifPresentOrElse(p -> welcomeBack(sms, p), () -> pass(sms, sms.text()));
            }
        } else if (keyword != null && participant.isPresent()) {
            // START from someone not opted out, or HELP: answer, then the open question again.
            if (keyword == Keyword.HELP) {
                confirm(participant.get(), "sms.help");
            }
            pass(sms, engineWord(Command.REPEAT));
        } else {
            pass(sms, answers.read(sms.text(), contact.map(SmsContact::offeredChoices).orElse(List.of())));
        }
    }

    /**
     * Stores the opt-out, naming the confirmation as the one message the sender still lets through: it may
     * wait for the rate limit, and must not go out after a later START.
     */
    private void stop(InboundSms sms, Optional<Participant> participant) {
        String farewell = participant.map(p -> queue(p, "sms.stopped", "sms-stop:" + sms.sid())).orElse(null);
        contacts.optOut(sms.address(), clock.instant(), farewell);
        participant.ifPresent(p -> outbox.sendNow(p.id()));
    }

    private void welcomeBack(InboundSms sms, Participant participant) {
        confirm(participant, "sms.started");
        pass(sms, engineWord(Command.REPEAT));
    }

    private void pass(InboundSms sms, String text) {
        conversations.receive(new InboundMessage(sms.channel(), sms.number(), sms.sid(), text, null));
    }

    /** Queues one channel text and sends it now, so it goes before anything the conversation adds. */
    private void confirm(Participant participant, String key) {
        queue(participant, key, null);
        outbox.sendNow(participant.id());
    }

    /** Queues one channel text under an outbox key (or none) and returns the queued item's id, when keyed. */
    private String queue(Participant participant, String textKey, String outboxKey) {
        String language = catalog.speaks(participant.language()) ? participant.language() : catalog.languages().get(0);
        List<Reply> text = List.of(Reply.of(catalog.render(language, textKey)));
        Instant now = clock.instant();
        if (outboxKey == null) {
            outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), text, now);
            return null;
        }
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), text, now, outboxKey);
        return outboxKey + "/0";
    }

    /** The engine's own word for a command; the fallback language's words work in every language. */
    private String engineWord(Command command) {
        return catalog.words(catalog.languages().get(0), command.wordsKey()).get(0);
    }
}
