package org.arabicner.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (OWASP's rule for CSV
 * injection): a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading single quote, so that {@code =HYPERLINK(…)} is shown as text.
 * Numeric columns are left alone (a negative offset is a number, not a formula).
 *
 * <p>The rule is reversible, so the corpus store can keep the raw value: a quote is added to
 * every text cell matching {@code '*[=+\-@\t\r].*} (any quotes, then a trigger), and
 * {@link #restore} removes one quote from every cell matching {@code '+[=+\-@\t\r].*}. A raw
 * value that already starts with quotes and a trigger thus gains one more quote and loses it
 * again. Stateless and thread-safe.
 */
public final class SpreadsheetSafe {

    /** The characters that make a spreadsheet cell a formula. */
    static final String TRIGGERS = "=+-@\t\r";

    /** A cell a spreadsheet would run as a formula starts so (after any quotes already there); Java regex syntax. */
    public static final String NEEDS_QUOTE_REGEX = "^'*[=+\\-@\t\r]";
    private static final Pattern NEEDS_QUOTE = Pattern.compile(NEEDS_QUOTE_REGEX, Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("^'+[=+\\-@\t\r]", Pattern.DOTALL);

    /**
     * The same test as {@link #restore} as a DuckDB (RE2) regular expression, for SQL that reads
     * the CSVs: {@code CASE WHEN regexp_matches(c, RESTORE_REGEX) THEN substr(c, 2) ELSE c END}.
     */
    public static final String RESTORE_REGEX = "^'+[=+\\-@\t\r]";

    private SpreadsheetSafe() {
    }

    /** The cell as written to a CSV file. */
    public static String neutralise(String cell) {
        return cell != null && NEEDS_QUOTE.matcher(cell).lookingAt() ? "'" + cell : cell;
    }

    /** The raw value of a cell {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell != null && QUOTED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    /** SQL restoring the raw value of the text column {@code column} (an SQL expression). */
    public static String restoreSql(String column) {
        return "CASE WHEN regexp_matches(" + column + ", '" + RESTORE_REGEX.replace("'", "''") + "') THEN substr("
                + column + ", 2) ELSE " + column + " END";
    }

    /** {@code row} with its text cells neutralised; cells of the columns in {@code numeric} are kept. */
    public static List<String> row(List<String> header, Set<String> numeric, List<String> row) {
        List<String> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            boolean number = i < header.size() && numeric.contains(header.get(i));
            out.add(number ? row.get(i) : neutralise(row.get(i)));
        }
        return out;
    }
}
