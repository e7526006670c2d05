package org.arabicner.resolve;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arabicner.text.NameRegion;
import org.arabicner.text.Names;

/**
 * Decides from an article's own words whether its names should be spelled the Maghreb way.
 * Evidence: the French month names that only the Maghreb press writes ({@code جانفي},
 * {@code فيفري}, {@code جوان}, {@code جويلية}, {@code أوت}), and the Maghreb's countries and
 * big cities, counted against the Levantine and Egyptian month names and the Arab East's
 * countries and capitals. Two pieces of evidence more than the other side decide; otherwise
 * the region stays unknown and each name's own shape decides ({@link org.arabicner.translit.NameReader}).
 * Stateless and thread-safe.
 */
public final class ArticleRegion {

    private static final Set<String> MAGHREB = normalised(
            "جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت",
            "تونس", "التونسية", "التونسي", "التونسيين", "الجزائر", "الجزائرية", "الجزائري", "المغرب", "المغربية",
            "المغربي", "ليبيا", "الليبية", "الليبي", "موريتانيا", "صفاقس", "سوسة", "بنزرت", "القيروان", "قابس",
            "المنستير", "نابل", "قفصة", "الحمامات", "جربة", "المهدية", "القصرين", "الكاف", "باجة",
            "جندوبة", "مدنين", "تطاوين", "توزر", "قبلي", "وهران", "قسنطينة", "الرباط", "مراكش", "فاس",
            "طنجة", "بنغازي", "مصراتة", "نواكشوط");
    private static final Set<String> MASHRIQ = normalised(
            "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين",
            "يناير", "فبراير", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "مصر", "المصرية", "المصري", "القاهرة", "سوريا", "سورية", "السورية", "دمشق", "العراق", "العراقية",
            "بغداد", "لبنان", "اللبنانية", "بيروت", "الأردن", "الأردنية", "السعودية", "الرياض", "فلسطين",
            "الفلسطينية", "غزة", "القدس", "الكويت", "قطر", "الدوحة", "الإمارات", "دبي", "أبوظبي", "اليمن",
            "صنعاء", "البحرين", "عمان", "مسقط", "الخليج");
    /** How many more pieces of evidence one side needs. */
    static final int MARGIN = 2;

    private static final Pattern WORD = Pattern.compile("[\\p{IsArabic}]+");

    private ArticleRegion() {
    }

    public static NameRegion of(String text) {
        int maghreb = 0;
        int mashriq = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = Names.wordKey(m.group());
            if (w.isEmpty()) {
                continue;
            }
            boolean counted = false;
            for (String reading : Names.cliticReadings(w)) {
                if (counted) {
                    break;
                }
                if (MAGHREB.contains(reading)) {
                    maghreb++;
                    counted = true;
                } else if (MASHRIQ.contains(reading)) {
                    mashriq++;
                    counted = true;
                }
            }
        }
        if (maghreb >= mashriq + MARGIN) {
            return NameRegion.MAGHREB;
        }
        if (mashriq >= maghreb + MARGIN) {
            return NameRegion.MASHRIQ;
        }
        return NameRegion.UNKNOWN;
    }

    private static Set<String> normalised(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(Names.wordKey(w));
        }
        return Set.copyOf(out);
    }
}
