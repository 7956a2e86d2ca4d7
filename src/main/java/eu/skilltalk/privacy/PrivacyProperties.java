package eu.skilltalk.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Export, erasure and retention ({@code skilltalk.privacy.*}); docs/privacy.md explains each choice.
 *
 * @param retention   when inactive clients are erased
 * @param myData      how long a "my data" link and its code work
 * @param confirmFor  how long a "delete me" question waits for its answer
 * @param lastMessage how long an erasure waits for its goodbye message to go out before erasing anyway
 */
@ConfigurationProperties("skilltalk.privacy")
public record PrivacyProperties(@DefaultValue Retention retention, @DefaultValue MyData myData,
        @DefaultValue("1h") Duration confirmFor, @DefaultValue("1h") Duration lastMessage) {

    /**
     * @param inactiveFor    a client who consented and wrote nothing for this long is erased
     * @param withoutConsent a client who never consented (or declined) and wrote nothing for this long is erased
     * @param warnBefore     the client is told this long before, and writing anything keeps the data
     */
    public record Retention(@DefaultValue("365d") Duration inactiveFor, @DefaultValue("30d") Duration withoutConsent,
            @DefaultValue("30d") Duration warnBefore) {
    }

    /**
     * @param linkValidFor how long the link and its one-time code work
     * @param attempts     wrong codes allowed before the link stops working
     * @param downloadFor  how long the page's download works after the code was right
     */
    public record MyData(@DefaultValue("15m") Duration linkValidFor, @DefaultValue("5") int attempts,
            @DefaultValue("15m") Duration downloadFor) {
    }
}
