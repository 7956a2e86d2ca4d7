package eu.skilltalk.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns invalid content at startup into a plain report: every {@code file:line: reason}, and what to do. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the files above; 'java -jar target/skilltalk.jar "
                + ValidateCommand.NAME + " dialogs locales' checks them without starting the service.", cause);
    }
}
