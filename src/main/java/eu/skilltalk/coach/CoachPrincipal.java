package eu.skilltalk.coach;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in coach: Spring Security's user plus the coach's id and display name. */
class CoachPrincipal extends User {

    private final String coachId;
    private final String displayName;
    private final boolean admin;

    CoachPrincipal(Coach coach) {
        super(coach.username(), coach.passwordHash(), coach.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + coach.role().name())));
        this.coachId = coach.id();
        this.displayName = coach.displayName();
        this.admin = coach.admin();
    }

    String coachId() {
        return coachId;
    }

    String displayName() {
        return displayName;
    }

    boolean admin() {
        return admin;
    }
}
