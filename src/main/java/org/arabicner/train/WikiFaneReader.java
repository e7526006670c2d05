package org.arabicner.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads WikiFANE Gold (Alotaibi & Lee 2014; {@code word<TAB>tag}, BIO over 50 fine classes) as
 * ANERcorp-style sentences: fine classes map to PERS, ORG, LOC or MISC as the corpus README says
 * (persons, organisations, places; facilities, products, vehicles and weapons become MISC), and
 * {@code Group} (a group of people) becomes {@code O}. Bidi marks glued to the words are removed.
 * Stateless and thread-safe.
 */
public final class WikiFaneReader {

    private static final Map<String, String> COARSE = coarseClasses();

    private WikiFaneReader() {
    }

    public static List<ConllSentence> read(Path file) {
        List<ConllSentence> out = new ArrayList<>();
        for (ConllSentence s : ConllReader.read(file)) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                String w = s.words().get(i).replaceAll("[\u200E\u200F\u202A-\u202E\uFEFF]", "");
                if (w.isEmpty()) {
                    continue;
                }
                words.add(w);
                tags.add(coarse(s.tags().get(i)));
            }
            if (!words.isEmpty()) {
                out.add(new ConllSentence(words, tags));
            }
        }
        return out;
    }

    /** {@code B-Politician} → {@code B-PERS}; unknown or unmapped classes → {@code O}. */
    static String coarse(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String c = COARSE.get(tag.substring(2));
        return c == null ? "O" : tag.substring(0, 2) + c;
    }

    private static Map<String, String> coarseClasses() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String c : List.of("Politician", "Artist", "Athlete", "Scientist", "Businessperson",
                "Religious_PER", "Engineer", "Lawyer", "Police", "Other_PER")) {
            m.put(c, "PERS");
        }
        for (String c : List.of("Government", "Commercial", "Educational", "Media", "Non-Governmental",
                "Sports", "Religious_ORG", "Medical-Science", "Entertainment")) {
            m.put(c, "ORG");
        }
        for (String c : List.of("Nation", "Population-Center", "State-or-Province", "County-or-District",
                "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural", "Celestial")) {
            m.put(c, "LOC");
        }
        for (String c : List.of("Building-Grounds", "Airport", "Path", "Subarea-Facility", "Book", "Software",
                "Hardware", "Movie", "Sound", "Food", "Drug", "Plant", "Chemical", "Air", "Water", "Land",
                "Projectile", "Nuclear", "Shooting", "Blunt", "Exploding", "Sharp")) {
            m.put(c, "MISC");
        }
        return Map.copyOf(m);
    }
}
