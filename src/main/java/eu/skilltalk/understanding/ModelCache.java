package eu.skilltalk.understanding;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trained models kept on disk between starts, one file per model named by a SHA-256 key over everything that
 * determines it (language, the examples as the trainer sees them, the training parameters and features, the
 * OpenNLP version): training is deterministic, so a file with that key is the model training would give.
 * One cache serves one start and counts what it read and trained. It never fails a start: an unreadable
 * file is trained again and replaced, an unwritable directory only means training at every start.
 */
final class ModelCache {

    private static final Logger log = LoggerFactory.getLogger(ModelCache.class);
    private static final int KEY_CHARS = 16;

    private final Path directory;
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger trained = new AtomicInteger();
    private final AtomicBoolean unwritable = new AtomicBoolean();

    private ModelCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in {@code directory}, created when the first model is written; blank: no cache. */
    static ModelCache in(String directory) {
        return new ModelCache(directory.isBlank() ? null : Path.of(directory));
    }

    /** The key of the model trained on {@code samples}: 64 hex digits. */
    static String key(String language, List<DocumentSample> samples, TrainingParameters parameters,
            FeatureGenerator[] features) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha);
            try (DataOutputStream out = new DataOutputStream(digest)) {
                out.writeUTF(Version.currentVersion().toString());
                out.writeUTF(language);
                // Counts before lists, so no two different inputs write the same bytes. Settings sorted, so the
                // key does not depend on the map's order; the defaults OpenNLP adds are in it too.
                Map<String, Object> settings = new TreeMap<>(parameters.getObjectSettings());
                out.writeInt(settings.size());
                for (Map.Entry<String, Object> setting : settings.entrySet()) {
                    out.writeUTF(setting.getKey());
                    out.writeUTF(String.valueOf(setting.getValue()));
                }
                out.writeInt(features.length);
                for (FeatureGenerator feature : features) {
                    out.writeUTF(feature.getClass().getName());
                }
                out.writeInt(samples.size());
                for (DocumentSample sample : samples) {
                    out.writeUTF(sample.getCategory());
                    out.writeInt(sample.getText().length);
                    for (String token : sample.getText()) {
                        out.writeUTF(token);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 over in-memory bytes cannot fail", e);
        }
    }

    /**
     * The model with {@code key}: read from the file {@code <name>-<first 16 digits of key>.bin}, else trained by
     * {@code training} and written there for the next start.
     */
    DoccatModel model(String name, String key, Supplier<DoccatModel> training) {
        if (directory == null) {
            trained.incrementAndGet();
            return training.get();
        }
        Path file = directory.resolve(name + "-" + key.substring(0, KEY_CHARS) + ".bin");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                DoccatModel model = new DoccatModel(in);
                read.incrementAndGet();
                return model;
            } catch (IOException | RuntimeException e) {
                // Damaged, or another user's and not readable (ours are only ever moved in whole): train, replace.
                log.info("Model cache file {} unreadable ({}), training it again", file.getFileName(), e.toString());
            }
        }
        DoccatModel model = training.get();
        trained.incrementAndGet();
        write(model, file);
        return model;
    }

    /** Writes {@code model} beside its place and moves it in, so other instances never read half a file. */
    private void write(DoccatModel model, Path file) {
        if (unwritable.get()) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // Not Files.createTempFile: its owner-only permissions would keep other users' instances out.
            temporary = directory.resolve(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                model.serialize(out);
            }
            // An atomic move replaces an existing file (rename on POSIX, MoveFileEx on Windows).
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (!unwritable.getAndSet(true)) {
                log.info("Model cache {} not writable ({}): models not in it are trained at every start", directory,
                        e.toString());
            }
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A stray .tmp file is harmless and safe to delete by hand.
            }
        }
    }

    int read() {
        return read.get();
    }

    int trained() {
        return trained.get();
    }

    /** Where this start's models came from, for the start's log. */
    String summary() {
        if (directory == null) {
            return "models: " + trained() + " trained, no model cache";
        }
        if (read() + trained() == 0) {
            return "models kept in memory from an earlier start in this JVM";
        }
        return "models: " + read() + " read from " + directory + ", " + trained() + " trained";
    }
}
