package eu.skilltalk.content;

import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Interpreter;
import eu.skilltalk.locale.LocaleCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads content once at startup and fails the start with every {@code file:line: reason} when it is invalid. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContentConfiguration.class);

    @Bean
    Content content(ContentProperties properties) {
        Content content = new ContentLoader().load(properties.dialogs(), properties.locales());
        if (!content.valid()) {
            throw new InvalidContentException(content.problems());
        }
        content.warnings().forEach(w -> log.debug("Content warning: {}", w));
        log.info("Loaded {} dialogs, {} competences and {} profiles in {} ({} texts need more than one SMS segment;"
                + " run 'validate' to list them)", content.dialogs().byId().size(),
                content.dialogs().competences().size(), content.dialogs().profiles().all().size(),
                content.catalog().languages(), content.warnings().size());
        return content;
    }

    @Bean
    LocaleCatalog localeCatalog(Content content) {
        return content.catalog();
    }

    /** The engine, with the understanding module's interpreter when it is on. */
    @Bean
    DialogEngine dialogEngine(Content content, ObjectProvider<Interpreter> interpreter) {
        return new DialogEngine(content.dialogs(), content.catalog(), interpreter.getIfAvailable(() -> Interpreter.NONE));
    }
}
