package eu.skilltalk.coach;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/coaches}: admins create, list, disable and re-enable coach accounts and set passwords. */
@RestController
@RequestMapping(path = "/api/v1/coaches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coaches", description = "Coach accounts (admins only)")
class CoachesApi {

    private final CoachAccounts accounts;

    CoachesApi(CoachAccounts accounts) {
        this.accounts = accounts;
    }

    /** <pre>{"username": "marie", "password": "a long secret", "displayName": "Marie Peeters", "role": "COACH"}</pre> */
    record NewCoach(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,60}") String username,
            @NotBlank @Size(min = CoachAccounts.MIN_PASSWORD, max = 128) String password,
            @NotBlank @Size(max = 80) String displayName, Role role) {
    }

    /** <pre>{"enabled": false}</pre> or <pre>{"password": "a new long secret"}</pre> */
    record CoachChange(Boolean enabled, @Size(min = CoachAccounts.MIN_PASSWORD, max = 128) String password) {
    }

    /** <pre>{"id": "9a1b...", "username": "marie", "displayName": "Marie Peeters", "role": "COACH", "enabled": true}</pre> */
    record CoachJson(String id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {

        static CoachJson of(Coach coach) {
            return new CoachJson(coach.id(), coach.username(), coach.displayName(), coach.role(), coach.enabled(),
                    coach.createdAt());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CoachJson> create(@Valid @RequestBody NewCoach request) {
        Coach coach = accounts.create(request.username(), request.password(), request.displayName(),
                request.role() == null ? Role.COACH : request.role())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "username: already taken"));
        return ResponseEntity.created(URI.create("/api/v1/coaches/" + coach.id())).body(CoachJson.of(coach));
    }

    @GetMapping
    List<CoachJson> list() {
        return accounts.all().stream().map(CoachJson::of).toList();
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CoachJson change(@PathVariable String id, @Valid @RequestBody CoachChange change) {
        Coach coach = accounts.find(id).orElseThrow(() -> Access.notFound("coach"));
        if (change.enabled() != null) {
            coach = accounts.setEnabled(coach, change.enabled());
        }
        if (change.password() != null) {
            coach = accounts.setPassword(coach, change.password());
        }
        return CoachJson.of(coach);
    }
}
