package eu.skilltalk.cohort;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which dialogs (modules) a client started and finished, and when; derived from conversation events.
 *
 * <pre>{"participantId": "7f3c...", "dialogs": {"selfcheck": {"startedAt": "...", "completedAt": null}}}</pre>
 */
@Document("progress")
public record ModuleProgress(@Id String participantId, Map<String, Module> dialogs) {

    public ModuleProgress {
        dialogs = dialogs == null ? Map.of() : Map.copyOf(dialogs);
    }

    /** One dialog's start and end; {@code completedAt} stays {@code null} until the client finishes it. */
    public record Module(Instant startedAt, Instant completedAt) {
    }

    public boolean completed(String dialog) {
        Module module = dialogs.get(dialog);
        return module != null && module.completedAt() != null;
    }
}
