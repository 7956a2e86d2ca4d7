package eu.skilltalk.channel.sms;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import eu.skilltalk.channel.sms.TwilioErrors.Effect;
import eu.skilltalk.delivery.ChannelSender;
import eu.skilltalk.delivery.DeliveryException;
import eu.skilltalk.delivery.OutboxItem;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends outbox items on one Twilio channel with the SDK's {@code Message.creator}, each message asking for
 * status callbacks, and records every message Twilio accepted. Nothing goes to a number that opted out or
 * cannot get messages; a retried item sends only the parts of a split text that did not go yet.
 */
final class TwilioSender implements ChannelSender {

    /** Sender identity: a phone number (with the channel's prefix) or a Messaging Service SID. */
    private static final String MESSAGING_SERVICE = "MG";

    private final TwilioChannel channel;
    private final String from;
    private final TwilioRestClient client;
    private final URI statusCallback;
    private final SmsLayout layout;
    private final SmsContacts contacts;
    private final SentMessages sent;
    private final Participants participants;
    private final Clock clock;

    TwilioSender(TwilioChannel channel, String from, TwilioRestClient client, URI statusCallback, SmsLayout layout,
            SmsContacts contacts, SentMessages sent, Participants participants, Clock clock) {
        this.channel = channel;
        this.from = from;
        this.client = client;
        this.statusCallback = statusCallback;
        this.layout = layout;
        this.contacts = contacts;
        this.sent = sent;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return channel.id();
    }

    @Override
    public String send(OutboxItem item) throws DeliveryException {
        String address = Participant.address(channel.id(), item.address());
        Optional<SmsContact> contact = contacts.find(address);
        if (contact.map(c -> c.refuses(item.id(), item.createdAt())).orElse(false)) {
            throw new DeliveryException("the number opted out (STOP)", true, null);
        }
        if (contact.map(SmsContact::unreachable).orElse(false)) {
            throw new DeliveryException("the number cannot get messages (Twilio error "
                    + contact.get().unreachableCode() + ")", true, null);
        }
        List<String> bodies = channel == TwilioChannel.SMS
                ? layout.sms(item.text(), item.choices(), item.imageUrl())
                : List.of(layout.whatsapp(item.text(), item.choices()));
        Set<Integer> done = item.attempts() > 1 ? sent.partsSent(item.id()) : Set.of();
        String cohortId = participants.findById(item.participantId()).map(Participant::cohortId).orElse(null);
        List<String> sids = new ArrayList<>();
        for (int part = 0; part < bodies.size(); part++) {
            if (done.contains(part)) {
                continue;
            }
            MessageCreator creator = creator(item.address(), bodies.get(part)).setStatusCallback(statusCallback);
            if (channel == TwilioChannel.WHATSAPP && item.imageUrl() != null) {
                creator.setMediaUrl(layout.link(item.imageUrl()));
            }
            Message message = create(creator, address);
            sent.sent(message.getSid(), channel, item.participantId(), cohortId, item.id(), part,
                    channel == TwilioChannel.SMS ? SmsSegments.of(bodies.get(part)) : null,
                    DeliveryStatus.of(String.valueOf(message.getStatus())).orElse(DeliveryStatus.QUEUED),
                    clock.instant());
            sids.add(message.getSid());
        }
        if (!contact.map(SmsContact::offeredChoices).orElse(List.of()).equals(item.choices())) {
            contacts.offered(address, item.choices()); // a run of questions on one scale writes it once
        }
        return String.join(",", sids);
    }

    private MessageCreator creator(String number, String body) {
        PhoneNumber to = new PhoneNumber(channel.twilioAddress(number));
        return from.startsWith(MESSAGING_SERVICE) ? Message.creator(to, from, body)
                : Message.creator(to, new PhoneNumber(from), body);
    }

    /** Twilio's error messages quote the number, so only the code and status are passed on (and logged). */
    private Message create(MessageCreator creator, String address) throws DeliveryException {
        try {
            return creator.create(client);
        } catch (ApiException e) {
            Effect effect = TwilioErrors.of(e.getCode(), e.getStatusCode());
            contacts.learn(address, e.getCode(), clock.instant());
            throw new DeliveryException("Twilio error " + e.getCode() + " (HTTP " + e.getStatusCode() + ")",
                    effect != Effect.RETRY, null);
        } catch (TwilioException e) {
            throw new DeliveryException("Twilio not reachable: " + e.getClass().getSimpleName(), false, null);
        }
    }
}
