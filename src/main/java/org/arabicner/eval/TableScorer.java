package org.arabicner.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.arabicner.eval.TableGold.GoldArticle;
import org.arabicner.eval.TableGold.GoldEntity;
import org.arabicner.output.CsvSchema;
import org.arabicner.text.EntityType;
import org.arabicner.text.Names;

/**
 * Scores a run's entity tables against a {@link TableGold}, table by table. A system row matches a
 * gold entity when the types agree and one of the row's names (its {@code name_ar} or a surface
 * form) equals one of the gold's ({@code name_ar} or a form) after {@link Names#arabicKey};
 * each row and each gold entity is matched at most once (a maximum bipartite matching per article,
 * so the score does not depend on row order). Reported: precision/recall/F1 overall and per type,
 * the same with types ignored, and the share of typed matches whose English name is one of the
 * gold's (compared without case, accents and punctuation). Stateless; thread-safe.
 */
public final class TableScorer {

    /** One row of a run's {@code entities.csv}. */
    public record SystemRow(String articleId, EntityType type, String nameAr, String nameEn, List<String> forms) {
        public SystemRow {
            forms = List.copyOf(forms);
        }

        String describe() {
            return type + " " + nameAr + (nameEn.isEmpty() ? "" : " (" + nameEn + ")");
        }
    }

    /**
     * The scores of one evaluation.
     *
     * @param typed      P/R/F1 overall and per type (a false positive counts under the row's type, a
     *                   false negative under the gold's)
     * @param untyped    the same with types ignored
     * @param englishOk  typed matches whose English name is acceptable
     * @param englishAll typed matches whose gold lists an English name
     * @param articles   gold articles scored
     * @param missing    gold articles absent from the run (all their entities count as missed)
     * @param errors     per article: gold entities missed ({@code -}), rows that match nothing
     *                   ({@code +}), matches with a wrong English name ({@code ~})
     */
    public record Result(Scores typed, Counts untyped, int englishOk, int englishAll, int articles,
                         List<String> missing, Map<String, List<String>> errors) {

        public double englishAccuracy() {
            return englishAll == 0 ? 0.0 : (double) englishOk / englishAll;
        }

        public JsonObject toJson() {
            JsonObject o = typed.toJson();
            JsonObject u = new JsonObject();
            u.addProperty("precision", round(untyped.precision()));
            u.addProperty("recall", round(untyped.recall()));
            u.addProperty("f1", round(untyped.f1()));
            u.addProperty("tp", untyped.tp());
            u.addProperty("fp", untyped.fp());
            u.addProperty("fn", untyped.fn());
            o.add("untyped", u);
            JsonObject en = new JsonObject();
            en.addProperty("accuracy", round(englishAccuracy()));
            en.addProperty("correct", englishOk);
            en.addProperty("matched", englishAll);
            o.add("english", en);
            o.addProperty("articles", articles);
            JsonArray m = new JsonArray();
            missing.forEach(m::add);
            o.add("missing_articles", m);
            return o;
        }

        public String toTable() {
            StringBuilder sb = new StringBuilder(typed.toTable());
            sb.append(String.format(Locale.ROOT, "%-6s %7.2f %7.2f %7.2f %6d %6d %6d%n", "untyped",
                    100 * untyped.precision(), 100 * untyped.recall(), 100 * untyped.f1(),
                    untyped.tp(), untyped.fp(), untyped.fn()));
            sb.append(String.format(Locale.ROOT, "English names of matched rows: %.2f%% (%d of %d)%n",
                    100 * englishAccuracy(), englishOk, englishAll));
            return sb.toString();
        }

        private static double round(double x) {
            return Math.round(x * 10000.0) / 10000.0;
        }
    }

    /** Scores {@code rows} (any articles; rows of articles not in the gold are ignored). */
    public Result score(TableGold gold, List<SystemRow> rows, Set<String> articlesRun) {
        Map<String, List<SystemRow>> byArticle = new HashMap<>();
        for (SystemRow r : rows) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] untyped = new int[3];
        int englishOk = 0;
        int englishAll = 0;
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (GoldArticle a : gold.articles()) {
            if (!articlesRun.contains(a.id())) {
                missing.add(a.id());
            }
            List<SystemRow> sys = byArticle.getOrDefault(a.id(), List.of());
            List<GoldEntity> g = a.entities();
            int[] match = match(g, sys, true);
            List<String> notes = new ArrayList<>();
            boolean[] rowUsed = new boolean[sys.size()];
            for (int i = 0; i < g.size(); i++) {
                if (match[i] < 0) {
                    counts.computeIfAbsent(g.get(i).type().name(), k -> new int[3])[2]++;
                    notes.add("- " + g.get(i).type() + " " + g.get(i).nameAr());
                    continue;
                }
                SystemRow r = sys.get(match[i]);
                rowUsed[match[i]] = true;
                counts.computeIfAbsent(r.type().name(), k -> new int[3])[0]++;
                if (!g.get(i).nameEn().isEmpty()) {
                    englishAll++;
                    if (englishOk(r.nameEn(), g.get(i).nameEn())) {
                        englishOk++;
                    } else {
                        notes.add("~ " + r.describe() + " should be " + String.join(" / ", g.get(i).nameEn()));
                    }
                }
            }
            for (int j = 0; j < sys.size(); j++) {
                if (!rowUsed[j]) {
                    counts.computeIfAbsent(sys.get(j).type().name(), k -> new int[3])[1]++;
                    notes.add("+ " + sys.get(j).describe());
                }
            }
            int tpAny = (int) Arrays.stream(match(g, sys, false)).filter(x -> x >= 0).count();
            untyped[0] += tpAny;
            untyped[1] += sys.size() - tpAny;
            untyped[2] += g.size() - tpAny;
            if (!notes.isEmpty()) {
                errors.put(a.id(), notes);
            }
        }
        Map<String, Counts> types = new HashMap<>();
        Counts micro = Counts.ZERO;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            types.put(e.getKey(), c);
            micro = micro.plus(c);
        }
        return new Result(new Scores(micro, types), new Counts(untyped[0], untyped[1], untyped[2]),
                englishOk, englishAll, gold.articles().size(), missing, errors);
    }

    /**
     * A maximum one-to-one matching of gold entities to rows (Kuhn's augmenting paths; tables are
     * small): for each gold entity the index of its row, or -1.
     */
    static int[] match(List<GoldEntity> gold, List<SystemRow> rows, boolean typed) {
        List<List<Integer>> edges = new ArrayList<>();
        for (GoldEntity g : gold) {
            Set<String> keys = keys(g.nameAr(), g.forms());
            List<Integer> e = new ArrayList<>();
            for (int j = 0; j < rows.size(); j++) {
                SystemRow r = rows.get(j);
                if ((!typed || r.type() == g.type()) && intersects(keys, keys(r.nameAr(), r.forms()))) {
                    e.add(j);
                }
            }
            edges.add(e);
        }
        int[] rowOwner = new int[rows.size()];
        Arrays.fill(rowOwner, -1);
        for (int i = 0; i < gold.size(); i++) {
            augment(i, edges, rowOwner, new boolean[rows.size()]);
        }
        int[] match = new int[gold.size()];
        Arrays.fill(match, -1);
        for (int j = 0; j < rowOwner.length; j++) {
            if (rowOwner[j] >= 0) {
                match[rowOwner[j]] = j;
            }
        }
        return match;
    }

    private static boolean augment(int g, List<List<Integer>> edges, int[] rowOwner, boolean[] seen) {
        for (int j : edges.get(g)) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (rowOwner[j] < 0 || augment(rowOwner[j], edges, rowOwner, seen)) {
                rowOwner[j] = g;
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(String name, List<String> forms) {
        Set<String> keys = new HashSet<>();
        keys.add(Names.arabicKey(name));
        for (String f : forms) {
            keys.add(Names.arabicKey(f));
        }
        keys.remove("");
        return keys;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code system} is one of the {@code acceptable} English names, ignoring case, accents and punctuation. */
    static boolean englishOk(String system, List<String> acceptable) {
        String s = Names.englishKey(system);
        if (s.isEmpty()) {
            return false;
        }
        for (String a : acceptable) {
            if (Names.englishKey(a).equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** The rows of a run's {@code entities.csv} (columns as {@code output.CsvSchema} names them). */
    public static List<SystemRow> readEntities(Path entitiesCsv) {
        List<SystemRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(withoutBom(entitiesCsv), format)) {
            for (CSVRecord rec : p) {
                String forms = rec.get("surface_forms");
                rows.add(new SystemRow(stripBom(rec.get("article_id")), EntityType.parse(rec.get("type")),
                        rec.get("name_ar"), rec.get("name_en"),
                        forms.isEmpty() ? List.of() : List.of(forms.split(Pattern.quote(CsvSchema.LIST_SEPARATOR)))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entitiesCsv + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Article ids of a run's {@code articles.csv} with status {@code ok}. */
    public static Set<String> readArticlesOk(Path articlesCsv) {
        Set<String> ids = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(withoutBom(articlesCsv), format)) {
            for (CSVRecord rec : p) {
                if ("ok".equals(rec.get("status"))) {
                    ids.add(stripBom(rec.get("article_id")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + articlesCsv + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** The file's text without a leading byte-order mark (written by {@code run --bom}). */
    private static String withoutBom(Path csv) throws IOException {
        return stripBom(Files.readString(csv, StandardCharsets.UTF_8));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
