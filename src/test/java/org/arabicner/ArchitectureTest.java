package org.arabicner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/ARCHITECTURE.md, checked on the sources: only the CoreNLP adapter
 * ({@code corenlp} and its training sub-package) imports CoreNLP, and the runtime packages (what
 * {@code run} and the Java API load) never reference training, evaluation, benchmark or CLI code.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of(System.getProperty("arner.home", "."), "src/main/java/org/arabicner");

    /** Packages of the batch pipeline and the API; "" is the root package (ArabicNer). */
    private static final Set<String> RUNTIME = Set.of("", "annotation", "batch", "config", "corenlp", "ingest",
            "kb", "ner", "output", "query", "render", "resolve", "store", "table", "text", "translit");

    /** What runtime code must not reference. */
    private static final List<String> NOT_RUNTIME = List.of("org.arabicner.train.", "org.arabicner.corenlp.train.",
            "org.arabicner.eval.", "org.arabicner.bench.", "org.arabicner.cli.");

    private record Source(String pkg, Path file, String text) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                out.add(new Source(rel, f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(out.size() > 50, "found the sources under " + SOURCES);
        return out;
    }

    @Test
    void onlyTheCoreNlpAdapterImportsCoreNlp() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            boolean adapter = s.pkg().equals("corenlp") || s.pkg().startsWith("corenlp.");
            if (!adapter && s.text().contains("edu.stanford.nlp")) {
                offenders.add(s.file().toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void runtimeCodeNeverReferencesTrainingEvaluationOrTheCli() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources()) {
            if (!RUNTIME.contains(s.pkg())) {
                continue;
            }
            for (String forbidden : NOT_RUNTIME) {
                if (s.text().contains(forbidden)) {
                    offenders.add(s.file() + " references " + forbidden);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
