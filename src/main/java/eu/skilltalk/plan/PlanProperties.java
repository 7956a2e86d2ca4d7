package eu.skilltalk.plan;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code skilltalk.plan.*}.
 *
 * @param followUpTime the time of day a follow-up goes out on its day (clients' time zone)
 * @param maxItems     how many actions a plan holds; a new one beyond replaces the oldest
 */
@ConfigurationProperties("skilltalk.plan")
record PlanProperties(@DefaultValue("10:00") LocalTime followUpTime, @DefaultValue("3") int maxItems) {
}
