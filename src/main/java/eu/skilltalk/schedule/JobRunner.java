package eu.skilltalk.schedule;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.system.GracefulWorker;
import eu.skilltalk.system.SelfTimedPoll;
import eu.skilltalk.system.WorkGate;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs due jobs outside quiet hours: sends a text, starts a dialog, or nudges a quiet client. Clients who said
 * stop are skipped, and dialogs only go to clients who consented (the others are still onboarding). Every
 * job's messages are queued under the job's id, so a job that runs again after a crash sends nothing twice.
 *
 * <p>Metrics: {@code skilltalk_jobs_total{kind, outcome=done|skipped|later|failed}}.
 */
@Component
class JobRunner extends GracefulWorker implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** What a job came to. */
    enum Outcome {
        DONE, SKIPPED, LATER, FAILED
    }

    private final Jobs jobs;
    private final Broadcasts broadcasts;
    private final Participants participants;
    private final ConversationService conversations;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final QuietHours quietHours;
    private final ScheduleProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final WorkGate gate;

    JobRunner(Jobs jobs, Broadcasts broadcasts, Participants participants, ConversationService conversations,
            Outbox outbox, LocaleCatalog catalog, QuietHours quietHours, ScheduleProperties properties,
            MeterRegistry meters, Clock clock) {
        super(properties.shutdownWait(), SmartLifecycle.DEFAULT_PHASE - 3072);
        this.gate = gate();
        this.jobs = jobs;
        this.broadcasts = broadcasts;
        this.participants = participants;
        this.conversations = conversations;
        this.outbox = outbox;
        this.catalog = catalog;
        this.quietHours = quietHours;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        SelfTimedPoll.schedule(registrar, this::runDue, properties.poll());
    }

    /**
     * Runs the due jobs, a batch at most.
     *
     * @return when to look again: at once after a full batch (a broadcast's pages are waiting), else after
     *         {@code poll}
     */
    public Duration runDue() {
        if (quietHours.quiet(clock.instant()) || !gate.enter()) {
            return properties.poll();
        }
        try {
            List<Job> due = jobs.due(properties.batch());
            int ran = 0;
            for (Job candidate : due) {
                Optional<Job> claimed = jobs.claim(candidate.id());
                if (claimed.isPresent()) {
                    run(claimed.get());
                    ran++;
                }
            }
            return due.size() == properties.batch() && ran > 0 ? Duration.ZERO : properties.poll();
        } finally {
            gate.exit();
        }
    }

    private void run(Job job) {
        Outcome outcome;
        try {
            outcome = perform(job);
        } catch (RuntimeException e) {
            if (job.attempts() < properties.maxAttempts()) {
                log.warn("Job {} failed (attempt {}); it will be tried again", job.id(), job.attempts(), e);
                jobs.postpone(job, clock.instant().plus(Duration.ofMinutes(1L << Math.min(job.attempts(), 6))), true);
                return;
            }
            log.error("Giving up job {} after {} attempts", job.id(), job.attempts(), e);
            outcome = Outcome.FAILED;
        }
        meters.counter("skilltalk.jobs", "kind", job.task().kind().name().toLowerCase(),
                "outcome", outcome.name().toLowerCase()).increment();
        if (outcome != Outcome.LATER) {
            jobs.finish(job);
            broadcasts.counted(job.broadcastId(), outcome);
        }
    }

    private Outcome perform(Job job) {
        Participant participant = participants.findById(job.participantId()).orElse(null);
        if (participant == null || participant.stopped()) {
            return Outcome.SKIPPED;
        }
        Task task = job.task();
        switch (task.kind()) {
            case TEXT -> send(participant, task.text(), job);
            case MESSAGE -> send(participant, catalog.render(language(participant), task.messageKey(), task.args()), job);
            case DIALOG -> {
                if (!participant.consented()) {
                    return Outcome.SKIPPED;
                }
                conversations.begin(participant.id(), task.dialog(), job.id());
                if (task.after() != null) {
                    jobs.scheduleOnce(job.id() + "/reminder", participant.id(), null,
                            Task.reminder(task.dialog(), task.after()), clock.instant().plus(task.after()));
                }
            }
            case REMINDER -> {
                ConversationService.Reminder reminder =
                        conversations.remind(participant.id(), task.dialog(), task.after(), job.id());
                if (reminder instanceof ConversationService.Reminder.Later later) {
                    jobs.postpone(job, later.at(), false);
                    return Outcome.LATER;
                }
                return reminder instanceof ConversationService.Reminder.Sent ? Outcome.DONE : Outcome.SKIPPED;
            }
        }
        return Outcome.DONE;
    }

    private void send(Participant participant, String text, Job job) {
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), List.of(Reply.of(text)),
                clock.instant(), job.id());
        outbox.sendNow(participant.id());
    }

    private String language(Participant participant) {
        return catalog.readable(participant.language());
    }

    @Override
    protected void stopped(boolean drained) {
        if (drained) {
            jobs.releaseMine();
        } else {
            log.warn("Stopped with jobs still running");
        }
    }
}
