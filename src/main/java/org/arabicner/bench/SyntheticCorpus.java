package org.arabicner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.arabicner.output.CsvSchema;
import org.arabicner.text.EntityType;

/**
 * Writes a synthetic batch output (entities.csv, mentions.csv, articles.csv, in the CSV
 * contract) for benchmarking the store: {@code articles} articles of
 * {@code entitiesPerArticle} distinct entities each, drawn from {@code 4 × articles}
 * entities with Zipf(0.8) popularity, so that the most popular entity is in about a
 * quarter of the articles, as the big names are in a news corpus, and most entities are in
 * a few. Each entity has an Arabic name made of syllables, its English transliteration,
 * and (one in three) a knowledge-base id. Mentions per entity per article: 1 + geometric,
 * mean 1.5. Deterministic for a seed.
 *
 * <p>Instances are immutable; {@link #write} is thread-safe.
 */
public final class SyntheticCorpus {

    private static final String[] CONSONANTS_AR = {"ب", "ت", "د", "ر", "س", "ش", "ك", "ل", "م", "ن",
        "ه", "ف", "ق", "ج", "ح", "ز", "ط", "ع", "غ", "ص"};
    private static final String[] CONSONANTS_EN = {"b", "t", "d", "r", "s", "sh", "k", "l", "m", "n",
        "h", "f", "q", "j", "h", "z", "t", "a", "gh", "s"};
    private static final String[] VOWELS_AR = {"ا", "و", "ي", ""};
    private static final String[] VOWELS_EN = {"a", "u", "i", "e"};
    private static final EntityType[] TYPES = {EntityType.PERS, EntityType.PERS, EntityType.LOC,
        EntityType.LOC, EntityType.ORG, EntityType.MISC};

    private final int articles;
    private final int entitiesPerArticle;
    private final int distinctEntities;
    private final long seed;

    public SyntheticCorpus(int articles, int entitiesPerArticle, long seed) {
        if (articles < 1 || entitiesPerArticle < 1) {
            throw new IllegalArgumentException("articles and entities per article must be >= 1");
        }
        this.articles = articles;
        this.entitiesPerArticle = entitiesPerArticle;
        this.distinctEntities = Math.max(entitiesPerArticle * 2, articles * 4);
        this.seed = seed;
    }

    /** Counts of what {@link #write} wrote. */
    public record Written(long articles, long entityRows, long mentionRows, long bytes) {
    }

    /** One synthetic entity. */
    public record Entity(String id, EntityType type, String nameAr, String nameEn, String kbId) {
    }

    /** Entity number {@code i} (0 = most popular). */
    public Entity entity(int i) {
        StringBuilder ar = new StringBuilder();
        StringBuilder en = new StringBuilder();
        int n = i;
        for (int s = 0; s < 3; s++) { // 80^3 = 512,000 distinct first words per type cycle
            int syl = n % 80;
            n /= 80;
            ar.append(CONSONANTS_AR[syl % 20]).append(VOWELS_AR[syl / 20]);
            en.append(CONSONANTS_EN[syl % 20]).append(VOWELS_EN[syl / 20]);
        }
        en.setCharAt(0, Character.toUpperCase(en.charAt(0)));
        if (n > 0) {
            ar.append(CONSONANTS_AR[n % 20]);
            en.append(CONSONANTS_EN[n % 20]);
        }
        int second = Math.floorMod(i * 2654435761L, 6400) > 0 ? (int) Math.floorMod(i * 2654435761L, 6400) : 1;
        String ar2 = CONSONANTS_AR[second % 20] + VOWELS_AR[(second / 20) % 4] + CONSONANTS_AR[(second / 80) % 20];
        String en2 = CONSONANTS_EN[second % 20] + VOWELS_EN[(second / 20) % 4] + CONSONANTS_EN[(second / 80) % 20];
        en2 = Character.toUpperCase(en2.charAt(0)) + en2.substring(1);
        EntityType type = TYPES[i % TYPES.length];
        String nameAr = (type == EntityType.LOC ? "ال" : "") + ar + " " + ar2;
        String nameEn = (type == EntityType.LOC ? "Al-" : "") + en + " " + en2;
        String kbId = i % 3 == 0 ? "Q" + (1000 + i) : null;
        String id = kbId != null ? kbId : type.name() + ":" + nameAr;
        return new Entity(id, type, nameAr, nameEn, kbId);
    }

    public int distinctEntities() {
        return distinctEntities;
    }

    /** Writes the three CSVs into {@code dir}. */
    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        double[] cumulative = zipfCumulative(distinctEntities, 0.8);
        SplittableRandom random = new SplittableRandom(seed);
        long entityRows = 0;
        long mentionRows = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try (BufferedWriter ew = Files.newBufferedWriter(dir.resolve(CsvSchema.ENTITIES_FILE), StandardCharsets.UTF_8);
             BufferedWriter mw = Files.newBufferedWriter(dir.resolve(CsvSchema.MENTIONS_FILE), StandardCharsets.UTF_8);
             BufferedWriter aw = Files.newBufferedWriter(dir.resolve(CsvSchema.ARTICLES_FILE), StandardCharsets.UTF_8);
             CSVPrinter entities = new CSVPrinter(ew, format);
             CSVPrinter mentions = new CSVPrinter(mw, format);
             CSVPrinter arts = new CSVPrinter(aw, format)) {
            entities.printRecord(CsvSchema.ENTITIES);
            mentions.printRecord(CsvSchema.MENTIONS);
            arts.printRecord(CsvSchema.ARTICLES);
            int[] chosen = new int[entitiesPerArticle];
            for (int a = 0; a < articles; a++) {
                String articleId = String.format("%07d", a);
                int k = 0;
                while (k < entitiesPerArticle) {
                    int e = sample(cumulative, random.nextDouble());
                    boolean dup = false;
                    for (int j = 0; j < k; j++) {
                        dup |= chosen[j] == e;
                    }
                    if (!dup) {
                        chosen[k++] = e;
                    }
                }
                int offset = 0;
                for (int j = 0; j < k; j++) {
                    Entity e = entity(chosen[j]);
                    int count = 1;
                    while (random.nextDouble() < 1.0 / 3 && count < 20) {
                        count++;
                    }
                    int first = offset + 20 + random.nextInt(200);
                    offset = first;
                    String surface = random.nextInt(4) == 0 ? "و" + e.nameAr() : e.nameAr();
                    entities.printRecord(articleId, e.id(), e.type(), e.nameAr(), e.nameEn(),
                            e.kbId() != null ? "kb" : "transliteration", e.kbId() == null ? "" : e.kbId(),
                            count, first, surface, "");
                    entityRows++;
                    for (int m = 0; m < count; m++) {
                        int start = first + m * 300;
                        String text = m == 0 ? surface : e.nameAr();
                        mentions.printRecord(articleId, e.id(), start, start + text.length(), text, e.type(),
                                start / 150, "0.9");
                        mentionRows++;
                    }
                }
                arts.printRecord(articleId, "synthetic/" + articleId + ".txt", "ok", offset + 300,
                        (offset + 300) / 6, k, "");
            }
        }
        long bytes = 0;
        for (String f : new String[] {CsvSchema.ENTITIES_FILE, CsvSchema.MENTIONS_FILE, CsvSchema.ARTICLES_FILE}) {
            bytes += Files.size(dir.resolve(f));
        }
        return new Written(articles, entityRows, mentionRows, bytes);
    }

    private static double[] zipfCumulative(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int sample(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
