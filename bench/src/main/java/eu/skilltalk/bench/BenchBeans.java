package eu.skilltalk.bench;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * What the bench adds to the application context: two instant channels ({@code bench} for the in-process
 * clients, {@code pace} for the rate-limited broadcast) and the outbox-write listener on the driver.
 */
class BenchBeans {

    static final String CHANNEL = "bench";
    static final String PACED = "pace";

    @Bean
    OutboxWrites outboxWrites() {
        return new OutboxWrites();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer outboxWritesListener(OutboxWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }

    @Bean
    CountingSender benchSender() {
        return new CountingSender(CHANNEL);
    }

    @Bean
    CountingSender pacedSender() {
        return new CountingSender(PACED);
    }
}
