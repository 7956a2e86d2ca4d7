package eu.skilltalk.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one sender or one request may ask of SkillTalk (docs/security.md).
 *
 * @param inbound     messages one sender (channel and address) may send per window; more are dropped
 * @param maxText     characters of an inbound message that are stored and read; the rest is cut off
 * @param webhookBody largest request body on {@code /webhooks/**}
 * @param apiBody     largest request body on {@code /api/**} (coach API and simulator)
 */
@ConfigurationProperties("skilltalk.limits")
public record LimitsProperties(@DefaultValue Inbound inbound, @DefaultValue("2000") int maxText,
        @DefaultValue("64KB") DataSize webhookBody, @DefaultValue("256KB") DataSize apiBody) {

    /**
     * A sender's message allowance: {@code messages} per {@code per}, refilled gradually. A person typing or
     * tapping buttons stays far below it; a script or a stuck phone does not.
     */
    public record Inbound(@DefaultValue("30") int messages, @DefaultValue("1m") Duration per) {
    }
}
