package eu.skilltalk.coach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created when no coach account exists yet.
 *
 * @param username the admin's user name
 * @param password the admin's password; when unset one is generated and logged once
 */
@ConfigurationProperties("skilltalk.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {
}
