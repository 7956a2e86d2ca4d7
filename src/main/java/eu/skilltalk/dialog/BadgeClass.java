package eu.skilltalk.dialog;

import java.util.List;

/**
 * A badge a coach can award, from {@code dialogs/badges.yaml}: the competences it stands for, its artwork
 * (one of {@link #ICONS} on a disc of {@code colour}) and where it sits in public frameworks. Its words live
 * in the locales: {@code badge.<id>.name}, {@code .description} (what it means, for an employer) and
 * {@code .criteria} (what the holder showed).
 *
 * <pre>
 * - id: working-with-others
 *   competences: [entrecomp.3.4, skills21.collaboration]
 *   icon: people
 *   colour: "#1D4ED8"
 *   alignment:
 *     - {targetFramework: EntreComp, targetCode: "3.4", targetName: Working with others,
 *        targetUrl: "https://publications.jrc.ec.europa.eu/repository/handle/JRC101581"}
 * </pre>
 *
 * @param id          stable and part of public links: lower-case letters, digits and hyphens
 * @param competences the competences a client must show, each a framework id
 * @param line        line in {@code badges.yaml}, for error messages
 */
public record BadgeClass(String id, List<String> competences, String icon, String colour, List<Alignment> alignment,
        int line) {

    /** The pictures badge artwork can show. */
    public static final List<String> ICONS = List.of("eye", "bulb", "mountain", "compass", "flag", "calendar",
            "people", "speech", "phone", "loop", "star");

    /**
     * Where the badge sits in a public framework, as Open Badges' {@code AlignmentObject}; the framework's own
     * (English) words, so they are data, not texts to translate.
     */
    public record Alignment(String targetName, String targetUrl, String targetFramework, String targetCode) {
    }

    public BadgeClass {
        competences = List.copyOf(competences);
        alignment = List.copyOf(alignment);
    }

    public String nameKey() {
        return "badge." + id + ".name";
    }

    public String descriptionKey() {
        return "badge." + id + ".description";
    }

    public String criteriaKey() {
        return "badge." + id + ".criteria";
    }
}
