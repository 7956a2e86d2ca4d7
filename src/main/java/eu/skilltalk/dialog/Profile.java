package eu.skilltalk.dialog;

import java.util.Map;

/**
 * A goal job (or being self-employed) from {@code dialogs/profiles.yaml}, with the level it asks of each
 * competence on the self-rating scale ({@value Profiles#MIN_LEVEL} to {@value Profiles#MAX_LEVEL}). Its
 * name and a one-line rationale live in the locales: {@code profile.<id>.name} and {@code .rationale}.
 *
 * <pre>
 * - id: shop_assistant
 *   desired:
 *     entrecomp.1.1: 2
 *     skills21.communication: 5
 * </pre>
 *
 * @param desired level by competence id; the validator makes sure every competence has one
 * @param line    line in {@code profiles.yaml}, for error messages
 */
public record Profile(String id, Map<String, Integer> desired, int line) {

    public Profile {
        desired = Map.copyOf(desired);
    }

    public String nameKey() {
        return "profile." + id + ".name";
    }

    public String rationaleKey() {
        return "profile." + id + ".rationale";
    }

    /** The level this profile asks of a competence, or 0 when it names none. */
    public int desired(String competence) {
        return desired.getOrDefault(competence, 0);
    }
}
