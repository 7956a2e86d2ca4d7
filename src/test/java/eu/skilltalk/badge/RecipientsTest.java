package eu.skilltalk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hashed identity as Open Badges 2.0 defines it: {@code sha256$} + hex SHA-256 of identity then salt. */
class RecipientsTest {

    @Test
    void theHashIsSha256OfIdentityAndSalt() {
        // Computed independently: python3 -c "import hashlib; print(hashlib.sha256(b'+324701234565f3c').hexdigest())"
        assertThat(new Recipients.Identity("telephone", "+32470123456").hash("5f3c"))
                .isEqualTo("sha256$7b4ff1e7dda75713a6f33b7a404aacdbb696658de783eae75d78cd649aeea93d");
    }

    @Test
    void saltsAndIdsAreFreshEachTime() {
        assertThat(RandomIds.salt()).hasSize(32).isNotEqualTo(RandomIds.salt());
        assertThat(RandomIds.id(16)).matches("[a-km-np-z2-9]{16}").isNotEqualTo(RandomIds.id(16));
    }
}
