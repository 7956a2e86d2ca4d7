package eu.skilltalk.cohort;

import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Creates cohorts with a fresh join code. */
@Service
public class CohortService {

    private static final int ATTEMPTS = 10;

    private final Cohorts cohorts;
    private final Clock clock;

    CohortService(Cohorts cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** A new cohort owned by {@code coachId}; the unique index settles the rare clash of two new codes. */
    public Cohort create(String name, String coachId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return cohorts.insert(new Cohort(UUID.randomUUID().toString(), name.strip(), JoinCodes.next(), coachId,
                        clock.instant()));
            } catch (DuplicateKeyException codeTaken) {
                if (attempt == ATTEMPTS) {
                    throw codeTaken;
                }
            }
        }
    }
}
