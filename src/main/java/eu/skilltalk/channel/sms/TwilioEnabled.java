package eu.skilltalk.channel.sms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Predicate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Registers a bean only when the Twilio account is configured, so the channel is off (and its webhooks 404) without it. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(TwilioEnabled.Configured.class)
@interface TwilioEnabled {

    /** Binds the properties the way the application will (relaxed names, so environment variables count). */
    class Configured implements org.springframework.context.annotation.Condition {

        private final Predicate<TwilioProperties> test;

        Configured() {
            this(TwilioProperties::configured);
        }

        Configured(Predicate<TwilioProperties> test) {
            this.test = test;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("skilltalk.twilio", TwilioProperties.class)
                    .map(test::test).orElse(false);
        }
    }

    /** WhatsApp is on when its sender is set too. */
    final class WhatsApp extends Configured {

        WhatsApp() {
            super(TwilioProperties::whatsapp);
        }
    }
}
