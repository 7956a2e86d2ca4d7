package eu.skilltalk.dialog;

/** A locale key used by a dialog, the competence framework or a profile, and where it is used. */
public record TextRef(String key, String file, int line) {
}
