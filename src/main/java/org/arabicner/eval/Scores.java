package org.arabicner.eval;

import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Entity-level scores: micro-averaged and per type (types sorted by name). */
public record Scores(Counts micro, Map<String, Counts> types) {

    public Scores {
        types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** {@code {"micro":{…},"types":{"LOC":{…},…}}} with precision, recall, f1 (0–1), tp, fp, fn. */
    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.add("micro", json(micro));
        JsonObject t = new JsonObject();
        types.forEach((k, v) -> t.add(k, json(v)));
        root.add("types", t);
        return root;
    }

    private static JsonObject json(Counts c) {
        JsonObject o = new JsonObject();
        o.addProperty("precision", round(c.precision()));
        o.addProperty("recall", round(c.recall()));
        o.addProperty("f1", round(c.f1()));
        o.addProperty("tp", c.tp());
        o.addProperty("fp", c.fp());
        o.addProperty("fn", c.fn());
        return o;
    }

    private static double round(double x) {
        return Math.round(x * 10000.0) / 10000.0;
    }

    /** A fixed-width table in percent, one row per type and a micro row. */
    public String toTable() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s %6s%n",
                "type", "P", "R", "F1", "tp", "fp", "fn"));
        types.forEach((k, v) -> sb.append(row(k, v)));
        sb.append(row("micro", micro));
        return sb.toString();
    }

    private static String row(String name, Counts c) {
        return String.format(Locale.ROOT, "%-6s %7.2f %7.2f %7.2f %6d %6d %6d%n", name,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.tp(), c.fp(), c.fn());
    }
}
