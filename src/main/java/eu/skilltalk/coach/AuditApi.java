package eu.skilltalk.coach;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit} (admins only): who read which client's data, when, newest first. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Reads of clients' data (admins only)")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) String participantId,
            @RequestParam(required = false) String coach,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.newest(participantId, coach, limit);
    }
}
