package eu.skilltalk.understanding;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import java.nio.file.Path;

/** The shipped content and an {@link Understanding} trained on it once per test JVM (training takes seconds). */
final class Trained {

    static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
    static final Understanding UNDERSTANDING = Understanding.train(CONTENT.catalog(), CONTENT.dialogs().framework(),
            UnderstandingProperties.defaults());

    private Trained() {
    }
}
