package org.arabicner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.arabicner.config.SharedData;
import org.arabicner.corenlp.CoreNlpAnnotator;
import org.arabicner.corenlp.CrfTagger;
import org.arabicner.corenlp.train.CrfTrainer;
import org.arabicner.eval.NerEvaluator;
import org.arabicner.eval.Scores;
import org.arabicner.eval.TableGold;
import org.arabicner.ner.NameFinder;
import org.arabicner.ner.WordFeatureLexicon;
import org.arabicner.ner.neural.NeuralTagger;
import org.arabicner.train.ConllReader;
import org.arabicner.train.ConllSentence;
import org.arabicner.train.GazetteerBuilder;
import org.arabicner.train.LabelEncoding;
import org.arabicner.train.SelfTraining;
import org.arabicner.train.TaggedSentence;
import org.arabicner.train.TableProjector;
import org.arabicner.train.TaggedSentenceCache;
import org.arabicner.train.TrainingCorpus;
import org.arabicner.train.WikiFaneReader;
import org.arabicner.train.WordClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arner train}: trains the CRF NER model from CoNLL files with the properties file kept in
 * the repository. The last {@code --holdout} share of the training sentences is held out: a model
 * trained on the rest is scored on it (the figure to tune on), then, unless {@code --no-final},
 * the model is retrained on everything and written to {@code models/}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the Arabic NER model (CoreNLP CRF, or --tagger neural) and report its held-out score.")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The table gold of {@code eval-tables}, whose articles must never be trained on. */
    static final String EVAL_GOLD = "docs/eval/tables-gold.jsonl";
    static final String DEFAULT_PROPERTIES = "/org/arabicner/ner/arabic-ner.prop";
    /** Project property (not CoreNLP's): {@code BIO} (default) or {@code IO} training labels. */
    static final String LABEL_ENCODING = "arner.labelEncoding";

    @Option(names = "--train", description = "CoNLL training file(s) (default: ../shared/data/anercorp/anercorp-train.conll)")
    List<Path> trainFiles = new ArrayList<>();

    @Option(names = "--props", description = "CRF properties file (default: the one in the jar, ${DEFAULT-VALUE})")
    Path propsFile;

    @Option(names = "--set", description = "Override a CRF property, e.g. --set sigma=10")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--holdout", defaultValue = "0.1", description = "Share of training sentences held out for tuning (default ${DEFAULT-VALUE})")
    double holdout;

    @Option(names = "--clusters", defaultValue = "400",
            description = "Number of word clusters to derive from ../shared/data/unlabeled (0 = none; default ${DEFAULT-VALUE})")
    int clusters;

    @Option(names = "--train-tables", description = "Entity-table annotations of news articles (JSON lines as"
            + " docs/eval/GUIDELINE.md describes, split \"train\"), projected onto the articles' words and added to the"
            + " training data; refused when an article is also in the evaluation gold " + EVAL_GOLD)
    List<Path> tableFiles = new ArrayList<>();

    @Option(names = "--wikifane", description = "Add WikiFANE Gold (../shared/data/wikifane, mapped to the four classes) to the training data")
    boolean wikifane;

    @Option(names = "--no-gazetteer", description = "No gazetteer features")
    boolean noGazetteer;

    @Option(names = "--gazetteer-sources", split = ",", defaultValue = "countries,geonames",
            description = "Gazetteer sources among countries, geonames, anetac (default ${DEFAULT-VALUE};"
                    + " ANETAC's terms forbid redistribution, so the shipped lexicon leaves it out)")
    List<String> gazetteerSources;

    @Option(names = "--no-final",
            description = "Stop after the held-out run, writing its model to --model (no retraining on all data)")
    boolean noFinal;

    @Option(names = "--model", description = "Output model (default: ${DEFAULT-VALUE}, under the project home)")
    Path model = SharedData.underHome("models/" + CrfTagger.DEFAULT_MODEL);

    @Option(names = "--threads", description = "Threads for segmentation and scoring (default: the number of cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cache", description = "Where derived training files are cached (default: ${DEFAULT-VALUE})")
    Path cacheDir = SharedData.underHome("out/ner-cache");

    @Option(names = "--tagger", defaultValue = "crf",
            description = "Which tagger to train: crf (CoreNLP CRF, the default), bilstm (plain-Java BiLSTM-CRF with a"
                    + " character CNN over subword embeddings; needs --embeddings) or neural (the older window network)")
    String taggerKind;

    @Option(names = "--embeddings", defaultValue = "models/" + NeuralCommandSupport.DEFAULT_EMBEDDINGS,
            description = "neural: subword embeddings file (from 'FastTextConverter'; default ${DEFAULT-VALUE})")
    Path embeddings;

    @Option(names = "--lexicon", defaultValue = "models/arabic-ner-crf.lexicon.tsv.gz",
            description = "neural: word cluster / gazetteer lexicon (default: the shipped CRF's, ${DEFAULT-VALUE})")
    Path lexiconFile;

    @Option(names = "--seed", defaultValue = "1", description = "neural: random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", defaultValue = "15",
            description = "neural: most epochs (early stopping on the held-out part; default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--self-train", defaultValue = "0", paramLabel = "N",
            description = "Self-training: label N articles of the ANT news corpus (none of the evaluation gold nor"
                    + " their near-duplicates, none of --train-tables) with the shipped CRF and add their sentences"
                    + " it is sure of to the training data (default ${DEFAULT-VALUE}: none)")
    int selfTrainArticles;

    @Option(names = "--self-train-min", defaultValue = "0.9", paramLabel = "P",
            description = "Self-training: keep a sentence when every token's label has at least this probability"
                    + " (default ${DEFAULT-VALUE})")
    double selfTrainMin;

    @Option(names = "--prepare-only", description = "Only segment the data and derive the feature lexicons (cached), then stop")
    boolean prepareOnly;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (trainFiles.isEmpty()) {
            trainFiles.add(SharedData.require("anercorp/anercorp-train.conll"));
        }
        if (!List.of("crf", "bilstm", "neural").contains(taggerKind)) {
            throw new ParameterException(spec.commandLine(), "--tagger must be crf, bilstm or neural, got '" + taggerKind + "'");
        }
        boolean bilstm = taggerKind.equals("bilstm");
        boolean neural = bilstm || taggerKind.equals("neural");
        Properties props = loadProperties();
        // the window network uses IO labels; the BiLSTM-CRF keeps the corpus's BIO labels
        boolean io = (neural && !bilstm) || "IO".equalsIgnoreCase((String) props.remove(LABEL_ENCODING));
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = CoreNlpAnnotator.withArabicModels();
        List<ConllSentence> gold = new ArrayList<>();
        List<TaggedSentence> tagged = new ArrayList<>();
        // the hold-out is the end of the first file (ANERcorp); further files always train
        int firstSize = -1;
        for (Path f : trainFiles) {
            List<ConllSentence> g = ConllReader.read(f);
            if (firstSize < 0) {
                firstSize = g.size();
            }
            gold.addAll(g);
            tagged.addAll(segmented(f, g, annotator));
        }
        for (Path f : tableFiles) {
            ProjectedTables p = projectedTables(f);
            gold.addAll(p.sentences());
            tagged.addAll(segmented(p.conll(), p.sentences(), annotator));
            System.out.printf(Locale.ROOT, "tables %s: %d sentences%n", f, p.sentences().size());
        }
        if (wikifane) {
            Path f = SharedData.require("wikifane/WikiFANE_Gold_2014_500K.txt");
            List<ConllSentence> g = WikiFaneReader.read(f);
            gold.addAll(g);
            tagged.addAll(segmented(f, g, annotator));
        }
        System.out.printf(Locale.ROOT, "data: %d sentences, segmented in %.0f s%n", gold.size(), secs(t0));
        if (selfTrainArticles > 0) {
            tagged.addAll(selfTrained(annotator));
        }
        if (io) {
            tagged = tagged.stream().map(LabelEncoding::toInsideOutside).toList();
        }
        if (neural) {
            if (prepareOnly) {
                return 0;
            }
            Path out = model.toString().equals("models/" + CrfTagger.DEFAULT_MODEL)
                    ? Path.of("models", NeuralTagger.DEFAULT_MODEL) : model;
            return NeuralCommandSupport.train(bilstm, tagged, gold, firstSize, holdout, embeddings, lexiconFile, seed,
                    epochs, out, annotator, threads);
        }
        WordFeatureLexicon lexicon = lexicon();
        if (prepareOnly) {
            return 0;
        }
        int cut = (int) Math.round(firstSize * (1 - holdout));
        if (holdout > 0) {
            int heldEnd = firstSize;
            List<TaggedSentence> part = new ArrayList<>(tagged.subList(0, cut));
            part.addAll(tagged.subList(heldEnd, tagged.size()));
            List<ConllSentence> held = gold.subList(cut, heldEnd);
            Path heldModel = !noFinal ? cacheDir.resolve("holdout-" + model.getFileName()) : model;
            long t1 = System.nanoTime();
            CrfTagger tagger = new CrfTrainer(props, lexicon).train(part, heldModel);
            System.out.printf(Locale.ROOT, "trained on %d sentences in %.0f s; wrote %s%n", part.size(), secs(t1),
                    heldModel.toAbsolutePath());
            NameFinder finder = new NameFinder(tagger);
            Scores s = new NerEvaluator(text -> finder.find(annotator.annotate(text)), threads,
                    NerEvaluator.DEFAULT_CHUNK).evaluate(held);
            System.out.printf(Locale.ROOT, "held-out (%d sentences):%n%s", held.size(), s.toTable());
            System.out.println("held-out json: " + s.toJson());
        }
        if (!noFinal || holdout <= 0) {
            long t2 = System.nanoTime();
            new CrfTrainer(props, lexicon).train(tagged, model);
            System.out.printf(Locale.ROOT, "final model on %d sentences in %.0f s: wrote %s (%d bytes) and its lexicon beside it%n",
                    tagged.size(), secs(t2), model.toAbsolutePath(), Files.size(model));
        }
        return 0;
    }

    private WordFeatureLexicon lexicon() {
        Map<String, String> clusterMap = Map.of();
        Map<String, String> gazMap = Map.of();
        if (clusters > 0) {
            long t = System.nanoTime();
            clusterMap = WordClusterer.cachedClusters(SharedData.require("unlabeled"), clusters,
                    cacheDir.resolve("clusters-" + clusters + ".tsv.gz"));
            System.out.printf(Locale.ROOT, "clusters: %d words in %d clusters (%.0f s)%n",
                    clusterMap.size(), clusters, secs(t));
        }
        if (!noGazetteer) {
            gazMap = new GazetteerBuilder(SharedData.find().orElseThrow(), gazetteerSources).build();
            System.out.printf(Locale.ROOT, "gazetteer: %d words from %s%n", gazMap.size(), gazetteerSources);
        }
        return new WordFeatureLexicon(clusterMap, gazMap);
    }

    /** Labelled sentences projected from table annotations, and the CoNLL file in the cache that holds them. */
    private record ProjectedTables(Path conll, List<ConllSentence> sentences) {
    }

    /**
     * Projects table annotations onto their articles' words (read from {@code ../shared/data}) and
     * writes them as a CoNLL file in the cache (the segmentation cache is keyed by that file), which
     * is the corpus text and so never leaves it. Articles of the evaluation gold are refused:
     * training on them would make its scores meaningless.
     */
    private ProjectedTables projectedTables(Path file) throws IOException {
        TableGold tables = TableGold.read(file);
        Set<String> evaluated = new HashSet<>();
        Path goldFile = SharedData.underHome(EVAL_GOLD);
        if (Files.isRegularFile(goldFile)) {
            TableGold.read(goldFile).articles().forEach(a -> evaluated.add(a.corpus() + "#" + a.index()));
        }
        for (TableGold.GoldArticle a : tables.articles()) {
            if (evaluated.contains(a.corpus() + "#" + a.index())) {
                throw new ParameterException(spec.commandLine(), file + ": article " + a.id()
                        + " is in the evaluation gold " + EVAL_GOLD + "; remove it from the training annotations");
            }
        }
        Map<String, String> texts = tables.texts(SharedData.find().orElseThrow(() -> new IllegalStateException(
                "--train-tables reads the articles from ../shared/data: put the corpora there or set ARNER_DATA")));
        List<ConllSentence> sentences = new ArrayList<>();
        StringBuilder conll = new StringBuilder();
        for (TableGold.GoldArticle a : tables.articles()) {
            for (ConllSentence s : TableProjector.project(texts.get(a.id()), a.entities())) {
                sentences.add(s);
                for (int i = 0; i < s.size(); i++) {
                    conll.append(s.words().get(i)).append(' ').append(s.tags().get(i)).append('\n');
                }
                conll.append('\n');
            }
        }
        Files.createDirectories(cacheDir);
        Path out = cacheDir.resolve("tables-" + file.getFileName() + ".conll");
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).contentEquals(conll)) {
            Files.writeString(out, conll, StandardCharsets.UTF_8);
        }
        return new ProjectedTables(out, sentences);
    }

    /**
     * {@link SelfTraining} on the ANT news corpus with the shipped CRF. Articles of the evaluation gold,
     * their near-duplicates and the articles of {@code --train-tables} are left out.
     */
    private List<TaggedSentence> selfTrained(CoreNlpAnnotator annotator) throws IOException {
        long t = System.nanoTime();
        Path data = SharedData.find().orElseThrow(() -> new IllegalStateException(
                "--self-train reads the ANT news corpus from ../shared/data: put the corpora there or set ARNER_DATA"));
        String corpusName = "unlabeled/ant-news-2017.txt.gz";
        Set<Integer> excluded = new HashSet<>();
        List<String> protectedTexts = new ArrayList<>();
        Path goldFile = SharedData.underHome(EVAL_GOLD);
        if (Files.isRegularFile(goldFile)) {
            TableGold evalGold = TableGold.read(goldFile);
            protectedTexts.addAll(evalGold.texts(data).values());
            evalGold.articles().stream().filter(a -> a.corpus().equals(corpusName)).forEach(a -> excluded.add(a.index()));
        }
        for (Path f : tableFiles) {
            TableGold.read(f).articles().stream().filter(a -> a.corpus().equals(corpusName))
                    .forEach(a -> excluded.add(a.index()));
        }
        Map<Integer, String> corpus = TableGold.allArticles(data.resolve(corpusName));
        List<Integer> picked = SelfTraining.pickArticles(corpus, excluded, protectedTexts, selfTrainArticles);
        List<String> texts = picked.stream().map(corpus::get).toList();
        List<TaggedSentence> out = SelfTraining.label(texts, annotator, CrfTagger.withDefaultModel(), selfTrainMin);
        System.out.printf(Locale.ROOT, "self-training: %d of %d articles (%d left out), %d sure sentences with names,"
                + " %d names, in %.0f s%n", picked.size(), corpus.size(), excluded.size(), out.size(),
                out.stream().mapToLong(s -> s.labels().stream().filter(l -> l.startsWith("B-")).count()).sum(), secs(t));
        return out;
    }

    private List<TaggedSentence> segmented(Path file, List<ConllSentence> gold, CoreNlpAnnotator annotator)
            throws IOException {
        String key = file.getFileName() + "-" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis();
        Path cache = cacheDir.resolve(key + ".tsv.gz");
        if (Files.exists(cache)) {
            List<TaggedSentence> cached = TaggedSentenceCache.read(cache);
            if (cached.size() == gold.size()) {
                return cached;
            }
        }
        List<TaggedSentence> out = new TrainingCorpus(annotator, threads).project(gold);
        TaggedSentenceCache.write(cache, out);
        return out;
    }

    private Properties loadProperties() throws IOException {
        Properties p = new Properties();
        if (propsFile != null) {
            try (Reader r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } else {
            try (InputStream in = TrainCommand.class.getResourceAsStream(DEFAULT_PROPERTIES)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        overrides.forEach(p::setProperty);
        return p;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
