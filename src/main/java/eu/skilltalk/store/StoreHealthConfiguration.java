package eu.skilltalk.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health for {@code /actuator/health}. Replaces Boot's MongoDB indicator, which sends {@code hello},
 * a command the embedded store does not know; {@code ping} works on both stores.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                mongo.executeCommand(new Document("ping", 1));
                return Health.up().withDetail("database", mongo.getDb().getName()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
