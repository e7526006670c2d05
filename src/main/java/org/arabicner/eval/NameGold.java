package org.arabicner.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arabicner.text.NameRegion;
import org.arabicner.text.Names;

/**
 * The names test set ({@code docs/eval/names-gold.tsv}): Arabic person names seen in the ANT
 * news corpus and ANERcorp's training text, each with the English spellings a reader accepts.
 * Columns: {@code name_ar accepted_en (|-separated) origin region seen_in split}.
 */
public final class NameGold {

    /** One name of the set. */
    public record Row(String nameAr, List<String> accepted, String origin, String region, String seenIn,
                      String split) {

        /**
         * The region an article would give this name: ANT is a Tunisian outlet (Maghreb);
         * ANERcorp's articles come from many outlets, so their names' own shape decides.
         * (The {@code region} column is the annotator's and is only used for reporting.)
         */
        public NameRegion articleRegion() {
            return seenIn.startsWith("ant-news") ? NameRegion.MAGHREB : NameRegion.UNKNOWN;
        }

        /** Whether {@code english} equals one accepted spelling under {@link #matchKey}. */
        public boolean accepts(String english) {
            String k = matchKey(english);
            for (String a : accepted) {
                if (matchKey(a).equals(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private NameGold() {
    }

    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6 || f[1].isBlank()) {
                throw new IOException(file + " line " + lineNo + ": expected 6 tab-separated columns "
                        + "(name_ar, accepted_en, origin, region, seen_in, split)");
            }
            rows.add(new Row(f[0], List.of(f[1].split("\\|")), f[2], f[3], f[4], f[5]));
        }
        return rows;
    }

    /**
     * The form in which a reading and an accepted spelling must be equal, {@link Names#englishKey}:
     * case, accents ({@code é} = e) and punctuation (hyphens, apostrophes: = a space) do not
     * count; spaces do.
     */
    public static String matchKey(String english) {
        return Names.englishKey(english);
    }
}
