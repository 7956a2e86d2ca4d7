package eu.skilltalk.dialog;

/** A place in a dialog: the dialog and the step. A session's stack of frames is its call stack. */
public record Frame(String dialog, String step) {
}
