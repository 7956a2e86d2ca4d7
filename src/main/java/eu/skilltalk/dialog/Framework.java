package eu.skilltalk.dialog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The competence framework from {@code dialogs/competences.yaml}: the areas, the competences answers are
 * evidence for, and the ENTR21 focus themes they may carry. Area names are the locale keys
 * {@code area.<id>.name}.
 */
public record Framework(List<String> focus, List<String> areas, List<Competence> competences) {

    /** No framework file: no competence ids are known. */
    public static final Framework EMPTY = new Framework(List.of(), List.of(), List.of());

    public Framework {
        focus = List.copyOf(focus);
        areas = List.copyOf(areas);
        competences = List.copyOf(competences);
    }

    /** Locale key of an area's plain name. */
    public static String areaNameKey(String area) {
        return "area." + area + ".name";
    }

    /** Every competence id, in file order. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        competences.forEach(c -> ids.add(c.id()));
        return ids;
    }

    public Optional<Competence> competence(String id) {
        return competences.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The competences of one area, in file order. */
    public List<Competence> inArea(String area) {
        return competences.stream().filter(c -> area.equals(c.area())).toList();
    }
}
