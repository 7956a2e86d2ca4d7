package eu.skilltalk.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A cohort's answers read from the embedded H2 store for the coach's export ({@code CohortExport}): once for the
 * whole cohort ({@code participantId $in}, as the export reads them now) and, as the baseline in the same run,
 * once a client (as it read them before). The answer log also holds as many answers of clients in other cohorts;
 * the store has no index of it, so each read goes through all of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportReadBenchmark {

    /** Answers a client gave: about half of the self-assessment's. */
    private static final int ANSWERS = 40;

    /** Clients in the exported cohort. */
    @Param({"50", "200"})
    public int cohort;

    private BenchStore store;
    private MongoCollection<Document> answers;
    private List<String> members;

    @Setup
    public void fill() throws IOException {
        store = new BenchStore("export-read");
        answers = store.database().getCollection("answers");
        answers.createIndex(Indexes.ascending("participantId", "at"));
        members = new ArrayList<>();
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        List<Document> batch = new ArrayList<>();
        for (int p = 0; p < cohort * 2; p++) { // the cohort's clients, then as many of other cohorts
            if (p < cohort) {
                members.add("p" + p);
            }
            for (int a = 0; a < ANSWERS; a++) {
                batch.add(new Document("_id", "m" + p + "-" + a + "/a0").append("participantId", "p" + p)
                        .append("dialog", "ideas").append("step", "chances_rate").append("question", "ideas.chances.rate")
                        .append("language", "en").append("raw", "4").append("value", "4")
                        .append("competence", "entrecomp.1.1").append("at", Date.from(start.plusSeconds(a))));
            }
            if (batch.size() >= 10_000) {
                answers.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            answers.insertMany(batch);
        }
    }

    @Benchmark
    public List<Document> wholeCohortOnce() {
        return answers.find(Filters.in("participantId", members)).sort(Sorts.ascending("at")).into(new ArrayList<>());
    }

    @Benchmark
    public List<Document> clientByClient() {
        List<Document> all = new ArrayList<>();
        for (String member : members) {
            answers.find(Filters.eq("participantId", member)).sort(Sorts.ascending("at")).into(all);
        }
        return all;
    }

    @TearDown
    public void stop() throws IOException {
        store.close();
    }
}
