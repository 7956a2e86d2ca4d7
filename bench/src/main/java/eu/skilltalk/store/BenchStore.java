package eu.skilltalk.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * The embedded H2 store as SkillTalk runs it (durable backend, a file in a folder of its own), reached with the
 * real driver over a socket, for the store's JMH benchmarks; closing it deletes the folder.
 */
final class BenchStore implements AutoCloseable {

    private final Path folder;
    private final MongoServer server;
    private final MongoClient client;

    BenchStore(String name) throws IOException {
        folder = Files.createTempDirectory(name);
        server = new MongoServer(new DurableH2Backend(folder.resolve("store.mv.db").toString(), Duration.ofSeconds(1)));
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    MongoDatabase database() {
        return client.getDatabase("bench");
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.shutdown();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
