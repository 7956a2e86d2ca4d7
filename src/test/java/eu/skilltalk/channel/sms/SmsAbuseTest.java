package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.channel.simulator.SimulatorClient;
import eu.skilltalk.fuzz.Fuzz;
import eu.skilltalk.fuzz.Gen;
import eu.skilltalk.fuzz.NastyText;
import eu.skilltalk.system.LogScan;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * What a careless or hostile sender can do over SMS: whole conversations (and one in the simulator) with a
 * name, a story and a phone number typed in, while SkillTalk logs at DEBUG, leave none of it in the log
 * (docs/security.md, log policy); random but correctly signed Twilio forms get a 2xx or a precise 4xx, never
 * a 5xx.
 */
@ExtendWith(OutputCaptureExtension.class)
// No send-rate limits here: the fuzz starts many conversations, and their replies need not wait.
@TestPropertySource(properties = {"logging.level.eu.skilltalk=DEBUG", "logging.level.com.twilio=INFO",
        "skilltalk.delivery.limits.sms.per-second=0", "skilltalk.delivery.limits.sms.per-address-per-second=0"})
class SmsAbuseTest extends TwilioTestSupport {

    private static final String NUMBER = "+32470998877";

    /** Language, consent, a name, a goal job, then stories, commands and contact details. */
    private static List<String> conversation() {
        return Stream.of(List.of("hi", "1", "1", LogScan.TYPED.get(0), "3"), LogScan.TYPED,
                List.of("repeat", "back", "2", "3", "4", "😀", "x".repeat(3000)), LogScan.TYPED,
                List.of("coach"), LogScan.TYPED).flatMap(List::stream).toList();
    }

    @Test
    void nothingAClientTypesBySmsOrInTheSimulatorReachesTheLog(CapturedOutput output) {
        LogScan.canary();
        SimulatorClient simulator = new SimulatorClient(port);
        for (String text : conversation()) {
            assertThat(sms(NUMBER, text).statusCode()).isEqualTo(200);
            simulator.say("logscan", text);
        }
        // Broken JSON: the parser's error quotes the body, so it must not reach the log either.
        assertThat(simulator.post("logscan", "{\"text\": Quokkabroken}", "application/json").statusCode())
                .isEqualTo(400);
        awaitIdle();

        assertThat(TWILIO.to(NUMBER)).as("the conversation happened").hasSizeGreaterThan(10);
        LogScan.assertNothingTypedWasLogged(output, TOKEN);
    }

    /** Twilio's fields with values from plausible to absurd; any of them may be missing. */
    private static Gen<Map<String, String>> forms() {
        Gen<String> noise = Gen.oneOf(NastyText.any(40), NastyText.digits(25), NastyText.numbers(), Gen.of("", " ",
                "whatsapp:", "whatsapp:+31612345678", "+", "+0", "sms:+32470"));
        Gen<String> sid = Gen.oneOf(random -> newSid(), noise);
        Gen<String> from = Gen.oneOf(Gen.of("+31612345678", "+32470123456", "0612345678", "whatsapp:+31612345678",
                "+1"), noise);
        Gen<String> status = Gen.oneOf(Gen.of("delivered", "failed", "undelivered", "read"), noise);
        List<String> names = List.of("MessageSid", "From", "Body", "NumMedia", "MessageStatus", "ErrorCode", "To");
        return random -> {
            String sender = from.next(random);
            List<String> values = List.of(sid.next(random), sender, noise.next(random), noise.next(random),
                    status.next(random), noise.next(random), sender);
            int leftOut = random.nextInt(1 << names.size()); // a bit per field: left out
            Map<String, String> form = new HashMap<>(Map.of("AccountSid", ACCOUNT));
            for (int i = 0; i < names.size(); i++) {
                if ((leftOut & (1 << i)) == 0) {
                    form.put(names.get(i), values.get(i));
                }
            }
            return form;
        };
    }

    @Test
    void randomSignedTwilioFormsGetA2xxOrAPrecise4xxNeverA5xx() {
        Fuzz.forAll(150, forms(), form -> {
            for (String path : List.of("/webhooks/twilio/sms", "/webhooks/twilio/status")) {
                HttpResponse<String> answer = signed(path, form);
                assertThat(answer.statusCode()).as(path).isBetween(200, 499);
                if (answer.statusCode() >= 400) {
                    assertThat(answer.body()).as(path).contains("\"detail\"");
                }
            }
        });
    }
}
