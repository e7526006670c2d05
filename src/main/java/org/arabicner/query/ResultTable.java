package org.arabicner.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link EntityStore#sql}: column names and rows of plain Java values.
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link Double}, {@link Float}, {@link Short}, {@link Byte}, {@link java.math.BigDecimal},
 * {@link java.math.BigInteger}, {@link java.time.LocalDate}, {@link java.time.LocalTime},
 * {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime}, {@link java.util.UUID},
 * {@code byte[]}, {@link List} (for DuckDB lists and arrays) or {@link Map} (for structs and
 * maps) — never JDBC types. Anything else arrives as its string form. Immutable.
 *
 * @param columns the column names, in order
 * @param rows    the rows; each has one value per column
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // values may be null
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int size() {
        return rows.size();
    }

    /** The index of {@code column} (case-insensitive), or -1. */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The value in row {@code row} under {@code column}. */
    public Object get(int row, String column) {
        int c = columnIndex(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        }
        return rows.get(row).get(c);
    }

    /** Each row as a map from column name to value, in column order. */
    public List<Map<String, Object>> asMaps() {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
