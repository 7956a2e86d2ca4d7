package eu.skilltalk.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An export laid out for reading on a phone: one section per kind of data, one card per record, one line
 * per field ({@code state.vars.name: Sam}). The JSON download holds the same data as it is stored.
 */
record ReadableData(List<Section> sections) {

    record Section(String name, List<List<Line>> records) {
    }

    record Line(String field, String value) {
    }

    static ReadableData of(Map<String, Object> export) {
        List<Section> sections = new ArrayList<>();
        export.forEach((name, data) -> addSections(sections, name, data));
        return new ReadableData(sections);
    }

    private static void addSections(List<Section> sections, String name, Object data) {
        if (data instanceof Map<?, ?> parts) {
            parts.forEach((part, partData) -> addSections(sections, name + " · " + part, partData));
            return;
        }
        List<List<Line>> records = new ArrayList<>();
        if (data instanceof List<?> list) {
            for (Object record : list) {
                List<Line> lines = new ArrayList<>();
                flatten("", record, lines);
                records.add(lines);
            }
        }
        if (!records.isEmpty()) {
            sections.add(new Section(name, records));
        }
    }

    private static void flatten(String path, Object value, List<Line> lines) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(path.isEmpty() ? String.valueOf(key) : path + "." + key, inner, lines));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", list.get(i), lines);
            }
        } else if (value != null) {
            lines.add(new Line(path, String.valueOf(value)));
        }
    }
}
