package eu.skilltalk.dialog;

/** The checks content goes through, in the order they run and are reported. */
public enum Check {
    PARSE, VERSION, SCHEMA, GRAPH, LOCALE_KEYS, ICU, COMPETENCES, SMS
}
