package org.arabicner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.arabicner.query.ResultTable;
import org.junit.jupiter.api.Test;

class TablePrinterTest {

    @Test
    void csvQuotesFormulaTextButKeepsNumbers() {
        ResultTable table = new ResultTable(List.of("article_id", "offset"),
                List.of(List.of("=HYPERLINK(\"http://x\")", -2L), List.of("@SUM(A1)", 3L), List.of("ديلون", 0L)));
        StringWriter out = new StringWriter();
        new TablePrinter(TablePrinter.Format.CSV, 80).print(table, new PrintWriter(out));

        assertEquals("article_id,offset\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-2\r\n"
                + "'@SUM(A1),3\r\n"
                + "ديلون,0\r\n", out.toString());
    }
}
