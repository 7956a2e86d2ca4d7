package eu.skilltalk.bench;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Input;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Turn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * Turns per second of the pure engine on the shipped dialogs and locales: one client walks the golden
 * self-assessment again and again, one input per benchmark call (no store, no Spring, no interpreter).
 */
@org.openjdk.jmh.annotations.State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private DialogEngine engine;
    private Script script;
    private State state;
    private int next;
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    @Setup
    public void load() {
        Content content = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
        if (!content.valid()) {
            throw new IllegalStateException("Invalid content: " + content.problems());
        }
        engine = new DialogEngine(content.dialogs(), content.catalog());
        script = Script.load();
        state = State.fresh(null);
    }

    @Benchmark
    public Turn turn() {
        if (next == script.steps().size()) {
            next = 0;
            state = State.fresh(null);
        }
        now = now.plus(Duration.ofMinutes(1));
        Turn turn = engine.advance(state, Input.text(script.step(next++).text(), now));
        state = turn.state();
        return turn;
    }
}
