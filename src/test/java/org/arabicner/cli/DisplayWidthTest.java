package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void marksAndControlsTakeNoColumnWideCharactersTwo() {
        assertEquals(5, DisplayWidth.of("Mosul"));
        assertEquals(5, DisplayWidth.of("الرقة"));
        assertEquals(5, DisplayWidth.of("الرقّة"));          // shadda
        assertEquals(7, DisplayWidth.of("مُحَمَّد\u200F ok")); // 4 letters, harakat and RLM 0, space, 2
        assertEquals(4, DisplayWidth.of("東京"));
    }

    @Test
    void truncatesByColumns() {
        assertEquals("Isla…", DisplayWidth.truncate("Islamic State", 5));
        assertEquals("Iraq", DisplayWidth.truncate("Iraq", 5));
        assertEquals("الدّو…", DisplayWidth.truncate("الدّولة الإسلامية", 5));
    }
}
