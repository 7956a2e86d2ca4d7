package eu.skilltalk.coach;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The client page's observations and the form to record one. */
@Component
class ObservationsSection implements ParticipantSection {

    private final ObservationBook observations;

    ObservationsSection(ObservationBook observations) {
        this.observations = observations;
    }

    /** The observations so far and the competences a new one may be about. */
    record View(List<Observation> observations, List<String> competences) {
    }

    @Override
    public String template() {
        return "coach/sections/observations";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Object model(String participantId, Locale locale) {
        return new View(observations.of(participantId), observations.competences());
    }
}
