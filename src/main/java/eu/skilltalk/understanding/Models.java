package eu.skilltalk.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** The pretrained OpenNLP models from Maven Central, loaded once per JVM (each Spring context would load them again). */
final class Models {

    private static final String LANGUAGE_DETECTOR = "langdetect-183.bin";

    private Models() {
    }

    /** OpenNLP's language detector for 103 languages: 10 MB that take a second or two to load. */
    static LanguageDetectorModel languageDetector() {
        return Holder.LANGUAGES;
    }

    private static final class Holder {
        static final LanguageDetectorModel LANGUAGES = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Models.class.getClassLoader().getResourceAsStream(LANGUAGE_DETECTOR)) {
                if (in == null) {
                    throw new IllegalStateException(LANGUAGE_DETECTOR + " is not on the classpath (opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
