package org.arabicner.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet and script inlined into every page (pages load nothing from elsewhere).
 *
 * @param css       the style sheet
 * @param articleJs the article page's script
 */
record PageAssets(String css, String articleJs) {

    static PageAssets load() {
        return new PageAssets(resource("pages.css"), resource("article.js"));
    }

    private static String resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
