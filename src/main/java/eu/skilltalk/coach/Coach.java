package eu.skilltalk.coach;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's account. The password is stored only as a one-way hash (bcrypt, with its algorithm prefix).
 *
 * <pre>{"id": "9a1b...", "username": "marie", "displayName": "Marie Peeters", "role": "COACH", "enabled": true}</pre>
 */
@Document("coaches")
record Coach(@Id String id, @Indexed(unique = true) String username, String passwordHash, String displayName,
        Role role, boolean enabled, Instant createdAt) {

    boolean admin() {
        return role == Role.ADMIN;
    }

    Coach withEnabled(boolean on) {
        return new Coach(id, username, passwordHash, displayName, role, on, createdAt);
    }

    Coach withPasswordHash(String hash) {
        return new Coach(id, username, hash, displayName, role, enabled, createdAt);
    }
}
