package eu.skilltalk.dialog;

import java.util.List;
import java.util.Optional;

/**
 * The goal-job profiles from {@code dialogs/profiles.yaml}. A client's goal is the profile id saved in the
 * session variable {@value #GOAL_VARIABLE} by a choice step ({@code save: goal}); {@code general} is the
 * profile for a client who does not know yet.
 */
public record Profiles(List<Profile> all, String general) {

    /** The session variable a goal question saves the chosen profile id in. */
    public static final String GOAL_VARIABLE = "goal";
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
    /** No profiles file. */
    public static final Profiles NONE = new Profiles(List.of(), null);

    public Profiles {
        all = List.copyOf(all);
    }

    public Optional<Profile> profile(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile a saved goal names, else the general profile (also when there is none). */
    public Optional<Profile> forGoal(String goal) {
        return profile(goal).or(() -> profile(general));
    }
}
