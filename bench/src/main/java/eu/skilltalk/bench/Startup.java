package eu.skilltalk.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start goes: starts SkillTalk as {@link Bench} does (empty embedded store, same settings), prints
 * the startup steps that took longest by their own time (Spring's {@link BufferingApplicationStartup}: bean
 * creation, configuration parsing, the web server; a step's own time leaves out the steps inside it), and
 * as its last line {@code STARTUP startup_s=<JVM start to ready> cpu_s=<CPU time of the process until then>
 * main_cpu_s=<of the thread that starts the application>}: on a busy machine the CPU times vary much less than
 * the wall time, and on an idle one the main thread is what the start waits for.
 * {@code bench/startup.sh} runs it in several fresh JVMs and prints the median. See docs/bench.md.
 */
public final class Startup {

    private Startup() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path store = Files.createTempDirectory("skilltalk-startup");
        try (FakeTwilioApi twilio = new FakeTwilioApi()) {
            BufferingApplicationStartup steps = new BufferingApplicationStartup(10_000);
            // How long the understanding models trained, and how long the start waited for them.
            ConfigurableApplicationContext context = Bench.start(store, twilio, 25, steps,
                    "--logging.level.eu.skilltalk.understanding=INFO");
            double startup = (System.currentTimeMillis() - jvmStart) / 1000.0;
            double cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            double mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            printLongest(steps.getBufferedTimeline().getEvents(), Bench.setting("BENCH_STARTUP_STEPS", 15));
            context.close();
            System.out.printf("STARTUP startup_s=%.2f cpu_s=%.2f main_cpu_s=%.2f%n", startup, cpu, mainCpu);
        } finally {
            Bench.deleteQuietly(store);
        }
        System.exit(0);
    }

    private static void printLongest(List<TimelineEvent> events, int count) {
        Map<Long, Long> inside = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                inside.merge(parent, event.getDuration().toMillis(), Long::sum);
            }
        }
        events.stream()
                .sorted(Comparator.comparingLong((TimelineEvent e) -> own(e, inside)).reversed())
                .limit(count)
                .forEach(e -> Bench.say("%6d ms own, %6d ms in all: %s", own(e, inside), e.getDuration().toMillis(),
                        describe(e.getStartupStep())));
    }

    private static long own(TimelineEvent event, Map<Long, Long> inside) {
        return event.getDuration().toMillis() - inside.getOrDefault(event.getStartupStep().getId(), 0L);
    }

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .filter(tag -> tag.getKey().equals("beanName"))
                .map(StartupStep.Tag::getValue).collect(Collectors.joining(" "));
        return tags.isEmpty() ? step.getName() : step.getName() + " " + tags;
    }
}
