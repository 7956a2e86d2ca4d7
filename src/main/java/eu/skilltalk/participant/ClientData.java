package eu.skilltalk.participant;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Everything SkillTalk holds about one client, gathered from every feature's {@link PersonalData}: the
 * export behind "my data" and the coach API, and the erasure behind "delete me", the coach API and
 * retention.
 */
@Service
public class ClientData {

    private static final Logger log = LoggerFactory.getLogger(ClientData.class);
    private static final String OWN_RECORD = "participants";

    private final List<PersonalData> features;

    ClientData(List<PersonalData> features) {
        Map<String, Long> names = features.stream().collect(Collectors.groupingBy(PersonalData::name,
                Collectors.counting()));
        names.forEach((name, count) -> {
            if (count > 1) {
                throw new IllegalStateException(count + " PersonalData beans are named '" + name + "'");
            }
        });
        // The participant record goes last: features that find the client's data by address read it first.
        this.features = features.stream()
                .sorted(Comparator.comparing((PersonalData f) -> f.name().equals(OWN_RECORD)).thenComparing(PersonalData::name))
                .toList();
    }

    /** Every feature's data about the client, by feature name; plain values Jackson writes as JSON. */
    public Map<String, Object> export(String participantId) {
        Map<String, Object> all = new LinkedHashMap<>();
        features.forEach(f -> all.put(f.name(), f.export(participantId)));
        return all;
    }

    /** Erases the client everywhere; returns how many records each feature removed or anonymised. */
    public Map<String, Long> erase(String participantId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        features.forEach(f -> counts.put(f.name(), f.erase(participantId)));
        log.info("Erased a client: {} records", counts.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    /** The names of the features that hold client data, in erasure order. */
    public List<String> names() {
        return features.stream().map(PersonalData::name).toList();
    }
}
