package eu.skilltalk.dialog;

import java.util.List;

/**
 * One competence of the {@link Framework}, e.g. {@code entrecomp.1.2} (creativity) in area {@code entrecomp.1}.
 * Its words live in the locales: {@code competence.<id>.name}, {@code .description} and one
 * {@code .examples.<example>} per everyday example.
 *
 * <pre>
 * - id: entrecomp.1.2
 *   area: entrecomp.1
 *   focus: creativity
 *   examples: [leftovers, repair, gift]
 * </pre>
 *
 * @param focus    the ENTR21 theme this competence carries (e.g. {@code creativity}), or {@code null}
 * @param examples names of its everyday examples, in order
 * @param line     line in {@code competences.yaml}, for error messages
 */
public record Competence(String id, String area, String focus, List<String> examples, int line) {

    public Competence {
        examples = List.copyOf(examples);
    }

    /** Locale key of the plain name, e.g. "Finding new ideas". */
    public String nameKey() {
        return "competence." + id + ".name";
    }

    /** Locale key of the one-line description. */
    public String descriptionKey() {
        return "competence." + id + ".description";
    }

    /** Locale keys of the everyday examples, in order. */
    public List<String> exampleKeys() {
        return examples.stream().map(example -> "competence." + id + ".examples." + example).toList();
    }
}
