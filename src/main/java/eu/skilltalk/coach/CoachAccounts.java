package eu.skilltalk.coach;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and changes coach accounts, and looks them up for sign-in. User names are case-insensitive. */
@Service
class CoachAccounts implements UserDetailsService {

    static final int MIN_PASSWORD = 12;

    private final Coaches coaches;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CoachAccounts(Coaches coaches, PasswordEncoder passwords, Clock clock) {
        this.coaches = coaches;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A new account; empty when the user name is taken. */
    Optional<Coach> create(String username, String password, String displayName, Role role) {
        try {
            return Optional.of(coaches.insert(new Coach(UUID.randomUUID().toString(), normalize(username),
                    passwords.encode(password), displayName.strip(), role, true, clock.instant())));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    Optional<Coach> find(String coachId) {
        return coaches.findById(coachId);
    }

    List<Coach> all() {
        return coaches.findAllByOrderByUsernameAsc();
    }

    boolean none() {
        return coaches.count() == 0;
    }

    Coach setEnabled(Coach coach, boolean enabled) {
        return coaches.save(coach.withEnabled(enabled));
    }

    Coach setPassword(Coach coach, String password) {
        return coaches.save(coach.withPasswordHash(passwords.encode(password)));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return coaches.findByUsername(normalize(username)).map(CoachPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such coach"));
    }

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
