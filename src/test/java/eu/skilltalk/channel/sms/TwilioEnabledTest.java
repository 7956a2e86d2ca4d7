package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class TwilioEnabledTest {

    private static boolean sms(Map<String, Object> environment) {
        return new TwilioEnabled.Configured().matches(context(environment), null);
    }

    private static boolean whatsapp(Map<String, Object> environment) {
        return new TwilioEnabled.WhatsApp().matches(context(environment), null);
    }

    /** Environment variables, as an operator sets them. */
    private static ConditionContext context(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test", variables));
        ConfigurationPropertySources.attach(environment);
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return context;
    }

    @Test
    void smsIsOnOnlyWithAccountTokenAndSender() {
        Map<String, Object> all = Map.of("SKILLTALK_TWILIO_ACCOUNT_SID", "AC1", "SKILLTALK_TWILIO_AUTH_TOKEN", "t",
                "SKILLTALK_TWILIO_FROM", "+3197010000000");

        assertThat(sms(all)).isTrue();
        assertThat(sms(Map.of())).isFalse();
        assertThat(sms(Map.of("SKILLTALK_TWILIO_ACCOUNT_SID", "AC1", "SKILLTALK_TWILIO_AUTH_TOKEN", "t"))).isFalse();
        assertThat(sms(Map.of("SKILLTALK_TWILIO_ACCOUNT_SID", "AC1", "SKILLTALK_TWILIO_AUTH_TOKEN", " ",
                "SKILLTALK_TWILIO_FROM", "MG0123"))).isFalse();
        assertThat(whatsapp(all)).isFalse();
    }

    @Test
    void whatsAppNeedsItsOwnSenderToo() {
        assertThat(whatsapp(Map.of("SKILLTALK_TWILIO_ACCOUNT_SID", "AC1", "SKILLTALK_TWILIO_AUTH_TOKEN", "t",
                "SKILLTALK_TWILIO_FROM", "+3197010000000", "SKILLTALK_TWILIO_WHATSAPP_FROM", "+3197010000001"))).isTrue();
        assertThat(whatsapp(Map.of("SKILLTALK_TWILIO_WHATSAPP_FROM", "+3197010000001"))).isFalse();
    }
}
