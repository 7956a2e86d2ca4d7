package eu.skilltalk.assessment;

import eu.skilltalk.dialog.Profiles;

/** The 1-5 scale of self-ratings, desired levels and scores. */
final class Levels {

    static final double MIN = Profiles.MIN_LEVEL;
    static final double MAX = Profiles.MAX_LEVEL;

    private Levels() {
    }

    /** A point on a scale of {@code points} (4 or 5) on the 1-5 scale: 4 of 4 is 5, 2 of 4 is 2.33. */
    static double fromScale(int point, int points) {
        return MIN + (point - 1) * (MAX - MIN) / (points - 1);
    }

    static double round(double level) {
        return Math.round(level * 10) / 10.0;
    }
}
