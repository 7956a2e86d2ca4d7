package eu.skilltalk.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts mongo-java-server on 127.0.0.1 (a random port) and points Spring Data MongoDB at it, unless a
 * real MongoDB is configured. The application talks to it over a real socket with the real driver, so
 * both stores run the same code.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreConfiguration.NoMongoUri.class)
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);
    static final String DATABASE = "skilltalk";

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(StoreProperties properties) {
        MongoBackend backend;
        if (properties.backend() == StoreProperties.Backend.MEMORY) {
            backend = new MemoryBackend();
            log.info("Using the embedded store in memory (nothing is kept after a stop)");
        } else {
            Path file = createFolder(properties.path()).resolve("skilltalk.mv.db");
            backend = new DurableH2Backend(file.toString(), properties.flushEvery());
            log.info("Using the embedded store in {} (set MONGODB_URI to use a real MongoDB)", file.toAbsolutePath());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString uri = new ConnectionString(
                "mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE);
        return () -> uri;
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + folder.toAbsolutePath(), e);
        }
    }

    /** True when neither {@code spring.mongodb.uri} nor {@code MONGODB_URI} names a MongoDB. */
    static class NoMongoUri implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mongodb.uri"));
        }
    }
}
