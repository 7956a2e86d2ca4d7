package eu.skilltalk.dialog;

/** Where a session stands. */
public enum Status {
    /** Not started: the next input starts the entry dialog. */
    NEW,
    /** Waiting for an answer to the current question. */
    ACTIVE,
    /** The client asked to pause, or took a break a dialog offered (a pause step); the next message picks up again. */
    PAUSED,
    /** The client said stop: nothing is sent until they write again. */
    STOPPED,
    /** Every dialog is done. */
    FINISHED
}
