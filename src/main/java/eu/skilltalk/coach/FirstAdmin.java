package eu.skilltalk.coach;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code skilltalk.admin.*} when there is no coach account yet. A generated
 * password is logged this once (there is no other way to learn it); a configured one never is.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final CoachAccounts accounts;
    private final AdminProperties properties;

    FirstAdmin(CoachAccounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? generate() : properties.password();
        // Another instance starting at the same time may win the unique user name; then nothing is logged.
        accounts.create(properties.username(), password, properties.username(), Role.ADMIN).ifPresent(admin -> {
            if (generated) {
                log.warn("Created the first admin '{}' with the generated password: {} (change it after signing in, "
                        + "or set skilltalk.admin.password)", admin.username(), password);
            } else {
                log.info("Created the first admin '{}' from skilltalk.admin", admin.username());
            }
        });
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
