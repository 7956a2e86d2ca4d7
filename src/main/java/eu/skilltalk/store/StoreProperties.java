package eu.skilltalk.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store, used when {@code spring.mongodb.uri} (env {@code MONGODB_URI}) is unset.
 *
 * @param path    folder of the store's file
 * @param backend {@code h2} (a file under {@code path}, survives restarts) or {@code memory} (tests)
 */
@ConfigurationProperties("skilltalk.store")
public record StoreProperties(@DefaultValue("./data") Path path, @DefaultValue("h2") Backend backend) {

    public enum Backend {
        H2, MEMORY
    }
}
