package org.arabicner.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Stream;
import org.arabicner.ArticleEntities;
import org.arabicner.ner.Mention;
import org.arabicner.output.CorpusOutput;
import org.arabicner.render.HtmlRenderer;
import org.arabicner.render.RenderReport;
import org.arabicner.table.Entity;
import org.arabicner.table.EntityTable;
import org.arabicner.table.NameSource;
import org.arabicner.text.CharSpan;

/**
 * Times {@link HtmlRenderer} on a synthetic batch output: {@code articles} article files of about
 * 2,000 characters (the seed article's size) with {@code entitiesPerArticle} entities of 1-3
 * mentions each, named as {@link SyntheticCorpus} names them and drawn with a skew towards popular
 * ones, written through {@link CorpusOutput} as a real run writes them. Then renders the whole
 * output {@code runs} times and reports each run and the median. Deterministic for a seed.
 *
 * @param articles           synthetic articles
 * @param entitiesPerArticle distinct entities per article
 * @param runs               timed renders
 * @param threads            rendering threads
 * @param seed               random seed
 */
public record RenderBenchmark(int articles, int entitiesPerArticle, int runs, int threads, long seed) {

    private static final String[] FILLER = ("قال المتحدث في بيان صدر أمس إن الحكومة ستواصل العمل مع الشركاء"
            + " على تعزيز الأمن والاستقرار في المنطقة بعد اجتماع عقد في العاصمة وأضاف أن الوزارة تتابع الوضع"
            + " عن كثب وأن اللجنة ستقدم تقريرها خلال الأسابيع المقبلة").split(" ");

    public RenderBenchmark {
        if (articles < 1 || entitiesPerArticle < 1 || runs < 1 || threads < 1) {
            throw new IllegalArgumentException("articles, entities per article, runs and threads must be >= 1");
        }
    }

    /** Writes the synthetic articles and output under {@code work}, renders, and prints the figures. */
    public void run(Path work, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        Path texts = Files.createDirectories(work.resolve("articles"));
        Path output = work.resolve("out");
        SyntheticCorpus names = new SyntheticCorpus(articles, entitiesPerArticle, seed);
        SplittableRandom random = new SplittableRandom(seed);
        long bytes = 0;
        long mentions = 0;
        try (CorpusOutput o = CorpusOutput.open(output, false, false)) {
            for (int a = 0; a < articles; a++) {
                String id = String.format(Locale.ROOT, "%07d", a);
                ArticleEntities article = article(id, names, random);
                Path file = texts.resolve(id + ".txt");
                Files.writeString(file, article.text(), StandardCharsets.UTF_8);
                o.write(article, file.toString());
                bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
                mentions += article.mentions().size();
            }
            o.finish();
        }
        out.printf(Locale.ROOT, "wrote %d synthetic articles (%.1f MB of text, %d entities per article, %d mentions)"
                + " and their batch output in %.1f s%n", articles, bytes / 1e6, entitiesPerArticle, mentions,
                (System.nanoTime() - t0) / 1e9);
        out.flush();

        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        RenderReport last = null;
        for (int r = 0; r < runs; r++) {
            long c0 = processCpuNanos();
            last = new HtmlRenderer(threads, 15).render(output, work.resolve("html"), Path.of(""));
            seconds[r] = last.seconds();
            cpu[r] = (processCpuNanos() - c0) / 1e9;
            out.printf(Locale.ROOT, "render %d: %d pages in %.2f s wall, %.2f s CPU (all threads, JIT and GC included)%n",
                    r + 1, last.pages(), seconds[r], cpu[r]);
            out.flush();
        }
        if (last.withoutText() > 0) {
            throw new IllegalStateException(last.withoutText() + " pages without text: the benchmark's output is wrong");
        }
        double median = median(seconds);
        out.printf(Locale.ROOT, "median of %d renders: %.2f s wall (%.2f s CPU) for %d articles (%.0f articles/s, %d"
                + " threads); %.1f MB of HTML%n", runs, median, median(cpu), articles, articles / median, threads,
                size(work.resolve("html")) / 1e6);
    }

    /** One article: filler words with the entities' names between them, mentions at their offsets. */
    private ArticleEntities article(String id, SyntheticCorpus names, SplittableRandom random) {
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < entitiesPerArticle) {
            double u = random.nextDouble();
            chosen.add((int) (names.distinctEntities() * u * u * u)); // popular entities first
        }
        List<Integer> order = new ArrayList<>(chosen);
        order.sort(null);
        StringBuilder text = new StringBuilder();
        List<List<Mention>> found = new ArrayList<>();
        List<SyntheticCorpus.Entity> entities = new ArrayList<>();
        for (int i : order) {
            entities.add(names.entity(i));
            found.add(new ArrayList<>());
        }
        int sentence = 0;
        int placed = 0;
        int[] remaining = new int[entities.size()];
        for (int e = 0; e < remaining.length; e++) {
            remaining[e] = 1 + random.nextInt(3);
        }
        // ~2,000 characters: sentences of filler with one or two names each
        while (text.length() < 1900 || placed < remaining.length) {
            for (int w = 0, n = 6 + random.nextInt(8); w < n; w++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                if (w == n / 2) {
                    int e = placed < remaining.length ? placed++ : random.nextInt(remaining.length);
                    if (remaining[e] > 0) {
                        remaining[e]--;
                        SyntheticCorpus.Entity entity = entities.get(e);
                        int start = text.length();
                        text.append(entity.nameAr()).append(' ');
                        found.get(e).add(new Mention(new CharSpan(start, start + entity.nameAr().length()),
                                entity.nameAr(), entity.type(), sentence, 0.9));
                    }
                }
            }
            text.setCharAt(text.length() - 1, '.');
            text.append(' ');
            sentence++;
        }
        List<Entity> table = new ArrayList<>();
        for (int e = 0; e < entities.size(); e++) {
            SyntheticCorpus.Entity x = entities.get(e);
            if (found.get(e).isEmpty()) {
                continue;
            }
            table.add(new Entity(x.id(), x.type(), x.nameAr(), x.nameEn(),
                    x.kbId() != null ? NameSource.KB : NameSource.TRANSLITERATION, x.kbId(), found.get(e),
                    List.of(x.nameAr()), List.of()));
        }
        table.sort(Comparator.comparingInt(Entity::firstStart));
        return new ArticleEntities(id, text.toString().strip(), text.length() / 6, new EntityTable(id, table));
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** CPU time of this process, all threads; shows the work apart from waiting on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
