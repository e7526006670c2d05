package org.arabicner.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads articles again by the {@code source} a batch recorded for them ({@code path} for a
 * {@code .txt} article, {@code path:line} for a JSONL line), the way {@link ArticleReader} read
 * them the first time, so that the text and its offsets are the same. Relative paths are
 * resolved against a base directory (the directory the batch was started in).
 *
 * <p>Each input file is read once however many of its articles are asked for, and articles are
 * handed over file by file, so memory holds one file's articles at a time. Stateless and
 * thread-safe.
 *
 * @param base the directory relative sources are resolved against
 */
public record ArticleSources(Path base) {

    public ArticleSources {
        base = base.toAbsolutePath().normalize();
    }

    /**
     * Calls {@code sink} once for each of {@code sources}, in order of file then line, with the
     * {@link Article} read from it or a {@link BadInput} (the file is gone, the line is not there,
     * the content is unreadable) whose error names the source and what to do. The id of what is
     * handed over is the id read from the source, which the caller may compare with its own.
     */
    public void read(Collection<String> sources, Consumer<Reread> sink) {
        Map<Path, List<Located>> byFile = new LinkedHashMap<>();
        for (String source : sources) {
            Located at = locate(source);
            byFile.computeIfAbsent(at.file(), f -> new ArrayList<>()).add(at);
        }
        List<Path> files = new ArrayList<>(byFile.keySet());
        files.sort(null);
        for (Path file : files) {
            List<Located> wanted = byFile.get(file);
            if (!Files.isRegularFile(file)) {
                for (Located at : wanted) {
                    sink.accept(new Reread(at.source(), new BadInput("", at.source(), "source " + at.source()
                            + " is gone (looked for " + file + "); render from the directory the run was"
                            + " started in, or pass --sources DIR with that directory")));
                }
                continue;
            }
            if (wanted.get(0).line() < 0) {
                ArticleInput read = ArticleReader.readText(file);
                for (Located at : wanted) {
                    sink.accept(new Reread(at.source(), read));
                }
                continue;
            }
            readLines(file, wanted, sink);
        }
    }

    /** What reading one recorded source gave. */
    public record Reread(String source, ArticleInput input) {
    }

    private static void readLines(Path file, List<Located> wanted, Consumer<Reread> sink) {
        Map<Integer, List<String>> byLine = new HashMap<>();
        for (Located at : wanted) {
            byLine.computeIfAbsent(at.line(), l -> new ArrayList<>()).add(at.source());
        }
        // The same decoding and parsing as ArticleReader, line by line; an unreadable rest of the
        // file leaves the lines after it to the "no line" message below.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            int number = 0;
            String line;
            while (!byLine.isEmpty() && (line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                List<String> sources = byLine.remove(number);
                if (sources != null) {
                    ArticleInput read = ArticleReader.parseJsonLine(file, number, line);
                    for (String source : sources) {
                        sink.accept(new Reread(source, read));
                    }
                }
            }
        } catch (IOException e) {
            for (List<String> sources : byLine.values()) {
                for (String source : sources) {
                    sink.accept(new Reread(source, new BadInput("", source, "cannot read " + source + " again: "
                            + e.getMessage() + "; run the batch again")));
                }
            }
            byLine.clear();
        }
        byLine.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String source : e.getValue()) {
                sink.accept(new Reread(source, new BadInput("", source, "source " + source + ": " + file
                        + " has no line " + e.getKey() + " any more; the file changed since the run,"
                        + " run the batch again")));
            }
        });
    }

    /** A source split into its file (resolved) and JSONL line number (-1 for a text file). */
    private record Located(String source, Path file, int line) {
    }

    private Located locate(String source) {
        int colon = source.lastIndexOf(':');
        if (colon > 0 && colon < source.length() - 1
                && source.substring(0, colon).toLowerCase(Locale.ROOT).endsWith(".jsonl")
                && source.substring(colon + 1).chars().allMatch(Character::isDigit)
                && source.length() - colon - 1 <= 9) {
            return new Located(source, resolve(source.substring(0, colon)), Integer.parseInt(source.substring(colon + 1)));
        }
        return new Located(source, resolve(source), -1);
    }

    private Path resolve(String path) {
        try {
            return base.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return base.resolve("invalid-path");
        }
    }
}
