package org.arabicner.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.arabicner.ingest.Article;
import org.arabicner.ingest.ArticleSources;
import org.arabicner.ingest.BadInput;
import org.arabicner.store.CorpusFiles;
import org.arabicner.table.Entity;
import org.arabicner.text.EntityType;

/**
 * Renders a batch output directory as static HTML pages that open offline:
 * <pre>
 * html/index.html               the corpus overview
 * html/articles/&lt;id&gt;.html      one page per annotated article
 * html/entities/&lt;TYPE&gt;-&lt;n&gt;.html the articles of each entity the overview lists
 * </pre>
 * The entity tables come from the output's CSV files; the CSVs do not hold the article text, so
 * each article is read again from the {@code source} recorded in {@code articles.csv} (through
 * {@link ArticleSources}, as the batch read it) and checked against the recorded length and
 * mention offsets. An article whose source is gone or changed gets a page with its entity table
 * and a note saying why the text is missing. The same output gives the same pages, byte for byte.
 *
 * <p>Instances are immutable; {@link #render} may run concurrently for distinct target directories.
 */
public final class HtmlRenderer {

    /** Sub-directory of the article pages. */
    public static final String ARTICLES = "articles";
    /** Sub-directory of the entity pages. */
    public static final String ENTITIES = "entities";
    /** The overview page. */
    public static final String INDEX = "index.html";

    private final int threads;
    private final int topPerType;
    private final PageAssets assets = PageAssets.load();

    /**
     * @param threads    threads rendering and writing pages
     * @param topPerType how many of the most frequent entities of each type the overview lists
     */
    public HtmlRenderer(int threads, int topPerType) {
        if (threads < 1 || topPerType < 0) {
            throw new IllegalArgumentException("threads must be >= 1 and topPerType >= 0");
        }
        this.threads = threads;
        this.topPerType = topPerType;
    }

    /**
     * Renders the batch output in {@code outDir} into {@code htmlDir}.
     *
     * @param sourcesBase the directory relative {@code source} paths are resolved against (where
     *                    the batch was started)
     * @throws IllegalArgumentException when {@code outDir} is not a batch output (naming what is missing)
     */
    public RenderReport render(Path outDir, Path htmlDir, Path sourcesBase) throws IOException {
        long t0 = System.nanoTime();
        CorpusTables tables = CorpusTables.read(new CorpusFiles(outDir));

        Map<String, ArticleRow> annotated = new TreeMap<>();
        List<ArticleRow> errors = new ArrayList<>();
        for (ArticleRow r : tables.articles()) {
            if (r.ok()) {
                annotated.putIfAbsent(r.articleId(), r);
            } else {
                errors.add(r);
            }
        }
        errors.sort(Comparator.comparing(ArticleRow::articleId).thenComparing(ArticleRow::source));
        List<String> ids = new ArrayList<>(annotated.keySet());
        Map<String, String> fileNames = new HashMap<>();
        for (String id : ids) {
            fileNames.put(id, Html.fileName(id));
        }

        Path articleDir = htmlDir.resolve(ARTICLES);
        Path entityDir = htmlDir.resolve(ENTITIES);
        Files.createDirectories(articleDir);
        Files.createDirectories(entityDir);

        Map<String, List<ArticleRow>> bySource = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ArticleRow r = annotated.get(ids.get(i));
            bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
            position.put(r.articleId(), i);
        }

        Map<String, String> problems = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 8);
        List<Future<?>> pending = new ArrayList<>();
        try {
            new ArticleSources(sourcesBase).read(bySource.keySet(), reread -> {
                for (ArticleRow row : bySource.get(reread.source())) {
                    List<Entity> entities = tables.entitiesOf(row.articleId());
                    String text = null;
                    String problem;
                    if (reread.input() instanceof Article a) {
                        problem = a.id().equals(row.articleId()) ? ArticlePage.mismatch(row, entities, a.text())
                                : "the source now holds article '" + a.id() + "'; it changed since the run, run the"
                                        + " batch again";
                        text = problem == null ? a.text() : null;
                    } else {
                        problem = ((BadInput) reread.input()).error();
                    }
                    if (problem != null) {
                        problems.put(row.articleId(), problem);
                    }
                    int at = position.get(row.articleId());
                    ArticlePage.Links links = new ArticlePage.Links("../" + INDEX,
                            at > 0 ? Html.href(fileNames.get(ids.get(at - 1))) : null,
                            at + 1 < ids.size() ? Html.href(fileNames.get(ids.get(at + 1))) : null);
                    String pageText = text;
                    String pageProblem = problem;
                    inFlight.acquireUninterruptibly();
                    pending.add(pool.submit(() -> {
                        try {
                            write(articleDir.resolve(fileNames.get(row.articleId())),
                                    ArticlePage.render(row, entities, pageText, pageProblem, links, assets));
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    }));
                }
            });
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("rendering failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        removeStale(articleDir, new HashSet<>(fileNames.values()));

        List<IndexPage.Listed> listed = new ArrayList<>();
        for (String id : ids) {
            listed.add(new IndexPage.Listed(annotated.get(id), tables.entitiesOf(id), problems.get(id)));
        }
        Map<String, CorpusEntity> corpusEntities = corpusEntities(listed);
        Map<EntityType, List<CorpusEntity>> top = top(corpusEntities.values());
        Map<CorpusEntity, String> entityFiles = new HashMap<>();
        for (List<CorpusEntity> list : top.values()) {
            for (int i = 0; i < list.size(); i++) {
                entityFiles.put(list.get(i), list.get(i).type().name() + "-" + (i + 1) + ".html");
            }
        }
        for (Map.Entry<CorpusEntity, String> e : entityFiles.entrySet()) {
            write(entityDir.resolve(e.getValue()), IndexPage.entityPage(e.getKey(),
                    id -> "../" + ARTICLES + "/" + Html.href(fileNames.get(id)), "../" + INDEX, assets));
        }
        removeStale(entityDir, new HashSet<>(entityFiles.values()));
        Path index = htmlDir.resolve(INDEX);
        write(index, IndexPage.render(listed, errors, top, id -> ARTICLES + "/" + Html.href(fileNames.get(id)),
                e -> ENTITIES + "/" + Html.href(entityFiles.get(e)), corpusEntities.size(), assets));
        return new RenderReport(index.toAbsolutePath(), ids.size(), problems.size(), errors.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Merges each entity id's rows across the articles (articles in id order). */
    private static Map<String, CorpusEntity> corpusEntities(List<IndexPage.Listed> articles) {
        final class Acc {
            final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
            final Map<String, Integer> namesEn = new HashMap<>();
            final Map<String, Integer> namesAr = new HashMap<>();
            String kbId = "";
            int mentions;
            final List<CorpusEntity.Occurrence> occurrences = new ArrayList<>();
        }
        Map<String, Acc> acc = new HashMap<>();
        for (IndexPage.Listed a : articles) {
            for (Entity e : a.entities()) {
                Acc x = acc.computeIfAbsent(e.entityId(), k -> new Acc());
                x.types.merge(e.type(), 1, Integer::sum);
                if (!e.nameEn().isEmpty()) {
                    x.namesEn.merge(e.nameEn(), 1, Integer::sum);
                }
                x.namesAr.merge(e.nameAr(), 1, Integer::sum);
                if (x.kbId.isEmpty()) {
                    x.kbId = e.kbId();
                }
                x.mentions += e.mentionCount();
                x.occurrences.add(new CorpusEntity.Occurrence(a.row().articleId(), e.mentionCount(), e.surfaceForms()));
            }
        }
        Map<String, CorpusEntity> out = new HashMap<>();
        acc.forEach((id, x) -> out.put(id, new CorpusEntity(id,
                x.types.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey(),
                mostCommon(x.namesEn), mostCommon(x.namesAr), x.kbId, x.mentions, List.copyOf(x.occurrences))));
        return out;
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
    }

    private Map<EntityType, List<CorpusEntity>> top(java.util.Collection<CorpusEntity> entities) {
        Map<EntityType, List<CorpusEntity>> byType = new EnumMap<>(EntityType.class);
        Comparator<CorpusEntity> order = Comparator.comparingInt((CorpusEntity e) -> -e.articles().size())
                .thenComparingInt(e -> -e.mentions()).thenComparing(CorpusEntity::entityId);
        for (CorpusEntity e : entities) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        byType.replaceAll((t, list) -> list.stream().sorted(order).limit(topPerType).toList());
        return byType;
    }

    private static void write(Path file, byte[] html) throws IOException {
        Files.write(file, html);
    }

    /** Deletes pages an earlier render left for articles or entities that are no longer there. */
    private static void removeStale(Path dir, Set<String> keep) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Files.list(dir)) {
            stale = files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(p -> !keep.contains(p.getFileName().toString())).toList();
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }
}
