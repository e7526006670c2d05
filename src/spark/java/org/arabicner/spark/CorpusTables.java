package org.arabicner.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.arabicner.output.CsvSchema;
import org.arabicner.store.CorpusFiles;

/**
 * The job's three output tables, with exactly the columns of the CSV contract
 * ({@link CsvSchema}), in its order. Inside the job every value is the CSV contract's text, so
 * the CSV output is byte for byte what the local batch writes; Parquet output gives the columns
 * their types (see {@link #typed}).
 * Stateless.
 */
final class CorpusTables {

    static final String ENTITIES = CorpusFiles.ENTITIES;
    static final String MENTIONS = CorpusFiles.MENTIONS;
    static final String ARTICLES = CorpusFiles.ARTICLES;

    private static final Set<String> INTEGER_COLUMNS = Set.of("mentions", "first_start", "start", "end",
            "sentence", "chars", "tokens", "entities");
    private static final Set<String> DOUBLE_COLUMNS = Set.of("confidence");

    static final StructType ENTITY_ROW = textStruct(CsvSchema.ENTITIES);
    static final StructType MENTION_ROW = textStruct(CsvSchema.MENTIONS);

    /**
     * One annotated article: its {@code articles} row, then its {@code entities} and
     * {@code mentions} rows.
     */
    static final StructType RESULT = textStruct(CsvSchema.ARTICLES)
            .add("entity_rows", DataTypes.createArrayType(ENTITY_ROW, false), false)
            .add("mention_rows", DataTypes.createArrayType(MENTION_ROW, false), false);

    private CorpusTables() {
    }

    static StructType textStruct(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The {@code articles}, {@code entities} or {@code mentions} table of the job's results, as text. */
    static Dataset<Row> table(Dataset<Row> results, String table) {
        if (table.equals(ARTICLES)) {
            return results.select(columns(CsvSchema.ARTICLES, ""));
        }
        if (table.equals(ENTITIES)) {
            return results.select(org.apache.spark.sql.functions.explode(col("entity_rows")).as("r"))
                    .select(columns(CsvSchema.ENTITIES, "r."));
        }
        if (table.equals(MENTIONS)) {
            return results.select(org.apache.spark.sql.functions.explode(col("mention_rows")).as("r"))
                    .select(columns(CsvSchema.MENTIONS, "r."));
        }
        throw new IllegalArgumentException("no table " + table);
    }

    /**
     * The columns of the CSV contract under their types for Parquet: integers and a double where
     * the CSV has numbers (an empty cell is null), lists of strings for the
     * {@link CsvSchema#LIST_COLUMNS list columns} (as in the corpus database), else strings.
     */
    static Dataset<Row> typed(Dataset<Row> textTable) {
        List<Column> cols = new ArrayList<>();
        for (String c : textTable.columns()) {
            DataType type = INTEGER_COLUMNS.contains(c) ? DataTypes.IntegerType
                    : DOUBLE_COLUMNS.contains(c) ? DataTypes.DoubleType : null;
            Column column = col(quoted(c));
            if (CsvSchema.LIST_COLUMNS.contains(c)) {
                String separator = java.util.regex.Pattern.quote(CsvSchema.LIST_SEPARATOR);
                cols.add(org.apache.spark.sql.functions.filter(org.apache.spark.sql.functions.split(column, separator),
                        v -> v.notEqual("")).as(c));
            } else {
                cols.add(type == null ? column : org.apache.spark.sql.functions.nullif(column,
                        org.apache.spark.sql.functions.lit("")).cast(type).as(c));
            }
        }
        return textTable.select(cols.toArray(Column[]::new));
    }

    private static Column[] columns(List<String> names, String prefix) {
        return names.stream().map(n -> col(prefix + quoted(n)).as(n)).toArray(Column[]::new);
    }

    private static String quoted(String column) {
        return "`" + column + "`";
    }
}
