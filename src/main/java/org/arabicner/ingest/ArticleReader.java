package org.arabicner.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;

/**
 * Reads articles from the inputs a user names: a {@code .txt} file is one article (id = file name
 * without extension), a {@code .jsonl} file holds one {@code {"id": …, "text": …}} object per line,
 * and a directory is walked (sorted, recursively) for both.
 *
 * <p>Reading never throws for bad content: invalid UTF-8, a binary file, an empty article, a
 * malformed JSONL line or a duplicate id each become a {@link BadInput} with a one-line message
 * naming the file (and line) and the fix. Articles are read lazily, one at a time, so a corpus of
 * any size streams through. Not thread-safe: one reader per batch.
 */
public final class ArticleReader implements Iterable<ArticleInput> {

    private final List<Path> files;

    private ArticleReader(List<Path> files) {
        this.files = files;
    }

    /**
     * Lists the input files under {@code inputs} (files as given, directories walked for
     * {@code .txt} and {@code .jsonl}, sorted).
     *
     * @throws IllegalArgumentException naming an input that does not exist
     */
    public static ArticleReader of(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
                }
            } else if (Files.exists(in)) {
                files.add(in);
            } else {
                throw new IllegalArgumentException("input " + in + " does not exist: name a .txt or"
                        + " .jsonl file or a directory of them");
            }
        }
        return new ArticleReader(List.copyOf(files));
    }

    static boolean isArticleFile(Path p) {
        String ext = FilenameUtils.getExtension(p.getFileName().toString()).toLowerCase(Locale.ROOT);
        return ext.equals("txt") || ext.equals("jsonl");
    }

    public List<Path> files() {
        return files;
    }

    /** How many articles the inputs hold (JSONL lines that are not blank), for progress. */
    public long countArticles() {
        long n = 0;
        for (Path f : files) {
            if (isJsonl(f)) {
                try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    private static boolean isJsonl(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    @Override
    public Iterator<ArticleInput> iterator() {
        return new Iterator<>() {
            private final Map<String, String> seen = new HashMap<>();
            private int fileIndex;
            private Iterator<ArticleInput> current = List.<ArticleInput>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && fileIndex < files.size()) {
                    current = read(files.get(fileIndex++));
                }
                return current.hasNext();
            }

            @Override
            public ArticleInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ArticleInput in = current.next();
                String first = seen.putIfAbsent(in.id(), in.source());
                if (first != null && !in.source().equals(first)) {
                    return new BadInput(in.id(), in.source(), "duplicate article id '" + in.id()
                            + "' in " + in.source() + " (first in " + first + "): give each article"
                            + " a unique id");
                }
                return in;
            }
        };
    }

    private Iterator<ArticleInput> read(Path file) {
        return isJsonl(file) ? readJsonl(file) : List.of(readText(file)).iterator();
    }

    /** Reads one {@code .txt} article. */
    static ArticleInput readText(Path file) {
        String id = FilenameUtils.getBaseName(file.getFileName().toString());
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new BadInput(id, source, "cannot read " + source + ": " + e.getMessage());
        }
        return textArticle(source, bytes);
    }

    /**
     * One {@code .txt} article from its bytes, by the rules of {@link #of}: for readers of other
     * file systems (the Spark job). The id is the file name of {@code source} without extension.
     *
     * @param source the file's path or URI, named in error messages
     */
    public static ArticleInput textArticle(String source, byte[] bytes) {
        String id = FilenameUtils.getBaseName(source);
        String problem = binaryProblem(bytes);
        if (problem != null) {
            return new BadInput(id, source, source + ": " + problem);
        }
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return new BadInput(id, source, source + ": not valid UTF-8 (" + e.getMessage()
                    + "); re-save the file as UTF-8");
        }
        return articleOrEmpty(id, source, text);
    }

    static ArticleInput articleOrEmpty(String id, String source, String text) {
        if (text.isBlank()) {
            return new BadInput(id, source, source + ": empty article (no text); remove the file"
                    + " or add its text");
        }
        return new Article(id, source, text);
    }

    private static Iterator<ArticleInput> readJsonl(Path file) {
        java.io.InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return List.<ArticleInput>of(new BadInput(FilenameUtils.getBaseName(file.toString()),
                    file.toString(), "cannot read " + file + ": " + e.getMessage())).iterator();
        }
        return jsonlArticles(file.toString(), in);
    }

    /**
     * The articles of one JSONL file, read lazily from {@code in} (closed at its end), by the
     * rules of {@link #of}: for readers of other file systems (the Spark job).
     *
     * @param source the file's path or URI, named in sources ({@code source:line}) and messages
     */
    public static Iterator<ArticleInput> jsonlArticles(String source, java.io.InputStream in) {
        String file = source;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        return new Iterator<>() {
            private int lineNo;
            private ArticleInput next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (IOException e) {
                        lineNo++;
                        next = new BadInput(FilenameUtils.getName(file) + ":" + lineNo, file + ":" + lineNo,
                                file + ":" + lineNo + ": not valid UTF-8 from here on (" + e.getMessage()
                                        + "); re-save the file as UTF-8");
                        close();
                        break;
                    }
                    if (line == null) {
                        close();
                        break;
                    }
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        next = parseJsonLine(file, lineNo, line);
                    }
                }
                return next != null;
            }

            private void close() {
                done = true;
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // nothing was written; a failed close of a read-only stream loses nothing
                }
            }

            @Override
            public ArticleInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ArticleInput n = next;
                next = null;
                return n;
            }
        };
    }

    static ArticleInput parseJsonLine(Path file, int lineNo, String line) {
        return parseJsonLine(file.toString(), lineNo, line);
    }

    private static ArticleInput parseJsonLine(String file, int lineNo, String line) {
        String source = file + ":" + lineNo;
        String fallbackId = FilenameUtils.getBaseName(file) + ":" + lineNo;
        JsonObject obj;
        try {
            JsonElement el = JsonParser.parseString(line);
            if (!el.isJsonObject()) {
                return new BadInput(fallbackId, source, source + ": expected a JSON object"
                        + " {\"id\": …, \"text\": …} on each line");
            }
            obj = el.getAsJsonObject();
        } catch (JsonParseException e) {
            return new BadInput(fallbackId, source, source + ": malformed JSON (" + firstLine(e.getMessage())
                    + "); each line must be one {\"id\": …, \"text\": …} object");
        }
        JsonElement id = obj.get("id");
        JsonElement text = obj.get("text");
        if (id == null || id.isJsonNull() || !id.isJsonPrimitive() || id.getAsString().isBlank()) {
            return new BadInput(fallbackId, source, source + ": missing \"id\"; give each line an"
                    + " \"id\" field");
        }
        String idText = id.getAsString();
        if (text == null || !text.isJsonPrimitive()) {
            return new BadInput(idText, source, source + ": missing \"text\" string; give each line a"
                    + " \"text\" field");
        }
        return articleFromText(idText, source, text.getAsString());
    }

    /**
     * An article whose text came as a string (a JSONL field, a Parquet column), by the rules of
     * {@link #of}: a leading byte-order mark is dropped, blank text is an error.
     */
    public static ArticleInput articleFromText(String id, String source, String text) {
        return articleOrEmpty(id, source, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Strict UTF-8 decoding, a leading BOM dropped. */
    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A reason to treat the bytes as binary, or null: NUL bytes or many control characters. */
    static String binaryProblem(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary file (contains NUL bytes), not a text article; remove it from the input";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (n > 0 && controls * 20 > n) {
            return "binary file (control characters), not a text article; remove it from the input";
        }
        return null;
    }
}
