package org.arabicner.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arabicner.annotation.Token;
import org.arabicner.text.ArabicNormalizer;

/**
 * Organisations written as phrases, which a CRF trained on ANERcorp misses or cuts: a head noun
 * ({@code حزب}, {@code منظمة}, {@code مجلس}, {@code جامعة}, {@code إذاعة} …, see {@link #HEADS} for
 * how they were chosen) followed by its name, a radio station ({@code الجوهرة أف أم}) and acronyms
 * in Latin letters inside Arabic text ({@code FTDES}).
 *
 * <p>After an indefinite head the name runs on through definite words ({@code منظمة الصحة العالمية}),
 * nouns of a construct chain that lead to one ({@code معهد علوم الزكاة}), {@code ل} + a definite
 * word or a construct noun ({@code المعهد العالي للحضارة الإسلامية}) and names the primary tagger
 * found ({@code حزب نداء تونس}); it stops at words that are never part of a name (time words,
 * relative pronouns, ordinals, prepositions) and at a person. A definite head ({@code المعهد},
 * {@code الوكالة}) needs an adjective of relation or a name right after it. A phrase that stops
 * where the name visibly goes on (before a split-off {@code ل}) is dropped rather than cut. The
 * phrase replaces the primary tagger's labels only where it covers its names whole and holds no
 * person. Thread-safe when the primary tagger is.
 */
public final class OrganisationPhraseTagger implements SequenceTagger {

    /*
     * Heads are those that ANERcorp's annotators put inside the name: in anercorp-train.conll a
     * head listed here is tagged ORG at least half the times it occurs (حزب 81 of 86, منظمة 18 of
     * 21, جامعة 25 of 32, مجلس 69 of 138), or too rarely to say (fewer than 3 times). Heads that
     * ANERcorp leaves outside the name (وزارة 0 of 33, قوات 0 of 57, الجيش 3 of 86, شركة 1 of 53,
     * نادي 5 of 20) would cost precision on its test split, which the pipeline must not lose.
     */
    /** Heads in the construct state: the name follows. */
    static final Set<String> HEADS = normalised("حزب", "منظمة", "مجلس", "جامعة", "معهد", "بنك", "مصرف", "تيار",
            "سرايا", "ديوان", "إذاعة", "برلمان", "كتائب", "ألوية", "نقابة");
    /** Definite heads: an adjective of relation or a name must follow. */
    static final Set<String> DEFINITE_HEADS = normalised("المعهد", "الوكالة", "الجبهة", "النقابة", "الديوانة", "الرابطة");
    /**
     * Institutions named by a generic head, which a news reader lists as organisations but
     * ANERcorp's annotators leave untagged (وزارة 0 of 43 times in anercorp-train.conll, رئاسة 0 of
     * 13, دائرة 0 of 10, المحكمة 0 of 14): {@code وزارة الداخلية}, {@code رئاسة الحكومة},
     * {@code المحكمة الإدارية}, {@code النادي الإفريقي}. Such a phrase is tagged only where the
     * primary tagger found no name inside it, so the names ANERcorp does tag after a head
     * ({@code نادي [برشلونة]}, 19 of 25) keep their span. قوات and الجيش are left out: in
     * Middle-East news they mostly head generic phrases (قوات الأمن, الجيش الإسرائيلي).
     */
    static final Set<String> INSTITUTION_HEADS = normalised("وزارة", "دائرة", "محكمة", "هيئة", "جمعية",
            "نادي", "قناة", "مدرسة", "كلية", "اتحاد", "نقابة", "وكالة", "معهد", "إذاعة");
    /** Definite institution heads: an adjective of relation or a name must follow ({@code الحرس الوطني}). */
    static final Set<String> INSTITUTION_DEFINITE_HEADS = normalised("الحرس", "المحكمة", "الهيئة", "الجمعية", "النادي",
            "الجامعة", "المركز", "الكلية", "الاتحاد");
    /** The presidency heads only these: رئاسة الحكومة, not رئاسة الوفد. */
    static final Set<String> PRESIDENCIES = normalised("رئاسة الحكومة", "رئاسة الجمهورية", "رئاسة الوزراء");

    /** Definite words that end a name: time, ordinals, relative pronouns, quantities and other non-name words. */
    static final Set<String> STOP = normalised("الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي",
            "اليوم", "الامس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي",
            "الماضيه", "الجاري", "الجاريه", "المقبل", "المقبله", "القادم", "القادمه", "الحالي", "الحاليه", "الاول",
            "الاولى", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الاخير", "الاخيره", "السابق", "السابقه",
            "الجديد", "الجديده", "العام", "الكل", "الان", "الصباح", "المساء", "الليل", "الاسبوع", "الشهر", "السنه",
            "الى", "الا", "الف", "الاف", "الكثير", "الكبير", "الكبيره", "الصغير", "اللازمه", "اللازم", "المعنيه",
            "المعني", "المختصه", "المختص", "المذكور", "المذكوره", "نفسه", "نفسها", "ذاتها", "ذاته", "التابعه",
            "التابع", "المشارك", "المشاركه", "المشاركين", "المكلف", "المكلفه", "الاسبق", "الحاكم", "الصادر",
            "الصادره", "المنحل", "المنحله", "المنعقد", "المنعقده", "الرائد", "الرائده", "الرسمي", "الرسميه");
    /**
     * Words that alone after a head make a generic phrase, no name: نادي كرة القدم, الجمعية الرياضية,
     * وكالة الأنباء (seen on Tunisian news outside the table gold set).
     */
    static final Set<String> GENERIC = normalised("كرة", "القدم", "الرياضية", "الرياضي", "الأنباء", "الثقافية",
            "الثقافي", "الخيرية", "الخيري");
    /** Words that never continue a name after its head: prepositions and adverbs the tagger may call nouns. */
    static final Set<String> NOT_CONSTRUCT = normalised("عبر", "خلال", "امام", "بعد", "قبل", "منذ", "حول", "ضد", "مع", "عند",
            "لدى", "نحو", "دون", "غير", "بين", "حسب", "وفق", "عن", "على", "في", "من", "الى", "حتى", "اثر", "اثناء",
            "بعض", "كل", "جميع", "عدد", "اكثر", "اغلب", "معظم", "تحت", "فوق", "لدي", "ازاء", "بسبب");

    /** Most words a name runs on through after its head. */
    static final int MAX_LENGTH = 6;

    /** Heads of one kind: those followed by their name, and definite ones that need a relational adjective or a name. */
    record Heads(Set<String> construct, Set<String> definite) {
    }

    static final Heads NAME_HEADS = new Heads(HEADS, DEFINITE_HEADS);
    static final Heads INSTITUTIONS = new Heads(INSTITUTION_HEADS, INSTITUTION_DEFINITE_HEADS);
    /**
     * Named events written as a head and a name, tagged MISC: {@code بطولة الرابطة المحترفة لكرة القدم},
     * {@code كأس تونس لكرة القدم}. ANERcorp puts the head inside the name for بطولة (33 of 47 times in
     * anercorp-train.conll); مهرجان is rare there (5 times). دوري is left out: دوري النهائي ("the final
     * league") is no name.
     */
    static final Heads EVENTS = new Heads(normalised("بطولة", "كأس", "مهرجان"), Set.of());

    /** Phrases beyond the organisations whose head ANERcorp tags inside the name. */
    public enum Extra {
        /** Institutions named by a generic head ({@link #INSTITUTION_HEADS}), where the primary tagger found no name inside. */
        INSTITUTIONS,
        /** Named events ({@link #EVENTS}), as MISC. */
        EVENTS
    }

    private final SequenceTagger primary;
    private final Set<Extra> extras;

    private static Set<String> normalised(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.normalize(w));
        }
        return Set.copyOf(out);
    }

    /** Names after the heads ANERcorp tags inside the name, and acronyms; no extras. */
    public OrganisationPhraseTagger(SequenceTagger primary) {
        this(primary, Set.of());
    }

    /** @param extras the phrases tagged besides organisations whose head ANERcorp tags */
    public OrganisationPhraseTagger(SequenceTagger primary, Set<Extra> extras) {
        this.primary = primary;
        this.extras = Set.copyOf(extras);
    }

    @Override
    public List<TokenTag> tag(List<Token> sentence) {
        List<TokenTag> tags = new ArrayList<>(primary.tag(sentence));
        List<String> words = new ArrayList<>(sentence.size());
        for (Token t : sentence) {
            words.add(ArabicNormalizer.normalize(t.word())); // the segmenter's form: لل gives back its ال
        }
        int i = 0;
        while (i < sentence.size()) {
            String type = "ORG";
            int end = phraseEnd(sentence, words, tags, i, NAME_HEADS);
            if (end == i && extras.contains(Extra.INSTITUTIONS)) {
                end = phraseEnd(sentence, words, tags, i, INSTITUTIONS);
                if (end > i && !allOutside(tags, i, end)) {
                    end = i;
                }
            }
            if (end == i && extras.contains(Extra.EVENTS)) {
                end = phraseEnd(sentence, words, tags, i, EVENTS);
                type = "MISC";
            }
            if (end > i && replaceable(tags, i, end)) {
                for (int k = i; k < end; k++) {
                    tags.set(k, new TokenTag((k == i ? "B-" : "I-") + type, DictionaryBackoffTagger.DICTIONARY_PROBABILITY));
                }
                i = end;
            } else {
                i++;
            }
        }
        return tags;
    }

    private static boolean allOutside(List<TokenTag> tags, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!isOutside(tags, k)) {
                return false;
            }
        }
        return true;
    }

    /** The end (exclusive) of an organisation starting at token {@code i}, or {@code i} when none does. */
    static int phraseEnd(List<Token> s, List<String> words, List<TokenTag> tags, int i, Heads heads) {
        String w = words.get(i);
        if (isAcronym(s.get(i).text()) && isOutside(tags, i)) {
            return i + 1;
        }
        if (i + 2 < s.size() && words.get(i + 1).equals("اف") && words.get(i + 2).equals("ام") && isNameWord(w)) {
            return i + 3; // الجوهرة أف أم
        }
        if (i + 4 < s.size() && isQuote(words.get(i + 1)) && words.get(i + 2).equals("اف") && words.get(i + 3).equals("ام")
                && isQuote(words.get(i + 4)) && isNameWord(w)) {
            return i + 5; // الجوهرة "اف ام"
        }
        if (heads == INSTITUTIONS && i + 1 < s.size() && PRESIDENCIES.contains(w + " " + words.get(i + 1))) {
            return i + 2;
        }
        boolean definite = heads.definite().contains(w);
        if (!definite && !heads.construct().contains(w)) {
            return i;
        }
        if (!startsWord(s, i)) {
            return i;
        }
        int end = i + 1;
        int last = i + 1; // end of the name so far, only ever after a definite word or a name
        while (end < s.size() && end - i <= MAX_LENGTH) {
            String x = words.get(end);
            if (end == last && s.get(end).attached() && s.get(end).text().equals("\u0629")) {
                end++; // a teh marbuta the segmenter split off (الأميركي + ة)
                last = end;
                continue;
            }
            if (isPerson(tags, end) || STOP.contains(x) || x.codePoints().noneMatch(Character::isLetter)) {
                break;
            }
            if (isName(tags, end) || (isDefinite(x) && (!definite || end > i + 1
                    || relational(x)))) {
                end++;
                last = end;
            } else if (x.equals("\u0644") && last > i + 1 && end + 1 < s.size() && s.get(end + 1).attached()
                    && (isDefinite(words.get(end + 1)) || constructNoun(s, words, end + 1))) {
                end++; // للحضارة الإسلامية, لعلوم الزكاة: the definite word or the construct noun follows
            } else if (!definite && constructNoun(s, words, end)) {
                end++; // a construct chain: معهد علوم الزكاة
            } else {
                break;
            }
        }
        if (last > i + 1 && words.subList(i + 1, last).stream().allMatch(GENERIC::contains)) {
            return i; // نادي كرة القدم, وكالة الأنباء: generic, no name
        }
        if (last < s.size() && cutBefore(s, words, last)) {
            return i; // the name goes on in a way the rules do not follow (لعلوم الزكاة): no name rather than half of one
        }
        return last > i + 1 ? last : i;
    }

    /** Whether the name seems to go on at token {@code k}: a split-off ل, or a word glued to لل. */
    private static boolean cutBefore(List<Token> s, List<String> words, int k) {
        String t = ArabicNormalizer.normalize(s.get(k).text());
        return (t.equals("\u0644") && k + 1 < s.size() && s.get(k + 1).attached())
                || (t.startsWith("\u0644\u0644") && t.length() > 3);
    }

    /** A noun (by its part of speech, when tagged) that leads to a definite word: علوم in معهد علوم الزكاة. */
    private static boolean constructNoun(List<Token> s, List<String> words, int k) {
        String x = words.get(k);
        String pos = s.get(k).pos();
        return isNameWord(x) && !x.startsWith("ال") && !NOT_CONSTRUCT.contains(x) && (pos.isEmpty() || pos.startsWith("NN"))
                && k + 1 < s.size() && isDefinite(words.get(k + 1));
    }

    /** Adjectives of relation (nisba) after a definite head: الوطني، الأوروبي، التونسية. */
    private static boolean relational(String w) {
        return w.length() > 4 && (w.endsWith("ي") || w.endsWith("يه"));
    }

    private static boolean isDefinite(String w) {
        return w.startsWith("ال") && w.length() > 3 && !STOP.contains(w);
    }

    private static boolean isNameWord(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(c -> ArabicNormalizer.isArabicLetter((char) c));
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("«") || w.equals("»") || w.equals("``") || w.equals("''");
    }

    static boolean isAcronym(String text) {
        if (text.length() < 3 || text.length() > 8) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isOutside(List<TokenTag> tags, int k) {
        return TokenTag.OUTSIDE.equals(tags.get(k).label());
    }

    private static boolean isName(List<TokenTag> tags, int k) {
        return !isOutside(tags, k) && !isPerson(tags, k);
    }

    private static boolean isPerson(List<TokenTag> tags, int k) {
        return tags.get(k).label().endsWith("PERS");
    }

    /** The head starts a word or follows a proclitic (وبوزارة). */
    private static boolean startsWord(List<Token> s, int i) {
        if (i == 0 || !s.get(i).attached()) {
            return true;
        }
        String prev = s.get(i - 1).text();
        return prev.length() <= 2 && "وبلكف".indexOf(prev.charAt(prev.length() - 1)) >= 0;
    }

    /** No person inside, and no name of the primary tagger runs on past the phrase's end. */
    private static boolean replaceable(List<TokenTag> tags, int from, int end) {
        for (int k = from; k < end; k++) {
            if (isPerson(tags, k)) {
                return false;
            }
        }
        if (end < tags.size() && !isOutside(tags, end) && !tags.get(end).label().startsWith("B-")
                && !isOutside(tags, end - 1)) {
            return false;
        }
        return true;
    }
}
