package eu.skilltalk.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store, used when {@code spring.mongodb.uri} (env {@code MONGODB_URI}) is unset.
 *
 * @param path       folder of the store's file
 * @param backend    {@code h2} (a file under {@code path}, survives restarts) or {@code memory} (tests)
 * @param flushEvery how often the file is forced to disk: what a power cut can lose at most (a crash of the
 *                   process loses nothing acknowledged)
 */
@ConfigurationProperties("skilltalk.store")
public record StoreProperties(@DefaultValue("./data") Path path, @DefaultValue("h2") Backend backend,
        @DefaultValue("1s") Duration flushEvery) {

    public enum Backend {
        H2, MEMORY
    }
}
