package eu.skilltalk.dialog;

import java.util.regex.Pattern;

/** A place in a dialog: the dialog and the step. A session's stack of frames is its call stack. */
public record Frame(String dialog, String step) {

    /**
     * What dialog and step ids are made of (checked when the content loads): names, so that a place can be
     * written as {@code dialog/step} and a stack as such places separated by spaces ({@link State.Position}).
     */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
}
