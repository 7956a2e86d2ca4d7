package eu.skilltalk.dialog;

/**
 * One step of a dialog, as written in a dialog file under {@code steps:}.
 *
 * <p>Steps that wait for the client are {@link Question}s; the others run straight through.
 */
public sealed interface Step permits Question, SayStep, PauseStep, BranchStep, JumpStep, CallStep, EndStep,
        ResultsStep {

    /** The step's id, unique within its dialog. */
    String id();

    /** The step to go to afterwards, or {@code null} for the next one in the file. */
    String next();

    /** Line of the step in its file, for error messages. */
    int line();
}
