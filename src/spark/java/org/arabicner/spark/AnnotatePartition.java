package org.arabicner.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.arabicner.ArticleEntities;
import org.arabicner.batch.SafeAnnotator;
import org.arabicner.ingest.Article;
import org.arabicner.output.CsvSchema;

/**
 * Annotates one partition of input rows, sorted by article id and then by the order in which
 * the local batch reads them, into one result row per input row ({@link CorpusTables#RESULT}).
 * Rows stream through: the partition is never held in memory.
 *
 * <p>A second article with an id already seen from another source is a duplicate, as in the
 * local batch. Each article goes through the executor's {@link SafeAnnotator}, as in the local
 * batch: an article over the size limit, one still running at the time limit, and whatever
 * annotating one article throws become that article's error row, with the local batch's message,
 * so one poisoned article never fails the task, let alone the job.
 */
final class AnnotatePartition implements MapPartitionsFunction<Row, Row> {

    private final PipelineFactory pipeline;
    private final SafeAnnotator.Limits limits;

    AnnotatePartition(PipelineFactory pipeline, SafeAnnotator.Limits limits) {
        this.pipeline = pipeline;
        this.limits = limits;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        return new Iterator<>() {
            private String lastId;
            private String firstSource;

            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                Row in = inputs.next();
                String id = in.getAs("id");
                String source = in.getAs("source");
                if (id.equals(lastId)) {
                    if (!source.equals(firstSource)) {
                        return error(id, source, -1, "duplicate article id '" + id + "' in " + source
                                + " (first in " + firstSource + "): give each article a unique id");
                    }
                } else {
                    lastId = id;
                    firstSource = source;
                }
                String error = in.getAs("error");
                if (error != null) {
                    return error(id, source, -1, error);
                }
                return annotate(id, source, in.getAs("text"));
            }
        };
    }

    private Row annotate(String id, String source, String text) {
        SafeAnnotator.Outcome outcome = ExecutorPipeline.safe(pipeline, limits).annotate(new Article(id, source, text));
        if (outcome instanceof SafeAnnotator.Failure failure) {
            return result(failure.errorRow(), List.of(), List.of());
        }
        ArticleEntities result = ((SafeAnnotator.Success) outcome).result();
        List<Row> entities = new ArrayList<>();
        for (List<String> r : CsvSchema.entityRows(result)) {
            entities.add(RowFactory.create(r.toArray()));
        }
        List<Row> mentions = new ArrayList<>();
        for (List<String> r : CsvSchema.mentionRows(result)) {
            mentions.add(RowFactory.create(r.toArray()));
        }
        return result(CsvSchema.articleRow(result, source), entities, mentions);
    }

    private static Row error(String id, String source, int chars, String message) {
        return result(CsvSchema.errorRow(id, source, chars, message.replace('\n', ' ')), List.of(), List.of());
    }

    private static Row result(List<String> articleRow, List<Row> entities, List<Row> mentions) {
        Object[] values = new Object[articleRow.size() + 2];
        for (int i = 0; i < articleRow.size(); i++) {
            values[i] = articleRow.get(i);
        }
        values[articleRow.size()] = scala.jdk.javaapi.CollectionConverters.asScala(entities).toSeq();
        values[articleRow.size() + 1] = scala.jdk.javaapi.CollectionConverters.asScala(mentions).toSeq();
        return RowFactory.create(values);
    }
}
