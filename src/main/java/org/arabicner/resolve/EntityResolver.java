package org.arabicner.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.annotation.AnnotatedText;
import org.arabicner.annotation.Sentence;
import org.arabicner.annotation.Token;
import org.arabicner.ner.Mention;
import org.arabicner.table.Entity;
import org.arabicner.table.EntityTable;
import org.arabicner.table.NameSource;
import org.arabicner.text.ArabicNormalizer;
import org.arabicner.text.CharSpan;
import org.arabicner.text.EntityType;
import org.arabicner.text.NameRegion;
import org.arabicner.text.Names;

/**
 * Turns an article's mentions into its entity table. In order:
 * <ol>
 *   <li><b>titles</b>: a person mention that starts with titles ({@code الرئيس …}) loses them,
 *       and the nearest title up to {@value #TITLE_WINDOW} words before a person's name in the
 *       same sentence ({@code الكولونيل في الجيش الأميركي رايان ديلون}) is recorded with it;</li>
 *   <li><b>same name</b>: mentions whose names are equal after spelling normalisation, with
 *       spaces ignored (so the glued {@code الولاياتالمتحدة} meets {@code الولايات المتحدة}), are
 *       one entity;</li>
 *   <li><b>linking</b>: each entity's names are looked up in the knowledge base; entities linked
 *       to the same entry merge (aliases: {@code داعش} and {@code الدولة الإسلامية});</li>
 *   <li><b>partial names</b>: an unlinked name whose words are a run of the words of a longer
 *       person's name ({@code ديلون} in {@code رايان ديلون}) joins that person, the one
 *       mentioned last before it when several fit;</li>
 *   <li><b>English names</b>: the knowledge base's, else the transliterator's for people and
 *       places, spelled the Maghreb way in Maghreb articles ({@link ArticleRegion}).</li>
 * </ol>
 * Immutable and thread-safe when its lookups are.
 */
public final class EntityResolver {

    /** Words that may stand between a title and the name it belongs to. */
    static final int TITLE_WINDOW = 4;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private final Titles titles;
    private final KbLookup kb;
    private final NameTransliterator transliterator;

    public EntityResolver(Titles titles, KbLookup kb, NameTransliterator transliterator) {
        this.titles = titles;
        this.kb = kb;
        this.transliterator = transliterator;
    }

    public EntityTable resolve(String articleId, AnnotatedText article, List<Mention> mentions) {
        String text = article.text();
        Map<Integer, Integer> sentenceStarts = new HashMap<>();
        for (Sentence s : article.sentences()) {
            sentenceStarts.put(s.index(), s.tokens().get(0).start());
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));

        Map<Integer, Token> tokenAt = new HashMap<>();
        Map<Integer, Token> tokenBefore = new HashMap<>();
        for (Sentence s : article.sentences()) {
            Token prev = null;
            for (Token t : s.tokens()) {
                tokenAt.put(t.start(), t);
                if (prev != null) {
                    tokenBefore.put(t.start(), prev);
                }
                prev = t;
            }
        }
        // 1. titles; the article after ل
        List<Named> named = new ArrayList<>();
        for (Mention m : sorted) {
            Named n = stripTitles(text, m, sentenceStarts.getOrDefault(m.sentence(), 0), sorted);
            if (n != null) {
                named.add(restoreArticle(n, tokenAt, tokenBefore));
            }
        }
        // 2. same name
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (Named n : named) {
            byKey.computeIfAbsent(n.key(), k -> new Cluster()).add(n);
        }
        List<Cluster> clusters = new ArrayList<>(byKey.values());
        // 3. linking
        Set<String> context = new HashSet<>(byKey.keySet());
        for (Cluster c : clusters) {
            c.link = linkOf(c, context);
        }
        clusters = mergeByKbId(clusters);
        // 4. partial names
        clusters = mergeHeadedOrganisations(clusters);
        clusters = mergePartialNames(clusters);
        // 5. English names, spelled for the article's region
        NameRegion region = ArticleRegion.of(text);
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : clusters) {
            entities.add(toEntity(c, region));
        }
        entities.sort(Comparator.comparingInt(Entity::firstStart));
        return new EntityTable(articleId, entities);
    }

    /** A mention with its name stripped of titles, and the titles seen with it. */
    record Named(Mention mention, List<String> titles, List<String> words, String form) {
        Named(Mention mention, List<String> titles, List<String> words) {
            this(mention, titles, words, mention.text());
        }

        String key() {
            return String.join("", words);
        }
    }

    Named stripTitles(String text, Mention m, int sentenceStart, List<Mention> all) {
        List<String> found = new ArrayList<>();
        Mention name = m;
        if (m.type() == EntityType.PERS) {
            List<int[]> spans = wordSpans(text, m.start(), m.end());
            List<String> words = wordKeys(text, spans);
            int skip = 0;
            for (int t = titles.titleLengthAt(words, 0); t > 0 && skip + t <= words.size();
                    t = titles.titleLengthAt(words, skip)) {
                found.add(titleText(text, spans.get(skip)[0], spans.get(skip + t - 1)[1]));
                skip += t;
            }
            if (skip >= words.size()) {
                return null; // a bare title is not a name
            }
            if (skip > 0) {
                CharSpan span = new CharSpan(spans.get(skip)[0], m.end());
                name = new Mention(span, span.cut(text), m.type(), m.sentence(), m.confidence());
            }
            if (found.isEmpty()) {
                titleBefore(text, m, sentenceStart, all).ifPresent(found::add);
            }
        }
        List<String> words = wordKeys(text, wordSpans(text, name.start(), name.end()));
        if (words.isEmpty()) {
            return null;
        }
        return new Named(name, found, words);
    }

    /**
     * {@code n} with the article that the preposition ل swallowed given back: the segmenter splits
     * {@code للدوحة} into {@code ل} + {@code لدوحة}, so the mention's text lacks the ا of ال. The
     * name is {@code الدوحة}, unless the text as written is a known name and the restored one is
     * not ({@code لليبيا} is ل + ليبيا).
     */
    Named restoreArticle(Named n, Map<Integer, Token> tokenAt, Map<Integer, Token> tokenBefore) {
        String text = n.form();
        Token first = tokenAt.get(n.mention().start());
        if (first == null || !text.startsWith("\u0644") || text.startsWith("\u0644\u0644") || !first.attached()
                || !ArabicNormalizer.normalize(first.word()).startsWith("\u0627\u0644")) {
            return n;
        }
        Token before = tokenBefore.get(n.mention().start());
        if (before == null || !before.text().equals("\u0644")) {
            return n;
        }
        String restored = "\u0627" + text;
        if (kb.link(text, n.mention().type(), Set.of()).isPresent()
                && kb.link(restored, n.mention().type(), Set.of()).isEmpty()) {
            return n;
        }
        List<String> words = new ArrayList<>(n.words());
        words.set(0, ArabicNormalizer.normalize("\u0627") + words.get(0));
        return new Named(n.mention(), n.titles(), words, restored);
    }

    /** The nearest title within {@link #TITLE_WINDOW} words before {@code m} in its sentence. */
    Optional<String> titleBefore(String text, Mention m, int sentenceStart, List<Mention> all) {
        int from = Math.max(sentenceStart, m.start() - 200);
        List<int[]> spans = wordSpans(text, from, m.start());
        if (from > sentenceStart && !spans.isEmpty()) {
            spans.remove(0); // may be cut in the middle
        }
        List<String> words = wordKeys(text, spans);
        int stop = Math.max(0, words.size() - TITLE_WINDOW - 1);
        for (int end = words.size(); end > stop; end--) {
            int[] last = spans.get(end - 1);
            String raw = text.substring(last[0], last[1]);
            if (words.get(end - 1).isEmpty() || !raw.equals(EDGE_PUNCT.matcher(raw).replaceAll(""))
                    || personAt(last, m, all)) {
                break; // punctuation or another person's name ends the search
            }
            int t = titles.titleLengthEndingAt(words, end);
            if (t > 0) {
                return Optional.of(titleText(text, spans.get(end - t)[0], spans.get(end - 1)[1]));
            }
        }
        return Optional.empty();
    }

    private static boolean personAt(int[] word, Mention self, List<Mention> all) {
        for (Mention o : all) {
            if (o != self && o.type() == EntityType.PERS && o.start() < word[1] && word[0] < o.end()) {
                return true;
            }
        }
        return false;
    }

    /** The title as written, without a leading و/ف/ب/ل that the title list does not have. */
    private String titleText(String text, int start, int end) {
        String t = text.substring(start, end);
        List<String> asIs = List.of(ArabicNormalizer.normalize(t).split(" "));
        if (!titles.isTitle(asIs) || asIs.isEmpty()) {
            return t;
        }
        String rest = t.substring(1);
        return titles.isTitle(List.of(ArabicNormalizer.normalize(rest).split(" "))) ? rest : t;
    }

    static List<int[]> wordSpans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        return spans;
    }

    /** The {@link Names#wordKey} of each word. */
    static List<String> wordKeys(String text, List<int[]> spans) {
        List<String> words = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            words.add(Names.wordKey(text.subSequence(s[0], s[1])));
        }
        return words;
    }

    private Optional<KbLookup.KbMatch> linkOf(Cluster c, Set<String> context) {
        for (Named n : c.byFullness()) {
            Optional<KbLookup.KbMatch> hit = kb.link(n.form(), c.nerType(), context);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static List<Cluster> mergeByKbId(List<Cluster> clusters) {
        Map<String, Cluster> byId = new LinkedHashMap<>();
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.link.isEmpty()) {
                out.add(c);
                continue;
            }
            Cluster first = byId.putIfAbsent(c.link.get().kbId(), c);
            if (first == null) {
                out.add(c);
            } else {
                first.absorb(c);
            }
        }
        return out;
    }

    /**
     * An organisation named without its head word ({@code اليونيسف}, {@code حماس}) or without one
     * inner word ({@code النادي البنزرتي}) joins the one organisation named in full
     * ({@code منظمة اليونيسف}, {@code حركة حماس}, {@code النادي الرياضي البنزرتي}), which takes its
     * link when it has none.
     */
    private static List<Cluster> mergeHeadedOrganisations(List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>(clusters);
        for (Cluster part : clusters) {
            if (part.type() != EntityType.ORG && part.type() != EntityType.MISC) {
                continue;
            }
            List<String> words = Names.withoutArticles(part.fullest().words());
            Cluster home = null;
            int homes = 0;
            for (Cluster whole : out) {
                List<String> w = Names.withoutArticles(whole.fullest().words());
                if (whole != part && whole.type() == EntityType.ORG && w.size() == words.size() + 1
                        && (w.subList(1, w.size()).equals(words) || oneInnerWordMore(w, words))
                        && (whole.link.isEmpty() || part.link.isEmpty()
                            || whole.link.get().kbId().equals(part.link.get().kbId()))) {
                    home = whole;
                    homes++;
                }
            }
            if (homes == 1) {
                if (home.link.isEmpty()) {
                    home.link = part.link;
                }
                home.absorb(part);
                out.remove(part);
            }
        }
        return out;
    }

    /** Whether {@code longer} is {@code shorter} with one more word after the first (النادي الرياضي البنزرتي). */
    private static boolean oneInnerWordMore(List<String> longer, List<String> shorter) {
        if (shorter.size() < 2 || !longer.get(0).equals(shorter.get(0))) {
            return false;
        }
        for (int skip = 1; skip < longer.size(); skip++) {
            List<String> rest = new ArrayList<>(longer);
            rest.remove(skip);
            if (rest.equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static List<Cluster> mergePartialNames(List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>(clusters);
        // shortest names first, so ديلون joins رايان ديلون before رايان ديلون is considered
        List<Cluster> byLength = new ArrayList<>(clusters);
        byLength.sort(Comparator.comparingInt(c -> c.fullest().words().size()));
        for (Cluster part : byLength) {
            if (part.link.isPresent()) {
                continue;
            }
            List<String> words = Names.withoutArticles(part.fullest().words());
            Cluster best = null;
            for (Cluster whole : out) {
                if (whole == part || !out.contains(part) || whole.type() != EntityType.PERS
                        || whole.fullest().words().size() <= words.size()
                        || !containsRun(Names.withoutArticles(whole.fullest().words()), words)) {
                    continue;
                }
                if (best == null || prefer(whole, best, part.firstStart())) {
                    best = whole;
                }
            }
            if (best != null) {
                best.absorb(part);
                out.remove(part);
            }
        }
        return out;
    }

    /** Whether {@code a} is a better home than {@code b} for a partial name first seen at {@code at}. */
    private static boolean prefer(Cluster a, Cluster b, int at) {
        int lastA = a.lastStartBefore(at);
        int lastB = b.lastStartBefore(at);
        if (lastA != lastB) {
            return lastA > lastB;
        }
        return a.firstStart() < b.firstStart();
    }

    static boolean containsRun(List<String> whole, List<String> part) {
        outer:
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            for (int j = 0; j < part.size(); j++) {
                if (!whole.get(i + j).equals(part.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private Entity toEntity(Cluster c, NameRegion region) {
        EntityType type = c.type();
        String nameAr = c.fullest().form();
        String nameEn = "";
        NameSource source = NameSource.NONE;
        String kbId = "";
        if (c.link.isPresent()) {
            KbLookup.KbMatch hit = c.link.get();
            kbId = hit.kbId();
            nameEn = hit.nameEn();
            source = nameEn.isEmpty() ? NameSource.NONE : NameSource.KB;
        } else if (type == EntityType.PERS || type == EntityType.LOC) {
            nameEn = transliterator.transliterate(nameAr, region);
            source = nameEn.isEmpty() ? NameSource.NONE : NameSource.TRANSLITERATION;
        }
        String entityId = kbId.isEmpty()
                ? type + ":" + String.join("_", c.fullest().words())
                : kbId;
        List<Mention> mentions = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        Map<String, String> titlesByKey = new LinkedHashMap<>();
        for (Named n : c.members) {
            mentions.add(n.mention());
            forms.add(n.form());
            for (String t : n.titles()) {
                titlesByKey.putIfAbsent(ArabicNormalizer.normalize(t), t);
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return new Entity(entityId, type, nameAr, nameEn, source, kbId, mentions,
                List.copyOf(forms), List.copyOf(titlesByKey.values()));
    }

    /** Mentions taken to be one entity while the resolver works. */
    private static final class Cluster {
        final List<Named> members = new ArrayList<>();
        Optional<KbLookup.KbMatch> link = Optional.empty();

        void add(Named n) {
            members.add(n);
        }

        void absorb(Cluster other) {
            members.addAll(other.members);
            members.sort(Comparator.comparing(n -> n.mention().span()));
        }

        /** Linked type when linked, else the most frequent NER type (the earliest on ties). */
        EntityType type() {
            return link.map(KbLookup.KbMatch::type).orElseGet(this::nerType);
        }

        EntityType nerType() {
            Map<EntityType, Integer> votes = new LinkedHashMap<>();
            for (Named n : members) {
                votes.merge(n.mention().type(), 1, Integer::sum);
            }
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
                if (best == null || e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        /** Members, fullest name first: most words, then longest text, then earliest. */
        List<Named> byFullness() {
            List<Named> out = new ArrayList<>(members);
            out.sort(Comparator.<Named>comparingInt(n -> -n.words().size())
                    .thenComparingInt(n -> -n.form().length())
                    .thenComparing(n -> n.mention().span()));
            return out;
        }

        Named fullest() {
            return byFullness().get(0);
        }

        int firstStart() {
            return members.get(0).mention().start();
        }

        int lastStartBefore(int at) {
            int last = -1;
            for (Named n : members) {
                if (n.mention().start() < at) {
                    last = Math.max(last, n.mention().start());
                }
            }
            return last;
        }
    }
}
