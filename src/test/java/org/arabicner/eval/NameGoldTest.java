package org.arabicner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arabicner.text.NameRegion;
import org.junit.jupiter.api.Test;

class NameGoldTest {

    @Test
    void matchingIgnoresCaseAccentsAndPunctuation() {
        NameGold.Row r = new NameGold.Row("بان كي مون", List.of("Ban Ki-moon", "Béji Caïd"), "foreign", "other",
                "anercorp-train.conll:line=1", "dev");
        assertTrue(r.accepts("ban ki moon"));
        assertTrue(r.accepts("BAN  KI-MOON "));
        assertTrue(r.accepts("Beji Caid"));
        assertFalse(r.accepts("Ban Kimoon"), "spaces count");
        assertFalse(r.accepts("Ann Kai Moon"));
        assertEquals("samuel eto o", NameGold.matchKey("Samuel Eto'o"));
    }

    @Test
    void theShippedSetHasBothHalvesOfAtLeast300Names() throws IOException {
        List<NameGold.Row> rows = NameGold.read(Path.of("docs/eval/names-gold.tsv"));
        assertTrue(rows.size() >= 300, "only " + rows.size());
        Set<String> names = new HashSet<>();
        int dev = 0;
        int foreign = 0;
        for (NameGold.Row r : rows) {
            assertTrue(names.add(r.nameAr()), "twice: " + r.nameAr());
            assertTrue(Set.of("dev", "test").contains(r.split()), r.split());
            assertTrue(Set.of("arabic", "foreign").contains(r.origin()), r.origin());
            assertTrue(Set.of("maghreb", "mashriq", "other").contains(r.region()), r.region());
            assertTrue(r.seenIn().matches("(ant-news-2017:article=\\d+:line=\\d+|anercorp-train\\.conll:line=\\d+)"),
                    r.seenIn());
            dev += r.split().equals("dev") ? 1 : 0;
            foreign += r.origin().equals("foreign") ? 1 : 0;
        }
        assertTrue(dev > rows.size() / 3 && dev < rows.size() * 2 / 3, "dev " + dev + " of " + rows.size());
        assertTrue(foreign > 50, "foreign " + foreign);
    }

    @Test
    void antNamesAreReadAsMaghrebArticles() {
        NameGold.Row ant = new NameGold.Row("x", List.of("x"), "arabic", "mashriq", "ant-news-2017:article=1:line=2", "dev");
        NameGold.Row aner = new NameGold.Row("x", List.of("x"), "arabic", "maghreb", "anercorp-train.conll:line=1", "dev");
        assertEquals(NameRegion.MAGHREB, ant.articleRegion());
        assertEquals(NameRegion.UNKNOWN, aner.articleRegion());
    }
}
