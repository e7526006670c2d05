package org.arabicner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arabicner.query.Cooccurrence;
import org.arabicner.query.CorpusEntity;
import org.arabicner.query.EntityOccurrence;
import org.arabicner.query.EntityStore;
import org.arabicner.query.ResultTable;
import org.arabicner.query.StoreException;
import org.arabicner.query.StoreSummary;
import org.arabicner.store.CorpusFiles;
import org.arabicner.store.CorpusIndexer;
import org.arabicner.text.EntityType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arner query <out>}: asks the corpus database of a batch run
 * ({@link EntityStore}) for entities by name, the top entities, co-occurring entities,
 * the articles of an entity, or anything in SQL; prints an aligned table, CSV or JSON.
 * Without a question it prints the corpus counts. Exit codes: 0 done (also when nothing
 * matched), 1 an entity to start from was not found or the SQL failed, 2 usage errors.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Query the corpus of a batch run: entities by name, top entities, co-occurrence,"
                + " articles of an entity, or SQL over tables articles, article_entities, mentions,"
                + " entities, name_keys.",
        footer = {"", "Examples:",
            "  arner query out --name Mosul",
            "  arner query out --name والموصل --json",
            "  arner query out --type PERS --top 20",
            "  arner query out --cooccurring \"Ryan Dillon\"",
            "  arner query out --in-article 000_1b8f06fc3ce38c5b --min-mentions 2",
            "  arner query out --sql \"SELECT type, count(*) AS n FROM entities GROUP BY type\" --csv"})
public final class QueryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT",
            description = "Batch output directory (holding entities.csv / corpus.duckdb) or a .duckdb file.")
    private Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Question question;

    @Option(names = "--reindex",
            description = "Build OUT/corpus.duckdb first when it is missing or older than the CSVs (as 'arner index OUT' does);"
                    + " without it such a store is an error.")
    private boolean reindex;

    static final class Question {
        @Option(names = "--name", paramLabel = "NAME",
                description = "Entities by English or Arabic name (spelling and clitics folded; exact, else prefix).")
        String name;

        @Option(names = "--top", paramLabel = "N", description = "The N entities in most articles (with --type: of that type).")
        Integer top;

        @Option(names = "--cooccurring", paramLabel = "NAME|ID",
                description = "Entities sharing articles with this entity, most shared first.")
        String cooccurring;

        @Option(names = "--articles", paramLabel = "NAME|ID", description = "The articles that mention this entity.")
        String articles;

        @Option(names = "--in-article", paramLabel = "ARTICLE_ID",
                description = "The entities of one article, in order of first mention.")
        String inArticle;

        @Option(names = "--sql", paramLabel = "SQL", description = "Any read-only SQL.")
        String sql;
    }

    @Option(names = "--type", paramLabel = "TYPE", description = "Only entities of this type: PERS, LOC, ORG or MISC.")
    private String type;

    @Option(names = "--min-mentions", paramLabel = "N", defaultValue = "0",
            description = "Only entities mentioned at least N times (in the article, with --in-article).")
    private int minMentions;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "0",
            description = "Only entities in at least N articles.")
    private int minArticles;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N rows for --name, --cooccurring, --articles and lists (default ${DEFAULT-VALUE}).")
    private int limit;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private FormatChoice formatChoice;

    static final class FormatChoice {
        @Option(names = "--csv", description = "Print CSV (RFC 4180) instead of a table.")
        boolean csv;

        @Option(names = "--json", description = "Print a JSON array of objects instead of a table.")
        boolean json;
    }

    @Option(names = "--max-width", paramLabel = "COLS", defaultValue = "48",
            description = "Cut table cells wider than COLS terminal columns (default ${DEFAULT-VALUE}).")
    private int maxWidth;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), "no such directory " + out + ": pass the output directory of a batch run");
        }
        EntityType entityType = null;
        if (type != null) {
            try {
                entityType = EntityType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (limit < 0 || minMentions < 0 || minArticles < 0 || (question != null && question.top != null && question.top < 0)) {
            throw new ParameterException(spec.commandLine(), "--limit, --top, --min-mentions and --min-articles must be >= 0");
        }
        TablePrinter printer = new TablePrinter(formatChoice == null ? TablePrinter.Format.TABLE
                : formatChoice.csv ? TablePrinter.Format.CSV : TablePrinter.Format.JSON, maxWidth);
        boolean stale = Files.isDirectory(out) && new CorpusFiles(out).hasCsv() && !CorpusIndexer.isCurrent(out);
        if (reindex && stale) {
            err.println("query: indexing " + out + " first (corpus.duckdb is missing or older than the CSVs)");
            err.flush();
        }
        try (EntityStore store = reindex ? EntityStore.reindexAndOpen(out) : EntityStore.open(out)) {
            Question q = question != null ? question : new Question();
            ResultTable table;
            if (q.name != null) {
                table = entityTable(store.find(q.name, limit), null);
            } else if (q.top != null) {
                table = entityTable(store.entities().type(entityType).minMentions(minMentions)
                        .minArticles(minArticles).limit(q.top).list(), null);
            } else if (q.cooccurring != null) {
                Optional<CorpusEntity> e = resolve(store, q.cooccurring, err);
                if (e.isEmpty()) {
                    return 1;
                }
                List<Cooccurrence> co = store.cooccurring(e.get(), limit);
                List<CorpusEntity> entities = co.stream().map(Cooccurrence::entity).toList();
                List<Integer> shared = co.stream().map(Cooccurrence::sharedArticles).toList();
                table = entityTable(entities, shared);
            } else if (q.articles != null) {
                Optional<CorpusEntity> e = resolve(store, q.articles, err);
                if (e.isEmpty()) {
                    return 1;
                }
                table = occurrenceTable(store.articlesMentioning(e.get().entityId(), limit));
            } else if (q.inArticle != null) {
                table = entityTable(store.entities().inArticle(q.inArticle).type(entityType)
                        .minMentions(minMentions).minArticles(minArticles).limit(limit).list(), null);
            } else if (q.sql != null) {
                table = store.sql(q.sql);
            } else if (entityType != null || minMentions > 0 || minArticles > 0) {
                table = entityTable(store.entities().type(entityType).minMentions(minMentions)
                        .minArticles(minArticles).limit(limit).list(), null);
            } else {
                table = summaryTable(store.summary());
            }
            printer.print(table, stdout);
            return 0;
        } catch (StoreException e) {
            err.println("query: " + e.getMessage());
            return 1;
        }
    }

    /** The entity an argument names: an entity id, else the best {@code find} hit. */
    private static Optional<CorpusEntity> resolve(EntityStore store, String nameOrId, PrintWriter err) {
        Optional<CorpusEntity> byId = store.entity(nameOrId);
        if (byId.isPresent()) {
            return byId;
        }
        List<CorpusEntity> hits = store.find(nameOrId, 2);
        if (hits.isEmpty()) {
            err.println("query: no entity named '" + nameOrId + "' in " + store.database()
                    + ": try --name with the start of the name");
            return Optional.empty();
        }
        if (hits.size() > 1) {
            CorpusEntity h = hits.get(0);
            err.println("query: '" + nameOrId + "' is taken as " + h.entityId() + " (" + h.displayName()
                    + ", " + h.articles() + " articles); pass an entity id to choose another");
        }
        return Optional.of(hits.get(0));
    }

    static ResultTable entityTable(List<CorpusEntity> entities, List<Integer> shared) {
        List<String> columns = new ArrayList<>(List.of("entity_id", "type", "name_en", "name_ar",
                "articles", "mentions", "kb_id", "types"));
        if (shared != null) {
            columns.add(0, "shared");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            CorpusEntity e = entities.get(i);
            List<Object> row = new ArrayList<>(List.of(e.entityId(), e.type().name()));
            row.add(e.nameEn());
            row.add(e.nameAr());
            row.add(e.articles());
            row.add(e.mentions());
            row.add(e.kbId());
            row.add(e.types().stream().map(Enum::name).toList());
            if (shared != null) {
                row.add(0, shared.get(i));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    static ResultTable occurrenceTable(List<EntityOccurrence> occurrences) {
        List<List<Object>> rows = new ArrayList<>();
        for (EntityOccurrence o : occurrences) {
            List<Object> row = new ArrayList<>();
            row.add(o.articleId());
            row.add(o.source());
            row.add(o.type().name());
            row.add(o.mentions());
            row.add(o.firstStart() < 0 ? null : o.firstStart());
            row.add(o.surfaceForms());
            row.add(o.titles());
            rows.add(row);
        }
        return new ResultTable(List.of("article_id", "source", "type", "mentions", "first_start",
                "surface_forms", "titles"), rows);
    }

    private static ResultTable summaryTable(StoreSummary s) {
        List<List<Object>> rows = List.of(
                List.<Object>of("articles", s.articles()),
                List.<Object>of("failed articles", s.failedArticles()),
                List.<Object>of("corpus entities", s.corpusEntities()),
                List.<Object>of("article entities", s.articleEntities()),
                List.<Object>of("mentions", s.mentions()),
                List.<Object>of("built at", s.builtAt()));
        return new ResultTable(List.of("what", "value"), rows);
    }
}
