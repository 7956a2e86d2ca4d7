package eu.skilltalk.coach;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in coach: Spring Security's user plus the coach's id and display name (public for the templates). */
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

    public String coachId() {
        return coachId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean admin() {
        return admin;
    }
}
