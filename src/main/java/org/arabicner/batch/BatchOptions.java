package org.arabicner.batch;

/**
 * How a batch runs, parsed once from the command line.
 *
 * @param threads  worker threads annotating articles (at least 1)
 * @param resume   keep the articles an earlier run into the same directory completed
 * @param bom      start CSV files with a UTF-8 byte-order mark (spreadsheets need it)
 * @param progress print progress lines on stderr
 * @param limits   per-article size and time limits
 */
public record BatchOptions(int threads, boolean resume, boolean bom, boolean progress, SafeAnnotator.Limits limits) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (limits == null) {
            limits = SafeAnnotator.Limits.defaults();
        }
    }

    /** With the default limits. */
    public BatchOptions(int threads, boolean resume, boolean bom, boolean progress) {
        this(threads, resume, bom, progress, SafeAnnotator.Limits.defaults());
    }
}
