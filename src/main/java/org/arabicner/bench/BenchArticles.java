package org.arabicner.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arabicner.config.SharedData;

/**
 * The articles the benchmark annotates: ANERcorp's running text cut into ~3 KB articles at
 * sentence ends when the shared corpora are present, else the project's own sample articles
 * (bundled with the jar) repeated.
 */
public final class BenchArticles {

    static final int ARTICLE_CHARS = 3000;
    private static final String SAMPLES = "/org/arabicner/samples/";

    private BenchArticles() {
    }

    /** Up to {@code n} articles and where they came from. */
    public static Loaded load(int n) {
        Optional<Path> data = SharedData.find();
        if (data.isPresent()) {
            Path conll = data.get().resolve("anercorp/anercorp-train.conll");
            if (Files.exists(conll)) {
                return new Loaded(fromConll(conll, n), "ANERcorp train text cut into ~3 KB articles");
            }
        }
        return new Loaded(repeat(sample(), n), "the built-in sample articles (../shared absent)");
    }

    public record Loaded(List<String> articles, String source) {
    }

    static List<String> fromConll(Path conll, int n) {
        List<String> articles = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        try {
            for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty()) {
                    article.append(sentence).append(' ');
                    sentence.setLength(0);
                    if (article.length() >= ARTICLE_CHARS) {
                        articles.add(article.toString().strip());
                        article.setLength(0);
                        if (articles.size() == n) {
                            return articles;
                        }
                    }
                    continue;
                }
                String word = t.split("\\s+")[0];
                if (sentence.length() > 0) {
                    sentence.append(' ');
                }
                sentence.append(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + conll + ": " + e.getMessage(), e);
        }
        return articles;
    }

    /** The project's own sample articles, bundled with the jar (listed in samples/index.txt). */
    static List<String> sample() {
        List<String> out = new ArrayList<>();
        for (String name : resource(SAMPLES + "index.txt").split("\n")) {
            if (!name.isBlank()) {
                out.add(resource(SAMPLES + name.strip()).strip());
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = BenchArticles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + ": rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> repeat(List<String> base, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(base.get(i % base.size()));
        }
        return out;
    }
}
