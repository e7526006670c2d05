package org.arabicner.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharSpanTest {

    @Test
    void cutsTheOriginalText() {
        assertEquals("الرقة", new CharSpan(1, 6).cut("والرقة"));
    }

    @Test
    void rejectsBadOffsetsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 2));
        assertTrue(e.getMessage().contains("[5, 2)"));
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(0, 9).cut("short"));
    }

    @Test
    void halfOpenOverlapAndContainment() {
        assertFalse(new CharSpan(0, 3).overlaps(new CharSpan(3, 5)));
        assertTrue(new CharSpan(0, 4).overlaps(new CharSpan(3, 5)));
        assertTrue(new CharSpan(0, 5).contains(new CharSpan(1, 5)));
        assertEquals(0, new CharSpan(2, 2).length());
    }
}
