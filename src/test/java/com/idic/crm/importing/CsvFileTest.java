package com.idic.crm.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    record Row(long line, List<String> cells) {
    }

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithByteOrderMarkAndChineseText() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFexternal_id,name\r\nC1,张伟\r\n").getBytes(StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        new CsvFile(file).read((line, cells) -> rows.add(new Row(line, cells)));
        assertThat(rows).containsExactly(new Row(1, List.of("external_id", "name")), new Row(2, List.of("C1", "张伟")));
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<Row> rows = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,,\"\"\n");
        assertThat(rows).containsExactly(
                new Row(1, List.of("a", "b", "c")),
                new Row(2, List.of("x, y", "say \"hi\"", "two\r\nlines")),
                new Row(4, List.of("last", "", "")));
    }

    @Test
    void acceptsCrLfLfAndCrAndSkipsEmptyLinesKeepingLineNumbers() throws IOException {
        List<Row> rows = parse("h1,h2\r\n\r\nr1,a\n\nr2,b\rr3,c");
        assertThat(rows).containsExactly(
                new Row(1, List.of("h1", "h2")),
                new Row(3, List.of("r1", "a")),
                new Row(5, List.of("r2", "b")),
                new Row(6, List.of("r3", "c")));
    }

    @Test
    void anUnclosedQuoteIsReportedWithTheLineWhereTheRecordStarts() {
        assertThatThrownBy(() -> parse("h\nok\n\"never closed\nmore\n"))
                .isInstanceOfSatisfying(CsvFile.MalformedCsvException.class, e -> assertThat(e.line).isEqualTo(3));
    }

    @Test
    void invalidUtf8IsRefusedNotGarbled() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new CsvFile(file).read((line, cells) -> { }))
                .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    private static List<Row> parse(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        CsvFile.parse(new StringReader(text), (line, cells) -> rows.add(new Row(line, cells)));
        return rows;
    }
}
