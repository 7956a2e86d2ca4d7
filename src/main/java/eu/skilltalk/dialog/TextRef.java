package eu.skilltalk.dialog;

/** A locale key used by a dialog or the competence framework, and where it is used. */
public record TextRef(String key, String file, int line) {
}
