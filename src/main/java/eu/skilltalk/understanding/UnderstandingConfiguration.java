package eu.skilltalk.understanding;

import eu.skilltalk.content.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Trains the understanding models once at startup, for the content's languages and competences, beside the
 * rest of the start ({@link AwaitedUnderstanding}).
 */
@Configuration(proxyBeanMethods = false)
class UnderstandingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UnderstandingConfiguration.class);

    @Bean
    @ConditionalOnBooleanProperty(name = "skilltalk.understanding.enabled", matchIfMissing = true)
    AwaitedUnderstanding understanding(Content content, UnderstandingProperties properties) {
        return new AwaitedUnderstanding(() -> {
            long start = System.nanoTime();
            Understanding understanding = Understanding.train(content.catalog(), content.dialogs().framework(),
                    properties);
            log.info("Understanding ready for {} in {} ms ({})", content.catalog().languages(),
                    (System.nanoTime() - start) / 1_000_000, understanding.modelSources());
            return understanding;
        });
    }
}
