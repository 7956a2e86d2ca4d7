package eu.skilltalk.store;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns off Spring Data's entity lifecycle events (before-convert, after-save, after-load...): nothing here
 * listens to them, and publishing five of them for every document read or written took CPU from every
 * message (docs/bench.md, eleventh pass).
 */
@Component
class LifecycleEventsOff implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MongoTemplate template) {
            template.setEntityLifecycleEventsEnabled(false);
        }
        return bean;
    }
}
