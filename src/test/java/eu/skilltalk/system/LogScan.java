package eu.skilltalk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * What a log-scanning test types into a conversation, and the check that none of it reached the log. The
 * strings are made up so that they cannot appear in a log for any other reason.
 */
public final class LogScan {

    /** A name, a story, contact details and a phone number, typed as a client would. */
    public static final List<String> TYPED = List.of("Quokkazebra", "Zwirbelfrosch fixed the Xylofoonpan at home",
            "call me on +32470998877", "quokka.zebra@example.org", "<script>Quokkascript</script>");
    /** Fragments of {@link #TYPED} (and of the sender's phone number) that must not show up anywhere. */
    public static final List<String> SECRETS = List.of("Quokka", "Zwirbelfrosch", "Xylofoonpan", "32470998877",
            "470998877", "quokka.zebra");
    private static final String CANARY = "log-scan canary";

    private LogScan() {
    }

    /** Writes a DEBUG line from {@code eu.skilltalk}, so the check knows the capture sees DEBUG output. */
    public static void canary() {
        LoggerFactory.getLogger("eu.skilltalk.logscan").debug(CANARY);
    }

    /** Fails when the output holds anything a client typed, or one of the given channel secrets. */
    public static void assertNothingTypedWasLogged(CapturedOutput output, String... channelSecrets) {
        String all = output.getAll();
        assertThat(all).as("the capture sees eu.skilltalk DEBUG output").contains(CANARY);
        for (String secret : SECRETS) {
            assertThat(all).as("logged what a client typed").doesNotContainIgnoringCase(secret);
        }
        for (String secret : channelSecrets) {
            assertThat(all).as("logged a secret").doesNotContain(secret);
        }
    }
}
