package org.arabicner.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.kb.KbEntry;
import org.arabicner.kb.KnowledgeBase;
import org.arabicner.ner.CommonWordNames;
import org.arabicner.output.AtomicFiles;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.train.CommonWordCounter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arner kb common-words}: counts, in the unlabeled corpora, how often each one-word name of
 * the knowledge base is written as a name and how often inflected like a common word
 * ({@link CommonWordCounter}), into {@code models/backoff-common-words.tsv}, which the dictionary
 * back-off reads to know which names need support. One instance per run.
 */
@Command(name = "common-words", mixinStandardHelpOptions = true,
        description = "Learn which one-word knowledge-base names are also common words, from"
                + " DIR/unlabeled/*.txt.gz; writes models/" + CommonWordNames.DEFAULT_FILE + ".")
public final class KbCommonWordsCommand implements Callable<Integer> {

    static final List<String> CORPORA = List.of("unlabeled/ant-news-2017.txt.gz", "unlabeled/arwiki-comparable-2017.txt.gz");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Shared data root (default: ${DEFAULT-VALUE}).")
    Path data = SharedData.root();

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("models", CommonWordNames.DEFAULT_FILE);

    @Override
    public Integer call() throws Exception {
        for (String c : CORPORA) {
            if (!Files.isRegularFile(data.resolve(c))) {
                spec.commandLine().getErr().println("error: " + data.resolve(c) + " not found: pass --data DIR"
                        + " pointing at the shared data, or set ARNER_DATA");
                return 2;
            }
        }
        Set<String> names = new HashSet<>();
        for (KbEntry e : KnowledgeBase.loadDefault().entries()) {
            for (String n : e.namesAr()) {
                names.add(ArabicNormalizer.normalize(n));
            }
        }
        CommonWordCounter counter = new CommonWordCounter(names);
        long t0 = System.nanoTime();
        for (String c : CORPORA) {
            counter.read(data.resolve(c));
        }
        Map<String, CommonWordCounter.Count> counts = counter.counts();
        int[] written = new int[2];
        AtomicFiles.write(out, o -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            w.write("# one-word knowledge-base names: times written as the name, times inflected like a common word"
                    + " (./arner kb common-words over " + String.join(", ", CORPORA) + ")\n");
            w.write("# name\tas_name\tinflected\n");
            for (Map.Entry<String, CommonWordCounter.Count> e : counts.entrySet()) {
                CommonWordCounter.Count c = e.getValue();
                if (c.asName() + c.inflected() == 0) {
                    continue;
                }
                written[0]++;
                if (c.inflectedShare() >= CommonWordNames.COMMON_SHARE) {
                    written[1]++;
                }
                w.write(e.getKey() + "\t" + c.asName() + "\t" + c.inflected() + "\n");
            }
            w.flush();
        });
        spec.commandLine().getOut().printf("wrote %s: %d names seen in the corpora, %d of them common words"
                + " (inflected share >= %.2f), in %.0f s%n", out, written[0], written[1], CommonWordNames.COMMON_SHARE,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
