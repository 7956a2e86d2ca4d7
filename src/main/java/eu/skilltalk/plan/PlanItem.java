package eu.skilltalk.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action of a plan.
 *
 * @param competence  the growth point it works on (a competence id)
 * @param action      what the client will do, in their words or the suggestion's
 * @param dueOn       the day of the follow-up (in the clients' time zone)
 * @param answer      the follow-up's answer: {@code yes}, {@code not_yet}, {@code help}; {@code null} before
 * @param answeredAt  when it was answered
 * @param followUpJob the follow-up's job, cancelled when the action is replaced
 */
record PlanItem(String competence, String action, LocalDate dueOn, String answer, Instant answeredAt,
        String followUpJob) {

    /** The follow-up's answer "I need help". */
    static final String HELP = "help";

    PlanItem answered(String newAnswer, Instant at) {
        return new PlanItem(competence, action, dueOn, newAnswer, at, followUpJob);
    }
}
