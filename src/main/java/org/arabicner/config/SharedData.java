package org.arabicner.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the training and evaluation corpora live: {@code -Darner.data=DIR}, else the
 * environment variable {@code ARNER_DATA}, else {@code ../shared/data} beside the project
 * (relative to the working directory, which the {@code arner} launcher sets to the project).
 *
 * <p>The corpora are never part of the project; commands that need them say so and how to
 * point at them. Tests use {@link #find()} to skip when they are absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The data root as configured, whether or not it exists. */
    public static Path root() {
        String prop = System.getProperty("arner.data");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ARNER_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return home().resolve("../shared/data").normalize();
    }

    /**
     * The project home: the {@code arner.home} system property ({@code ./arner} sets it to the
     * project directory), else the working directory. Trainers write their models under it.
     */
    public static Path home() {
        String home = System.getProperty("arner.home");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of("");
        return base.toAbsolutePath().normalize();
    }

    /** A path under the project home ({@link #home()}), e.g. {@code models/kb.tsv.gz}. */
    public static Path underHome(String relative) {
        return home().resolve(relative).normalize();
    }

    /** The data root when it exists. */
    public static Optional<Path> find() {
        Path root = root();
        return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
    }

    /** A file under the data root; fails naming the path and the fix when it is missing. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing data file " + p
                    + ": put the shared corpora at ../shared/data beside the project, or pass"
                    + " -Darner.data=DIR / set ARNER_DATA");
        }
        return p;
    }

    /** The message tests print when they skip for want of the corpora. */
    public static String absentMessage() {
        return "shared corpora not found at " + root()
                + " (set ARNER_DATA or -Darner.data); skipping test that needs them";
    }
}
