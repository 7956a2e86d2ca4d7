package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** The SMS and WhatsApp channels end to end: signed webhooks in, the real Twilio SDK out to a fake Twilio. */
class SmsChannelTest extends TwilioTestSupport {

    private static final String LANGUAGE_QUESTION = "Hi! I am SkillTalk. Which language do you want?";
    private static final String LANGUAGES = "1 = English\n2 = Deutsch\n3 = Français\n4 = Nederlands";
    private static final String STOPPED = "OK. You will get no more messages from SkillTalk. Send START to get them again.";

    @Autowired
    Participants participants;
    @Autowired
    Answers answers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SmsCosts costs;

    @BeforeEach
    void clean() {
        awaitIdle();
        TWILIO.reset();
    }

    private static List<String> bodiesTo(String address) {
        return TWILIO.to(address).stream().map(FakeTwilio.Call::body).toList();
    }

    private Participant participant(String number) {
        return participants.findByAddress("sms:" + number).orElseThrow();
    }

    private SmsContact contact(String number) {
        return mongo.findById("sms:" + number, SmsContact.class);
    }

    private List<SentMessage> sent(String number) {
        return mongo.find(query(where("participantId").is(participant(number).id()))
                .with(org.springframework.data.domain.Sort.by("sentAt", "part")), SentMessage.class);
    }

    private List<Document> deliveries(String number) {
        return mongo.find(query(where("participantId").is(participant(number).id())), Document.class, "deliveries");
    }

    @Test
    void aClientAnswersBySmsWithDigitsWordsAndTypos() {
        String number = "+31612340001";
        HttpResponse<String> answer = sms(number, "hi");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(answer.body()).isEqualTo(TwilioWebhooks.EMPTY_TWIML);
        awaitIdle();
        FakeTwilio.Call first = TWILIO.to(number).get(0);
        assertThat(first.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(first.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(first.form()).containsEntry("From", FROM)
                .containsEntry("StatusCallback", PUBLIC_URL + "/webhooks/twilio/status");
        // "Français" is not GSM-7: the choices go apart so the question stays one cheap GSM-7 segment.
        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION, LANGUAGES);

        sms(number, "englsh");
        awaitIdle();
        sms(number, "yse");
        awaitIdle();
        sms(number, "Sam");
        awaitIdle();
        sms(number, "clener");
        awaitIdle();
        sms(number, "Cooking and football.");
        awaitIdle();
        sms(number, "0");
        awaitIdle();
        sms(number, "four");
        awaitIdle();
        sms(number, "0");
        awaitIdle();
        sms(number, "yes");
        awaitIdle();
        sms(number, "1");
        awaitIdle();

        Participant client = participant(number);
        assertThat(client.language()).isEqualTo("en");
        assertThat(client.consented()).isTrue();
        assertThat(answers.findByParticipantIdOrderByAtAsc(client.id())).extracting(RecordedAnswer::raw,
                RecordedAnswer::value).startsWith(tuple("Sam", "Sam"), tuple("4", "cleaner"),
                tuple("Cooking and football.", "Cooking and football."), tuple("0", ""), tuple("4", "4"));
        List<String> bodies = bodiesTo(number);
        assertThat(bodies).allSatisfy(body -> assertThat(SmsSegments.of(body).segments()).isEqualTo(1));
        assertThat(bodies.get(bodies.size() - 1)).startsWith("(1/5) How good are you at seeing what people need?")
                .endsWith("\n1 = not good, 5 = very good\n1 2 3 4 5");
    }

    @Test
    void aBadOrMissingSignatureIsRefusedBeforeAnythingIsStored() {
        String number = "+31612340002";
        String sid = newSid();
        Map<String, String> form = form("MessageSid", sid, "From", number, "To", FROM, "Body", "hi");
        String good = signature(PUBLIC_URL + "/webhooks/twilio/sms", form);

        HttpResponse<String> missing = post("/webhooks/twilio/sms", form, null);
        HttpResponse<String> wrong = post("/webhooks/twilio/sms", form, "c2lnbmF0dXJl");
        HttpResponse<String> localUrl = post("/webhooks/twilio/sms", form,
                signature("http://localhost:" + port + "/webhooks/twilio/sms", form));
        HttpResponse<String> tampered = post("/webhooks/twilio/sms",
                form("MessageSid", sid, "From", number, "To", FROM, "Body", "stop"), good);

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("X-Twilio-Signature is missing");
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(List.of(wrong, localUrl, tampered)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("X-Twilio-Signature does not match this request").doesNotContain("Exception");
        });
        assertThat(taken(sid)).isFalse();
        assertThat(inboxDepth()).isZero();
        assertThat(participants.findByAddress("sms:" + number)).isEmpty();
        assertThat(post("/webhooks/twilio/sms", form, good).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedParametersGetAPrecise400AndAreNotStored() {
        assertThat(signed("/webhooks/twilio/sms", form("From", "+31612340003", "Body", "hi")))
                .satisfies(r -> assertProblem(r, 400, "MessageSid: is required"));
        assertThat(signed("/webhooks/twilio/sms", form("MessageSid", "SM123", "From", "+31612340003", "Body", "hi")))
                .satisfies(r -> assertProblem(r, 400, "MessageSid: must be SM or MM and 32 hex digits"));
        assertThat(signed("/webhooks/twilio/sms", form("MessageSid", newSid(), "From", "bob", "Body", "hi")))
                .satisfies(r -> assertProblem(r, 400, "From: must be a phone number like +31612345678"));
        assertThat(signed("/webhooks/twilio/sms", form("MessageSid", newSid(), "From", "+3161", "Body", "hi")))
                .satisfies(r -> assertProblem(r, 400, "From: must be a phone number like +31612345678"));
        assertThat(signed("/webhooks/twilio/sms", form("MessageSid", newSid(), "From", "+31612340003", "Body", "hi",
                "NumMedia", "many"))).satisfies(r -> assertProblem(r, 400, "NumMedia: must be a whole number"));
        assertThat(signed("/webhooks/twilio/status", form("MessageSid", newSid(), "MessageStatus", "exploded")))
                .satisfies(r -> assertProblem(r, 400, "MessageStatus: must be one of"));
        assertThat(signed("/webhooks/twilio/status", form("MessageSid", newSid(), "MessageStatus", "failed",
                "ErrorCode", "3x"))).satisfies(r -> assertProblem(r, 400, "ErrorCode: must be a whole number"));
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/twilio/sms"))
                .header("Content-Type", "application/json").header("X-Twilio-Signature", "x")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Body\": \"hi\"}")).build());
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(inboxDepth()).isZero();
        assertThat(participants.findByAddress("sms:+31612340003")).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("\"detail\":\"" + detail);
    }

    @Test
    void oneMessageSidDeliveredThreeTimesIsHandledOnce() {
        String number = "+31612340004";
        String sid = newSid();

        assertThat(List.of(sms(sid, number, "hi"), sms(sid, number, "hi"), sms(sid, number, "hi")))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        sms(number, "2");
        awaitIdle();

        // One sender's messages are handled in order, so once "2" is answered any second "hi" would show.
        assertThat(bodiesTo(number)).filteredOn(LANGUAGE_QUESTION::equals).hasSize(1);
        assertThat(bodiesTo(number).get(2)).startsWith("Du kannst mehr, als du denkst.");
    }

    @Test
    void afterStopNothingIsSentUntilStart() {
        String number = "+31612340005";
        sms(number, "hi");
        sms(number, "1");
        awaitIdle();
        Participant client = participant(number);

        sms(number, "Stop");
        awaitIdle();
        assertThat(bodiesTo(number)).last().isEqualTo(STOPPED);
        assertThat(participant(number).stopped()).isTrue();
        int sentBeforeSilence = TWILIO.to(number).size();

        sms(number, "yes");
        sms(number, "HELP");
        outbox.enqueue(client.id(), "sms", number, List.of(Reply.of("A reminder from your coach")), Instant.now());
        outbox.sendNow(client.id());
        sms(number, "START");
        awaitIdle();

        assertThat(bodiesTo(number).subList(sentBeforeSilence, bodiesTo(number).size())).containsExactly(
                "Welcome back! You will get messages from SkillTalk again.", "Is that OK for you?\n1 = Yes\n2 = No");
        assertThat(participant(number).stopped()).isFalse();
        assertThat(deliveries(number)).filteredOn(d -> d.getString("outcome").equals("FAILED")).singleElement()
                .satisfies(d -> assertThat(d.getString("error")).isEqualTo("the number opted out (STOP)"));
    }

    @Test
    void helpSaysWhoSendsAndHowToStopThenAsksAgain() {
        String number = "+31612340006";
        sms(number, "hi");
        awaitIdle();
        sms(number, "info");
        awaitIdle();

        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION, LANGUAGES,
                "These messages come from SkillTalk, for your job coach. Send STOP to stop them. You can also send: "
                        + "repeat, back, pause, language, coach.",
                LANGUAGE_QUESTION, LANGUAGES);
    }

    @Test
    void statusCallbacksAreStoredAndNeverGoBack() {
        String number = "+31612340007";
        sms(number, "hi");
        awaitIdle();
        List<SentMessage> sent = sent(number);
        assertThat(sent).hasSize(2).allSatisfy(m -> assertThat(m.status()).isEqualTo("queued"));
        String sid = sent.get(0).sid();

        for (String status : List.of("sent", "delivered", "sent")) {
            assertThat(signed("/webhooks/twilio/status", form("MessageSid", sid, "MessageStatus", status, "To", number,
                    "AccountSid", ACCOUNT)).statusCode()).isEqualTo(204);
        }
        assertThat(signed("/webhooks/twilio/status", form("MessageSid", sent.get(1).sid(), "MessageStatus",
                "undelivered", "ErrorCode", "30003", "To", number)).statusCode()).isEqualTo(204);
        assertThat(post("/webhooks/twilio/status", form("MessageSid", sid, "MessageStatus", "failed"), "bad")
                .statusCode()).isEqualTo(403);

        assertThat(mongo.findById(sid, SentMessage.class)).satisfies(m -> {
            assertThat(m.status()).isEqualTo("delivered");
            assertThat(m.errorCode()).isNull();
            assertThat(m.segments()).isEqualTo(1);
            assertThat(m.encoding()).isEqualTo("GSM7");
        });
        assertThat(mongo.findById(sent.get(1).sid(), SentMessage.class)).satisfies(m -> {
            assertThat(m.status()).isEqualTo("undelivered");
            assertThat(m.errorCode()).isEqualTo(30003);
            assertThat(m.encoding()).isEqualTo("UCS2");
        });
    }

    @Test
    void aCallbackSayingTheNumberIsUnreachableStopsLaterMessages() {
        String number = "+31612340008";
        sms(number, "hi");
        awaitIdle();
        Participant client = participant(number);
        String sid = sent(number).get(0).sid();

        signed("/webhooks/twilio/status", form("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30006",
                "To", number));
        outbox.enqueue(client.id(), "sms", number, List.of(Reply.of("A reminder")), Instant.now());
        outbox.sendNow(client.id());

        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION, LANGUAGES);
        assertThat(contact(number).unreachableCode()).isEqualTo(30006);
    }

    @Test
    void aTooManyRequestsAnswerIsRetriedAndOnlyMissingPartsAreSentAgain() {
        String number = "+31612340009";
        TWILIO.succeedNext();
        // The HTTP client tries once more after Retry-After; the second 429 leaves the retry to the outbox.
        TWILIO.failNext(429, 20429);
        TWILIO.failNext(429, 20429);

        sms(number, "hi");
        awaitIdle();

        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION, LANGUAGES, LANGUAGES, LANGUAGES);
        assertThat(deliveries(number)).singleElement().satisfies(d -> assertThat(d.getInteger("attempts")).isEqualTo(2));
        assertThat(sent(number)).hasSize(2);
    }

    @Test
    void anUnsubscribedNumberIsMarkedOptedOutWithoutRetry() {
        String number = "+31612340010";
        TWILIO.failFor(number, 400, 21610);

        sms(number, "hi");
        awaitIdle();

        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION);
        assertThat(contact(number).optedOut()).isTrue();
        assertThat(participant(number).stopped()).isTrue();
    }

    @Test
    void anInvalidNumberIsMarkedUnreachableWithoutRetry() {
        String number = "+31612340011";
        TWILIO.failFor(number, 400, 21211);

        sms(number, "hi");
        awaitIdle();

        assertThat(bodiesTo(number)).containsExactly(LANGUAGE_QUESTION);
        assertThat(contact(number).unreachableCode()).isEqualTo(21211);
        assertThat(deliveries(number)).singleElement().satisfies(d -> {
                    assertThat(d.getString("outcome")).isEqualTo("FAILED");
                    assertThat(d.getInteger("attempts")).isEqualTo(1);
                    assertThat(d.getString("error")).isEqualTo("Twilio error 21211 (HTTP 400)").doesNotContain(number);
                });
    }

    @Test
    void whatsAppGoesThroughTheSameAccountAsOneMessage() {
        String number = "+31612340012";
        HttpResponse<String> answer = signed("/webhooks/twilio/sms", form("MessageSid", newSid(), "From",
                "whatsapp:" + number, "To", "whatsapp:" + WHATSAPP_FROM, "Body", "hallo", "ProfileName", "Sam"));
        assertThat(answer.statusCode()).isEqualTo(200);
        awaitIdle();

        assertThat(TWILIO.to("whatsapp:" + number)).singleElement().satisfies(call -> {
            assertThat(call.form()).containsEntry("From", "whatsapp:" + WHATSAPP_FROM);
            assertThat(call.body()).isEqualTo(LANGUAGE_QUESTION + "\n" + LANGUAGES);
        });
        assertThat(participants.findByAddress("whatsapp:" + number)).hasValueSatisfying(
                p -> assertThat(p.channel()).isEqualTo("whatsapp"));
    }

    @Test
    void segmentsAreSummedPerCohortAndMonth() {
        String number = "+31612340013";
        sms(number, "hi");
        awaitIdle();
        mongo.updateFirst(query(where("_id").is(participant(number).id())), Update.update("cohortId", "cohort-costs"),
                Participant.class);
        sms(number, "1");
        awaitIdle();

        int sentInCohort = TWILIO.to(number).size() - 2;
        assertThat(costs.month(YearMonth.now(ZoneOffset.UTC))).filteredOn(c -> "cohort-costs".equals(c.cohortId()))
                .singleElement().satisfies(c -> {
                    assertThat(c.messages()).isEqualTo(sentInCohort);
                    assertThat(c.segments()).isEqualTo(TWILIO.to(number).stream().skip(2)
                            .mapToInt(call -> SmsSegments.of(call.body()).segments()).sum());
                });
        assertThat(costs.month(YearMonth.now(ZoneOffset.UTC).minusMonths(1))).isEmpty();
    }

    @Test
    void aPictureWithoutWordsGetsAKindAnswer() {
        String number = "+31612340014";
        sms(number, "hi");
        awaitIdle();
        signed("/webhooks/twilio/sms", form("MessageSid", "MM" + newSid().substring(2), "From", number, "Body", "",
                "NumMedia", "1", "MediaUrl0", "https://api.twilio.com/media/1"));
        await().atMost(DEADLINE).until(() -> TWILIO.to(number).size() > 2);
        awaitIdle();

        assertThat(bodiesTo(number).get(2)).startsWith("I can only read text.");
    }
}
