package org.arabicner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.eval.TableGold;
import org.arabicner.eval.TableScorer;
import org.arabicner.output.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code arner eval-tables GOLD [OUT_DIR] [--split dev|test] [--articles DIR] [--json] [--errors]}:
 * scores a run's entity tables against a gold set of tables ({@link TableGold}), and writes the
 * gold articles, read from the corpora, as {@code DIR/<id>.txt} for a run.
 */
@Command(name = "eval-tables", mixinStandardHelpOptions = true,
        description = {"Score a run's entity tables (OUT_DIR/entities.csv) against a gold set of tables.",
                "Typical use:",
                "  ./arner eval-tables docs/eval/tables-gold.jsonl --split dev --articles gold-dev",
                "  ./arner run gold-dev --out out-dev",
                "  ./arner eval-tables docs/eval/tables-gold.jsonl out-dev --split dev"})
public final class EvalTablesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold tables (docs/eval/tables-gold.jsonl)")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT_DIR",
            description = "A run's output directory (holding entities.csv and articles.csv)")
    Path out;

    @Option(names = "--split", description = "Only the gold articles of this split: dev or test")
    String split;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Write the gold articles (read from the corpora, checked by SHA-256) as DIR/<id>.txt")
    Path articles;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the corpora are (default: ARNER_DATA, else ../shared/data)")
    Path data;

    @Option(names = "--json", description = "Print one JSON object instead of a table")
    boolean json;

    @Option(names = "--errors", description = "Also list, per article, missed (-), spurious (+) and wrongly named (~) entities")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (split != null && !split.equals("dev") && !split.equals("test")) {
            throw new ParameterException(spec.commandLine(), "--split is '" + split + "'; use dev or test");
        }
        if (!Files.isRegularFile(gold)) {
            throw new ParameterException(spec.commandLine(), "gold file " + gold + " not found: pass docs/eval/tables-gold.jsonl or another gold file");
        }
        if (out == null && articles == null) {
            throw new ParameterException(spec.commandLine(), "nothing to do: pass OUT_DIR to score a run, or --articles DIR to write the gold articles");
        }
        TableGold set = TableGold.read(gold).split(split);
        if (articles != null) {
            Map<String, String> texts = set.texts(data == null ? SharedData.root() : data);
            Files.createDirectories(articles);
            for (Map.Entry<String, String> t : texts.entrySet()) {
                byte[] bytes = t.getValue().getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(articles.resolve(t.getKey() + ".txt"), o -> o.write(bytes));
            }
            err.println("eval-tables: wrote " + texts.size() + " gold articles to " + articles);
        }
        if (out == null) {
            err.flush();
            return 0;
        }
        Path entities = out.resolve("entities.csv");
        Path articlesCsv = out.resolve("articles.csv");
        if (!Files.isRegularFile(entities) || !Files.isRegularFile(articlesCsv)) {
            throw new ParameterException(spec.commandLine(), out + " holds no entities.csv and articles.csv: run './arner run DIR --out "
                    + out + "' on the gold articles first (write them with --articles DIR)");
        }
        Set<String> run = TableScorer.readArticlesOk(articlesCsv);
        List<TableScorer.SystemRow> rows = TableScorer.readEntities(entities);
        TableScorer.Result result = new TableScorer().score(set, rows, run);
        if (!result.missing().isEmpty()) {
            err.println("eval-tables: warning: " + result.missing().size() + " gold articles are not in " + articlesCsv
                    + " (scored as all missed): " + String.join(" ", result.missing()));
        }
        if (json) {
            stdout.println(result.toJson());
        } else {
            stdout.printf(Locale.ROOT, "%s%s: %d articles%n%s", gold, split == null ? "" : " (" + split + ")",
                    result.articles(), result.toTable());
        }
        if (errors) {
            result.errors().forEach((id, notes) -> {
                stdout.println(id);
                notes.forEach(n -> stdout.println("  " + n));
            });
        }
        stdout.flush();
        err.flush();
        return 0;
    }
}
