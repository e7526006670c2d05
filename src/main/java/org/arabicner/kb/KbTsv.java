package org.arabicner.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.arabicner.text.EntityType;

/**
 * The compiled knowledge-base format: UTF-8 text (gzip-compressed on disk), {@code #} comment
 * lines first (attribution), then one entry a line with ten tab-separated columns
 * {@code id type source name_en names_ar qid geonames_id population country aliases_en};
 * list columns are joined with {@code |}, absent values are empty. Stateless and thread-safe.
 */
final class KbTsv {

    static final String LIST_SEPARATOR = "|";
    static final String COLUMNS =
            "id\ttype\tsource\tname_en\tnames_ar\tqid\tgeonames_id\tpopulation\tcountry\taliases_en";
    private static final int COLUMN_COUNT = 10;

    private KbTsv() {
    }

    /** Reads every entry; {@code origin} names the file in error messages. */
    static List<KbEntry> read(BufferedReader in, String origin) throws IOException {
        List<KbEntry> out = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMN_COUNT) {
                throw new IOException(origin + ":" + lineNo + ": expected " + COLUMN_COUNT
                        + " tab-separated columns, found " + f.length
                        + " (rebuild the file with ./arner kb build)");
            }
            try {
                out.add(new KbEntry(f[0], EntityType.parse(f[1]), f[3], splitList(f[4]),
                        emptyToNull(f[5]), f[6].isEmpty() ? null : Long.valueOf(f[6]),
                        f[7].isEmpty() ? 0 : Long.parseLong(f[7]), emptyToNull(f[8]),
                        KbSource.parse(f[2]), splitList(f[9])));
            } catch (IllegalArgumentException e) {
                throw new IOException(origin + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Writes the header lines (each prefixed with {@code # }), the column line and the entries. */
    static void write(List<String> header, List<KbEntry> entries, Writer out) {
        try {
            for (String h : header) {
                out.write("# " + h + "\n");
            }
            out.write("# " + COLUMNS + "\n");
            for (KbEntry e : entries) {
                String[] f = {e.id(), e.type().name(), e.source().name(), e.nameEn(),
                        String.join(LIST_SEPARATOR, e.namesAr()), nullToEmpty(e.qid()),
                        e.geonamesId() == null ? "" : e.geonamesId().toString(),
                        e.population() == 0 ? "" : Long.toString(e.population()),
                        nullToEmpty(e.countryCode()), String.join(LIST_SEPARATOR, e.aliasesEn())};
                for (int i = 0; i < f.length; i++) {
                    checkField(e.id(), f[i], i == 4 || i == 9);
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(f[i]);
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value may not hold the separators (a list item may not hold {@code |} either). */
    static void checkField(String id, String value, boolean isList) {
        if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("entry " + id + ": value '" + value
                    + "' holds a tab or line break");
        }
        if (!isList && value.contains(LIST_SEPARATOR)) {
            throw new IllegalArgumentException("entry " + id + ": value '" + value + "' holds '|'");
        }
    }

    static List<String> splitList(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
