package org.arabicner.cli;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.arabicner.output.SpreadsheetSafe;
import org.arabicner.query.ResultTable;
import org.arabicner.text.ArabicNormalizer;

/**
 * Prints a {@link ResultTable} as an aligned text table, as CSV (RFC 4180) or as JSON
 * (an array of objects).
 *
 * <p>In the text table, widths are terminal columns ({@link DisplayWidth}), so Arabic with
 * diacritics lines up; numeric columns and columns that hold mostly Arabic are
 * right-aligned, the rest left-aligned; cells wider than {@code maxWidth} are cut with …;
 * list values are joined with {@code |}. Immutable and thread-safe; each call writes to
 * the writer it is given.
 */
public final class TablePrinter {

    /** Output formats. */
    public enum Format { TABLE, CSV, JSON }

    private final Format format;
    private final int maxWidth;

    public TablePrinter(Format format, int maxWidth) {
        this.format = format;
        this.maxWidth = Math.max(4, maxWidth);
    }

    public void print(ResultTable table, PrintWriter out) {
        switch (format) {
            case CSV -> csv(table, out);
            case JSON -> json(table, out);
            default -> text(table, out);
        }
        out.flush();
    }

    private void text(ResultTable table, PrintWriter out) {
        int n = table.columns().size();
        List<String[]> cells = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            String[] r = new String[n];
            for (int c = 0; c < n; c++) {
                r[c] = DisplayWidth.truncate(oneLine(text(row.get(c))), maxWidth);
            }
            cells.add(r);
        }
        int[] width = new int[n];
        boolean[] right = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = DisplayWidth.of(table.columns().get(c));
            int numeric = 0;
            int arabic = 0;
            int filled = 0;
            for (int r = 0; r < cells.size(); r++) {
                width[c] = Math.max(width[c], DisplayWidth.of(cells.get(r)[c]));
                Object v = table.rows().get(r).get(c);
                if (v == null || cells.get(r)[c].isEmpty()) {
                    continue;
                }
                filled++;
                numeric += v instanceof Number ? 1 : 0;
                arabic += hasArabic(cells.get(r)[c]) ? 1 : 0;
            }
            right[c] = filled > 0 && (numeric == filled || 2 * arabic >= filled);
        }
        out.println(line(table.columns().toArray(new String[0]), width, right));
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        out.println(line(rule, width, right));
        for (String[] r : cells) {
            out.println(line(r, width, right));
        }
    }

    private static String line(String[] cells, int[] width, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - DisplayWidth.of(cells[c]));
            if (c > 0) {
                sb.append("  ");
            }
            if (right[c]) {
                sb.append(pad).append(cells[c]);
            } else {
                sb.append(cells[c]);
                if (c < cells.length - 1) {
                    sb.append(pad);
                }
            }
        }
        return sb.toString().stripTrailing(); // empty last cells leave separators behind
    }

    private static void csv(ResultTable table, PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                List<String> values = new ArrayList<>(row.size());
                for (Object v : row) {
                    // numbers stay numbers; text a spreadsheet would run as a formula is quoted
                    values.add(v instanceof Number ? text(v) : SpreadsheetSafe.neutralise(text(v)));
                }
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(ResultTable table, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : table.asMaps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            row.forEach((k, v) -> m.put(k, jsonValue(v)));
            rows.add(m);
        }
        out.println(new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
                .create().toJson(rows));
    }

    /** Numbers, booleans, lists and maps as themselves; everything else as text. */
    private static Object jsonValue(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(TablePrinter::jsonValue).toList();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), jsonValue(x)));
            return m;
        }
        return text(v);
    }

    /** A value as cell text: null as empty, lists joined with |. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o));
            }
            return String.join("|", parts);
        }
        if (v instanceof byte[] b) {
            return java.util.HexFormat.of().formatHex(b);
        }
        return v.toString();
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0
                ? s : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ArabicNormalizer.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
