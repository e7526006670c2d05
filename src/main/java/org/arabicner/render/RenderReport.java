package org.arabicner.render;

import java.nio.file.Path;

/**
 * What {@link HtmlRenderer#render} wrote.
 *
 * @param index       the overview page
 * @param pages       article pages written
 * @param withoutText article pages whose text could not be shown (source gone or changed)
 * @param errors      error rows of {@code articles.csv}, listed in the overview
 * @param seconds     wall time
 */
public record RenderReport(Path index, int pages, int withoutText, int errors, double seconds) {

    /** One line for the console. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "rendered %d article pages%s and the overview %s (%d errors listed) in %.1f s",
                pages, withoutText == 0 ? "" : " (" + withoutText + " without text: see the Note column)", index, errors,
                seconds);
    }
}
