package org.arabicner.cli;

import java.time.Duration;
import org.arabicner.batch.SafeAnnotator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The per-article limits a batch command takes ({@code --max-chars}, {@code --time-limit}), shared by
 * {@code arner run} and {@code arner-spark} so that both read them alike. A picocli mixin; not thread-safe.
 */
public final class ArticleLimitOptions {

    @Option(names = "--max-chars", paramLabel = "N", description = "Articles longer than N characters get an error"
            + " row instead of being annotated (default: ${DEFAULT-VALUE}).")
    int maxChars = SafeAnnotator.Limits.DEFAULT_MAX_CHARS;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "An article still being annotated after"
            + " this many seconds gets an error row; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long timeLimitSeconds = SafeAnnotator.Limits.DEFAULT_TIME_LIMIT.toSeconds();

    /**
     * The limits typed.
     *
     * @throws ParameterException (exit status 2) naming the option and what it accepts
     */
    public SafeAnnotator.Limits limits(CommandSpec spec) {
        if (timeLimitSeconds < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--time-limit must be 0 (no limit) or more seconds, was " + timeLimitSeconds);
        }
        if (maxChars < 1) {
            throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1, was " + maxChars);
        }
        return new SafeAnnotator.Limits(maxChars, Duration.ofSeconds(timeLimitSeconds));
    }
}
