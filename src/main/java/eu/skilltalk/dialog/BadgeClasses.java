package eu.skilltalk.dialog;

import java.util.List;
import java.util.Optional;

/**
 * The badge classes from {@code dialogs/badges.yaml}, and {@code level}: what a self-rating or a coach's
 * observation must reach for a client to be ready for a badge.
 */
public record BadgeClasses(int level, List<BadgeClass> all) {

    /** The level used when the file names none. */
    public static final int DEFAULT_LEVEL = 4;
    /** No badges file. */
    public static final BadgeClasses NONE = new BadgeClasses(DEFAULT_LEVEL, List.of());

    public BadgeClasses {
        all = List.copyOf(all);
    }

    public Optional<BadgeClass> find(String id) {
        return all.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Every badge class id, in file order. */
    public List<String> ids() {
        return all.stream().map(BadgeClass::id).toList();
    }
}
