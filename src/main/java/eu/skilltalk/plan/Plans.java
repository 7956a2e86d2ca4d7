package eu.skilltalk.plan;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.schedule.Jobs;
import eu.skilltalk.schedule.ScheduleProperties;
import eu.skilltalk.schedule.Task;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The stored plans ({@code plans}): an action goes in with its follow-up job, a follow-up's answer is kept.
 * Also the plan's {@link PersonalData}, so "my data" and "delete me" reach it.
 */
@Service
class Plans implements PersonalData {

    /** The dialog a follow-up starts ({@code dialogs/followup.yaml}). */
    static final String FOLLOW_UP_DIALOG = "followup";

    private final MongoTemplate mongo;
    private final Jobs jobs;
    private final Clock clock;
    private final ScheduleProperties schedule;
    private final PlanProperties properties;

    Plans(MongoTemplate mongo, Jobs jobs, Clock clock, ScheduleProperties schedule, PlanProperties properties) {
        this.mongo = mongo;
        this.jobs = jobs;
        this.clock = clock;
        this.schedule = schedule;
        this.properties = properties;
    }

    /** The client's actions, soonest day first; empty without a plan. */
    List<PlanItem> items(String participantId) {
        Plan plan = mongo.findById(participantId, Plan.class);
        return plan == null ? List.of() : plan.items().stream().sorted(Comparator.comparing(PlanItem::dueOn)).toList();
    }

    /** Today in the clients' time zone. */
    LocalDate today() {
        return clock.instant().atZone(schedule.zone()).toLocalDate();
    }

    /**
     * Puts an action into the plan and schedules its follow-up on {@code dueOn} (one follow-up per day: it asks
     * about the day's actions one after the other). It replaces the action for the same competence, and beyond
     * {@link PlanProperties#maxItems()} the oldest; their follow-ups go too unless another action shares them.
     */
    PlanItem add(String participantId, String competence, String action, LocalDate dueOn) {
        List<PlanItem> items = new ArrayList<>(Optional.ofNullable(mongo.findById(participantId, Plan.class))
                .map(Plan::items).orElse(List.of()));
        List<PlanItem> dropped = new ArrayList<>(items.stream().filter(i -> i.competence().equals(competence)).toList());
        items.removeAll(dropped);
        while (items.size() >= properties.maxItems()) {
            dropped.add(items.remove(0));
        }
        String job = items.stream().filter(i -> i.dueOn().equals(dueOn)).map(PlanItem::followUpJob).findFirst()
                .orElseGet(() -> followUp(participantId, dueOn.atTime(properties.followUpTime())
                        .atZone(schedule.zone()).toInstant()));
        PlanItem item = new PlanItem(competence, action, dueOn, null, null, job);
        items.add(item);
        Set<String> kept = items.stream().map(PlanItem::followUpJob).collect(Collectors.toSet());
        dropped.stream().map(PlanItem::followUpJob).filter(j -> !kept.contains(j)).forEach(jobs::cancel);
        mongo.save(new Plan(participantId, items, clock.instant()));
        return item;
    }

    private String followUp(String participantId, Instant at) {
        return jobs.schedule(participantId, Task.dialog(FOLLOW_UP_DIALOG), at);
    }

    /** The action answered at {@code at} (a turn's time), if any. */
    Optional<PlanItem> answeredAt(String participantId, Instant at) {
        return items(participantId).stream().filter(i -> at.equals(i.answeredAt())).findFirst();
    }

    /** The action a follow-up asks about now: the earliest one due and not answered yet. */
    Optional<PlanItem> dueForFollowUp(String participantId) {
        LocalDate today = today();
        return items(participantId).stream().filter(i -> i.answer() == null && !i.dueOn().isAfter(today))
                .findFirst();
    }

    /**
     * Keeps the follow-up's answer, given {@code at} (the turn's time), for the client's action on
     * {@code competence} (none: nothing to keep). When another action is due without an answer, the next
     * follow-up starts right away.
     */
    void answer(String participantId, String competence, String answer, Instant at) {
        Plan plan = mongo.findById(participantId, Plan.class);
        if (plan == null) {
            return;
        }
        List<PlanItem> items = plan.items().stream()
                .map(i -> i.competence().equals(competence) ? i.answered(answer, at) : i).toList();
        mongo.save(new Plan(participantId, items, clock.instant()));
        if (dueForFollowUp(participantId).isPresent()) {
            followUp(participantId, clock.instant());
        }
    }

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public Object export(String participantId) {
        return items(participantId);
    }

    @Override
    public long erase(String participantId) {
        items(participantId).stream().map(PlanItem::followUpJob).forEach(jobs::cancel);
        return mongo.remove(Query.query(where("_id").is(participantId)), Plan.class).getDeletedCount();
    }
}
