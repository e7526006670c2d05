package org.arabicner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    @Test
    void owaspTriggersGetAQuoteAndRestoreIsExact() {
        for (String raw : List.of("=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y", "'plain", "plain",
                "", "a=b", "الموصل")) {
            String cell = SpreadsheetSafe.neutralise(raw);
            boolean trigger = raw.replaceFirst("^'*", "").matches("(?s)[=+\\-@\t\r].*");
            assertEquals(trigger ? "'" + raw : raw, cell, raw);
            assertEquals(raw, SpreadsheetSafe.restore(cell), raw);
        }
    }

    @Test
    void numericColumnsAreLeftAlone() {
        assertEquals(List.of("'-x", "-3"), SpreadsheetSafe.row(List.of("text", "start"), Set.of("start"),
                List.of("-x", "-3")));
    }
}
