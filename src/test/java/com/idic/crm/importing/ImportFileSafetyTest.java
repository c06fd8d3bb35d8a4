package com.idic.crm.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crafted .xlsx files that would cost the server far more than their size: refused with a clear reason. */
class ImportFileSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedAsSuch() throws IOException {
        Path normal = ImportFiles.xlsx(dir, "normal.xlsx", List.of(List.of("external_id", "type", "name"), List.of("Z-1", "INDIVIDUAL", "Z")));
        Path bomb = dir.resolve("bomb.xlsx");
        // 30 MB of blanks inside the sheet XML still parse, and compress about a thousand to one
        rewrite(normal, bomb, "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(30 << 20)));
        assertThat(Files.size(bomb)).isLessThan(200_000);

        assertThatThrownBy(() -> new XlsxFile(bomb, 1_000_000).read((row, cells) -> { }))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.reason()).isEqualTo("import.error.zipBomb"));
    }

    @Test
    void theSharedStringsTableIsCappedAndReadBelowTheCap() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("external_id", "type", "name"));
        for (int i = 0; i < 100; i++) {
            rows.add(List.of("T-" + i, "INDIVIDUAL", "A name long enough to count " + i));
        }
        Path file = ImportFiles.xlsx(dir, "text.xlsx", rows);

        assertThatThrownBy(() -> new XlsxFile(file, 1_000).read((row, cells) -> { }))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.reason()).isEqualTo("import.error.xlsxText"));

        List<List<String>> read = new ArrayList<>();
        new XlsxFile(file, 100_000).read((row, cells) -> read.add(cells));
        assertThat(read).hasSize(101);
        assertThat(read.get(100)).containsExactly("T-99", "INDIVIDUAL", "A name long enough to count 99");
    }

    private static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
