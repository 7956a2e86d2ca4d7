package eu.skilltalk.coach;

import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Records and reads what coaches observed, for competences of the framework only. */
@Service
class ObservationBook {

    private final Observations observations;
    private final DialogEngine engine;
    private final Clock clock;

    ObservationBook(Observations observations, DialogEngine engine, Clock clock) {
        this.observations = observations;
        this.engine = engine;
        this.clock = clock;
    }

    /** The stored observation; empty when {@code competence} is not in the framework. */
    Optional<Observation> record(Participant client, CoachPrincipal coach, String competence, int level, String note) {
        if (!engine.dialogs().competences().contains(competence)) {
            return Optional.empty();
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return Optional.of(observations.insert(new Observation(UUID.randomUUID().toString(), client.id(), competence,
                level, cleanNote, coach.getUsername(), clock.instant())));
    }

    List<Observation> of(String participantId) {
        return observations.findByParticipantIdOrderByAtDesc(participantId);
    }

    /** Many clients' observations in one read, newest first, by participant id (clients without any are missing). */
    Map<String, List<Observation>> of(Collection<String> participantIds) {
        return observations.findByParticipantIdInOrderByAtDesc(participantIds).stream()
                .collect(Collectors.groupingBy(Observation::participantId));
    }

    /** The framework's competence ids, sorted. */
    List<String> competences() {
        return engine.dialogs().competences().stream().sorted().toList();
    }
}
