package eu.skilltalk.coach;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the dashboard's page controllers, so their errors become pages and not JSON. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface Dashboard {
}
