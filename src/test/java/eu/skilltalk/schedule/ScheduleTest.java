package eu.skilltalk.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.delivery.RecordingSender;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Jobs and broadcasts with a clock the test moves (Brussels time): quiet hours, cancellation on stop,
 * follow-ups on their day, prompts with reminders, and a broadcast that goes on from its cursor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "skilltalk.delivery.poll=1h", "skilltalk.schedule.poll=1h", "skilltalk.conversation.sweep=1h"})
class ScheduleTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        MutableClock scheduleClock() {
            return new MutableClock(Instant.parse("2026-11-30T09:00:00Z")); // Monday 10:00 in Brussels
        }

        @Bean
        RecordingSender sched() {
            return new RecordingSender("sched");
        }
    }

    @Autowired
    Broadcasts broadcasts;
    @Autowired
    Jobs jobs;
    @Autowired
    JobRunner runner;
    @Autowired
    BroadcastProducer producer;
    @Autowired
    ConversationService conversations;
    @Autowired
    Participants participants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordingSender sched;

    /** Moves the clock to the next time the Brussels clock shows {@code time}. */
    private void advanceTo(String time) {
        ZonedDateTime now = clock.instant().atZone(BRUSSELS);
        ZonedDateTime next = now.with(LocalTime.parse(time));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        clock.advance(Duration.between(now, next));
    }

    private void tick() {
        producer.produce();
        runner.runDue();
    }

    private String client(String cohort, String language, boolean stopped) {
        String id = UUID.randomUUID().toString();
        participants.insert(new Participant(id, "sched", Participant.address("sched", id), language, clock.instant()));
        Update update = new Update().set("cohortId", cohort).set("consentVersion", "2026-11").set("stopped", stopped);
        mongo.updateFirst(Query.query(where("_id").is(id)), update, Participant.class);
        return id;
    }

    @Test
    void aBroadcastWaitsOutQuietHoursAndReachesEachClientOnce() {
        advanceTo("22:30");
        List<String> cohort = List.of(client("c-quiet", "en", false), client("c-quiet", "en", false));
        String stopped = client("c-quiet", "en", true);

        String id = broadcasts.accept("c-quiet", Task.text("The workshop is at 10:00 tomorrow."), null);
        tick();
        advanceTo("07:59");
        tick();
        assertThat(sched.to(cohort.get(0))).isEmpty();
        advanceTo("08:00");
        tick();
        tick();

        for (String client : cohort) {
            assertThat(sched.to(client)).containsExactly("The workshop is at 10:00 tomorrow.");
        }
        assertThat(sched.to(stopped)).isEmpty();
        assertThat(broadcasts.find(id)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo("PRODUCED");
            assertThat(status.done()).isEqualTo(2);
        });
    }

    @Test
    void aBroadcastToChosenClientsReachesOnlyThoseInTheCohort() {
        advanceTo("10:00");
        String chosen = client("c-chosen", "en", false);
        String notChosen = client("c-chosen", "en", false);
        String elsewhere = client("c-elsewhere", "en", false);

        String id = broadcasts.accept("c-chosen", List.of(chosen, elsewhere), Task.text("Only for you two"), null);
        tick();

        assertThat(sched.to(chosen)).containsExactly("Only for you two");
        assertThat(sched.to(notChosen)).isEmpty();
        assertThat(sched.to(elsewhere)).as("not in this cohort").isEmpty();
        assertThat(broadcasts.find(id)).hasValueSatisfying(status -> assertThat(status.finished()).isTrue());
    }

    @Test
    void aClientWhoSaysStopAfterTheirPageWasProducedIsSkippedAndTheBroadcastStillFinishes() {
        advanceTo("10:00");
        String staying = client("c-late-stop", "en", false);
        String leaving = client("c-late-stop", "en", false);
        conversations.receive(new InboundMessage("sched", leaving, null, "hi", null));
        String id = broadcasts.accept("c-late-stop", Task.text("Room 4 today"), null);
        producer.produce();

        conversations.receive(new InboundMessage("sched", leaving, null, "stop", null));
        runner.runDue();

        assertThat(sched.to(staying)).containsExactly("Room 4 today");
        assertThat(sched.to(leaving)).doesNotContain("Room 4 today");
        assertThat(broadcasts.find(id)).hasValueSatisfying(status -> {
            assertThat(status.produced()).isEqualTo(2);
            assertThat(status.done()).isEqualTo(1);
            assertThat(status.skipped()).isEqualTo(1);
            assertThat(status.finished()).isTrue();
        });
    }

    @Test
    void aFollowUpGoesOnItsDayInTheClientsLanguageAndNotAtNight() {
        advanceTo("10:00");
        String client = client(null, "nl", false);
        Instant wednesdayNight = clock.instant().atZone(BRUSSELS).plusDays(2).with(LocalTime.of(23, 0)).toInstant();

        jobs.schedule(client, Task.message("reminder.nudge", Map.of()), wednesdayNight);

        assertThat(jobs.pending(client)).singleElement().extracting(j -> j.dueAt().atZone(BRUSSELS).toLocalTime())
                .isEqualTo(LocalTime.of(8, 0));
        for (int night = 0; night < 3; night++) {
            advanceTo("23:30");
            tick();
        }
        advanceTo("07:59");
        tick();
        assertThat(sched.to(client)).isEmpty();
        advanceTo("08:00");
        tick();

        assertThat(sched.to(client)).containsExactly("Hallo! We zijn nog niet klaar. Hier is de laatste vraag:");
    }

    @Test
    void stopCancelsEverythingScheduledForTheClient() {
        advanceTo("10:00");
        String address = "stopper-" + UUID.randomUUID();
        conversations.receive(new InboundMessage("sched", address, null, "hi", null));
        String client = participants.findByAddress("sched:" + address).orElseThrow().id();
        jobs.schedule(client, Task.text("Plan check: how did it go?"), clock.instant().plus(Duration.ofDays(1)));

        conversations.receive(new InboundMessage("sched", address, null, "stop", null));
        clock.advance(Duration.ofDays(2));
        tick();

        assertThat(jobs.pending(client)).isEmpty();
        assertThat(sched.to(address)).doesNotContain("Plan check: how did it go?");
    }

    @Test
    void aDialogPromptStartsTheDialogAndNudgesTheClientWhoWentQuiet() {
        advanceTo("10:00");
        String client = client("c-prompt", "en", false);
        broadcasts.accept("c-prompt", Task.dialog("selfcheck", Duration.ofDays(2)), null);
        tick();
        List<String> first = new ArrayList<>(sched.to(client));
        assertThat(first).last().asString().startsWith("(1/5) What work would you like to do?");

        advanceTo("10:00");
        conversations.receive(new InboundMessage("sched", client, null, "1", null));
        advanceTo("10:01");
        tick();
        int afterAnswer = sched.to(client).size();
        advanceTo("10:00");
        tick();
        assertThat(sched.to(client)).as("answered a day ago: not quiet for two days yet").hasSize(afterAnswer);
        advanceTo("09:00");
        advanceTo("10:01");
        tick();
        tick();

        List<String> all = sched.to(client);
        assertThat(all.subList(afterAnswer, all.size())).hasSize(2).satisfies(nudge -> {
            assertThat(nudge.get(0)).isEqualTo("Hello again! We are not done yet. Here is the last question:");
            assertThat(nudge.get(1)).startsWith("(2/5) What do you like to do");
        });
        assertThat(jobs.pending(client)).isEmpty();
    }

    @Test
    void finishingTheDialogCancelsItsReminder() {
        advanceTo("10:00");
        String client = client(null, "en", false);
        jobs.schedule(client, Task.reminder("selfcheck", Duration.ofDays(2)), clock.instant().plus(Duration.ofDays(2)));

        events.publishEvent(new ConversationEvent(client, new Event.DialogCompleted("selfcheck"), true));

        assertThat(jobs.pending(client)).isEmpty();
    }

    @Test
    void aBroadcastGoesOnFromItsCursorAfterARestartWithoutDuplicates() {
        advanceTo("10:00");
        List<String> cohort = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cohort.add(client("c-big", "en", false));
        }
        String id = broadcasts.accept("c-big", Task.text("Hello cohort"), null);

        producer.produce();
        runner.runDue();
        runner.runDue();
        assertThat(broadcasts.find(id).orElseThrow().produced()).isEqualTo(100);
        String cursorAfterFirstPage = mongo.findById(id, Broadcast.class).cursor();
        producer.produce();
        // The instance dies after queuing the second page but before its cursor move is stored.
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("cursor", cursorAfterFirstPage)
                .unset("leaseUntil").unset("claimedBy"), Broadcast.class);
        for (int i = 0; i < 10; i++) {
            tick();
        }

        assertThat(broadcasts.find(id).orElseThrow().state()).isEqualTo("PRODUCED");
        for (String client : cohort) {
            assertThat(sched.to(client)).containsExactly("Hello cohort");
        }
    }
}
