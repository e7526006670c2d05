package org.arabicner.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet and script inlined into every page (pages load nothing from elsewhere).
 *
 * @param css       the style sheet, UTF-8
 * @param articleJs the article page's script, UTF-8
 */
record PageAssets(byte[] css, byte[] articleJs) {

    static PageAssets load() {
        return new PageAssets(resource("pages.css").getBytes(StandardCharsets.UTF_8),
                resource("article.js").getBytes(StandardCharsets.UTF_8));
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
