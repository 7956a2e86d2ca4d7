package eu.skilltalk.channel.sms;

import eu.skilltalk.channel.sms.Keywords.Keyword;
import eu.skilltalk.conversation.ChannelRules;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Command;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The SMS and WhatsApp rules for a stored inbound message: carrier keywords first (they win over any open
 * question), then the answer, read with typo tolerance against the choices the client was shown, goes on to
 * the conversation.
 *
 * <p>STOP sends one confirmation, then nothing reaches the number until START (Twilio refuses anyway, with
 * error 21610); what the client writes meanwhile is not handled. START and HELP answer, then show the open
 * question again.
 */
@Component
@TwilioEnabled
class SmsRules implements ChannelRules {

    private final Participants participants;
    private final SmsContacts contacts;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Clock clock;
    private final Keywords keywords;
    private final AnswerReader answers;

    SmsRules(Participants participants, SmsContacts contacts, Outbox outbox, LocaleCatalog catalog, Clock clock) {
        this.participants = participants;
        this.contacts = contacts;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
        this.keywords = new Keywords(catalog);
        this.answers = new AnswerReader(catalog);
    }

    @Override
    public boolean covers(String channel) {
        return TwilioChannel.SMS.id().equals(channel) || TwilioChannel.WHATSAPP.id().equals(channel);
    }

    @Override
    public Optional<InboundMessage> apply(InboundMessage sms) {
        String address = Participant.address(sms.channel(), sms.address());
        Optional<SmsContact> contact = contacts.find(address);
        if (contact.map(SmsContact::unreachable).orElse(false)) {
            contacts.reachable(address);
        }
        Keyword keyword = keywords.in(sms.text()).orElse(null);
        // Only a keyword needs the participant; any other message goes on to the conversation, which reads it.
        Optional<Participant> participant = keyword == null ? Optional.empty() : participants.findByAddress(address);
        boolean optedOut = contact.map(SmsContact::optedOut).orElse(false);
        if (keyword == Keyword.STOP) {
            if (!optedOut) {
                stop(sms, address, participant);
            }
            return Optional.empty();
        }
        if (optedOut) {
            if (keyword != Keyword.START) {
                return Optional.empty();
            }
            contacts.optIn(address, clock.instant());
            if (participant.isEmpty()) {
                return Optional.of(sms);
            }
            confirm(participant.get(), "sms.started", sms);
            return Optional.of(with(sms, engineWord(Command.REPEAT)));
        }
        if (keyword != null && participant.isPresent()) {
            // START from someone not opted out, or HELP: answer, then the open question again.
            if (keyword == Keyword.HELP) {
                confirm(participant.get(), "sms.help", sms);
            }
            return Optional.of(with(sms, engineWord(Command.REPEAT)));
        }
        return Optional.of(with(sms, answers.read(sms.text(),
                contact.map(SmsContact::offeredChoices).orElse(List.of()))));
    }

    /**
     * Stores the opt-out, naming the confirmation as the one message the sender still lets through: it may
     * wait for the rate limit, and must not go out after a later START.
     */
    private void stop(InboundMessage sms, String address, Optional<Participant> participant) {
        String farewell = participant.map(p -> queue(p, "sms.stopped", "sms-stop:" + sms.externalId())).orElse(null);
        contacts.optOut(address, clock.instant(), farewell);
        participant.ifPresent(p -> outbox.sendNow(p.id()));
    }

    private static InboundMessage with(InboundMessage sms, String text) {
        return new InboundMessage(sms.channel(), sms.address(), sms.externalId(), text, sms.languageCode());
    }

    /**
     * Queues one channel text and sends it now, so it goes before anything the conversation adds. Keyed by the
     * message, so a message processed again after a crash does not answer twice.
     */
    private void confirm(Participant participant, String key, InboundMessage sms) {
        queue(participant, key, key + ":" + sms.externalId());
        outbox.sendNow(participant.id());
    }

    /** Queues one channel text under an outbox key and returns the queued item's id. */
    private String queue(Participant participant, String textKey, String outboxKey) {
        String language = catalog.readable(participant.language());
        List<Reply> text = List.of(Reply.of(catalog.render(language, textKey)));
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), text, clock.instant(),
                outboxKey);
        return outboxKey + "/0";
    }

    /** The engine's own word for a command; the fallback language's words work in every language. */
    private String engineWord(Command command) {
        return catalog.words(catalog.languages().get(0), command.wordsKey()).get(0);
    }
}
