package eu.skilltalk.participant;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client, known by one channel address such as {@code telegram:4242} or {@code sms:+32470123456}.
 *
 * <pre>{"id": "7f3c...", "address": "simulator:abc", "channel": "simulator", "language": "nl",
 *  "cohortId": null, "consentVersion": "2026-11", "consentAt": "2026-11-28T10:00:00Z"}</pre>
 */
@Document("participants")
@CompoundIndex(name = "cohort_id", def = "{'cohortId': 1, '_id': 1}") // broadcasts page through a cohort
public class Participant {

    @Id
    private String id;
    @Indexed(unique = true)
    private String address;
    private String channel;
    private String language;
    private String cohortId;
    private String consentVersion;
    private Instant consentAt;
    private boolean stopped;
    private Instant createdAt;
    private Instant lastSeenAt;
    /**
     * The features this client used that can take their messages away from the dialog, such as a coach chat
     * ({@link FeatureUse}), so that everyone else's messages skip looking for them. {@code null} in a document
     * stored before this was kept: then any feature may be in use.
     */
    private Set<String> usedFeatures;

    protected Participant() {
    }

    public Participant(String id, String channel, String address, String language, Instant createdAt) {
        this.id = id;
        this.channel = channel;
        this.address = address;
        this.language = language;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
        this.usedFeatures = new HashSet<>();
    }

    /** The address form used as unique key: {@code <channel>:<address on that channel>}. */
    public static String address(String channel, String channelAddress) {
        return channel + ":" + channelAddress;
    }

    public String id() {
        return id;
    }

    public String address() {
        return address;
    }

    /** The address on its channel, without the channel prefix. */
    public String channelAddress() {
        return address.substring(channel.length() + 1);
    }

    public String channel() {
        return channel;
    }

    public String language() {
        return language;
    }

    public String cohortId() {
        return cohortId;
    }

    public boolean consented() {
        return consentVersion != null;
    }

    public String consentVersion() {
        return consentVersion;
    }

    public Instant consentAt() {
        return consentAt;
    }

    /** Whether the client said stop: nothing but direct replies reach them. */
    public boolean stopped() {
        return stopped;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    /** Whether the client may have used {@code feature}: a diversion that sees false need not look it up. */
    public boolean mayHaveUsed(String feature) {
        return usedFeatures == null || usedFeatures.contains(feature);
    }
}
