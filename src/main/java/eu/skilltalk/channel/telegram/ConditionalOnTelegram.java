package eu.skilltalk.channel.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Creates the annotated bean only when a bot token is set. {@code @ConditionalOnProperty} would also match
 * an empty {@code SKILLTALK_TELEGRAM_TOKEN=}, which must leave the channel off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(ConditionalOnTelegram.TokenSet.class)
@interface ConditionalOnTelegram {

    /** Matches when {@code skilltalk.telegram.token} has text. */
    class TokenSet extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("skilltalk.telegram.token");
            return token != null && !token.isBlank() ? ConditionOutcome.match("a Telegram bot token is set")
                    : ConditionOutcome.noMatch("skilltalk.telegram.token is unset: the Telegram channel is off");
        }
    }
}
