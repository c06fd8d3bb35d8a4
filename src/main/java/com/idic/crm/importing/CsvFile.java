package com.idic.crm.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (with or without a byte-order mark): comma separated, fields may be
 * quoted with {@code "}, a quote inside a quoted field is doubled, quoted fields may span lines;
 * CRLF, LF or CR end a record; blank lines are skipped. Our own small parser because the
 * format is small and commons-csv is not a dependency.
 */
final class CsvFile implements TabularFile {

    private final Path file;

    CsvFile(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(in, strictUtf8), 1 << 16)) {
            parse(reader, handler);
        }
    }

    static void parse(Reader reader, RowHandler handler) throws IOException {
        new Parser(reader, handler).run();
    }

    /** Thrown for a quoted field that never closes: nothing after it can be trusted. */
    static final class MalformedCsvException extends IOException {
        final long line;

        MalformedCsvException(long line) {
            super("Unclosed quote in the record starting on line " + line);
            this.line = line;
        }
    }

    private static final class Parser {
        private final Reader reader;
        private final RowHandler handler;
        private final StringBuilder field = new StringBuilder();
        private List<String> record = new ArrayList<>();
        private long line = 1;
        private long recordLine = 1;
        private boolean fieldStarted;
        private int pushedBack = -2;

        Parser(Reader reader, RowHandler handler) {
            this.reader = reader;
            this.handler = handler;
        }

        void run() throws IOException {
            int c = next();
            if (c == '\uFEFF') {
                c = next();
            }
            while (c != -1) {
                if (c == '"' && field.isEmpty() && !fieldStarted) {
                    c = quoted();
                    continue;
                }
                switch (c) {
                    case ',' -> endField();
                    case '\r', '\n' -> {
                        if (c == '\r') {
                            int after = next();
                            if (after != '\n') {
                                pushedBack = after;
                            }
                        }
                        endRecord();
                        line++;
                        recordLine = line;
                    }
                    default -> {
                        field.append((char) c);
                        fieldStarted = true;
                    }
                }
                c = next();
            }
            endRecord();
        }

        /** Reads a quoted field; returns the character after its closing quote. */
        private int quoted() throws IOException {
            fieldStarted = true;
            while (true) {
                int c = next();
                if (c == -1) {
                    throw new MalformedCsvException(recordLine);
                }
                if (c == '"') {
                    int after = next();
                    if (after != '"') {
                        return after;
                    }
                    field.append('"');
                } else {
                    if (c == '\n' || (c == '\r' && peekIsNotLf())) {
                        line++;
                    }
                    field.append((char) c);
                }
            }
        }

        private boolean peekIsNotLf() throws IOException {
            int after = next();
            pushedBack = after;
            return after != '\n';
        }

        private void endField() {
            record.add(field.toString());
            field.setLength(0);
            fieldStarted = false;
        }

        private void endRecord() {
            if (record.isEmpty() && field.isEmpty() && !fieldStarted) {
                return;
            }
            endField();
            handler.row(recordLine, record);
            record = new ArrayList<>(record.size());
        }

        private int next() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return reader.read();
        }
    }
}
