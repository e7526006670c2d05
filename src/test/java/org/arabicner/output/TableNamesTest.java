package org.arabicner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableNamesTest {

    @Test
    void plainIdsAreTheirOwnName() {
        assertEquals("000_1b8f06fc3ce38c5b.csv", TableNames.fileName("000_1b8f06fc3ce38c5b"));
        assertEquals("ankara-damascus.csv", TableNames.fileName("ankara-damascus"));
        assertEquals("الموصل.csv", TableNames.fileName("الموصل"));
    }

    @Test
    void changedOrCutIdsGetAHashAndStayShort() {
        String longId = "x".repeat(300);
        String name = TableNames.fileName(longId);
        assertTrue(name.matches("x{96}~[0-9a-f]{16}\\.csv"), name);
        String arabic = "مقتل عشرات المدنيين ".repeat(20);
        assertTrue(TableNames.fileName(arabic).getBytes(StandardCharsets.UTF_8).length <= TableNames.MAX_STEM_BYTES + 21);
        assertNotEquals(TableNames.fileName(longId), TableNames.fileName(longId + "y"));
    }

    @Test
    void noTwoIdsShareAName() {
        List<String> ids = List.of("a/b", "a\\b", "a_b", "a:b", "A_b", "a_B", "a b", "a~b", ".", "..", "", "con",
                "CON", "nul.txt", "a.", "é", "e\u0301", "a\u0000b", "a_b~" + TableNames.fileName("a/b").substring(4, 20));
        Set<String> names = new HashSet<>();
        for (String id : ids) {
            String n = TableNames.fileName(id);
            assertTrue(names.add(n.toLowerCase(java.util.Locale.ROOT)), id + " → " + n + " collides");
            assertTrue(!n.startsWith(".") && !n.contains("/") && !n.contains("\\") && !n.contains("\0"), n);
        }
    }
}
