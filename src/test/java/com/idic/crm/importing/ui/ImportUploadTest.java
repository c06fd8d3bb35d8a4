package com.idic.crm.importing.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The size limit holds while the upload streams, whatever the browser claimed, and leaves no temp file behind. */
class ImportUploadTest {

    @TempDir
    Path dir;

    private final List<String> told = new ArrayList<>();
    private final List<Path> received = new ArrayList<>();

    private ImportUpload upload(long limit) {
        return new ImportUpload(limit, dir, new ImportUpload.Receiver() {
            @Override
            public void received(String fileName, Path file) {
                received.add(file);
            }

            @Override
            public void tooLarge(String fileName, long max) {
                told.add(fileName + " > " + max);
            }
        });
    }

    @Test
    void anUploadLargerThanTheLimitIsCutOffWhileStreamingAndLeavesNoFile() throws IOException {
        UploadEvent event = event("big.csv", -1, new byte[10_000]);
        assertThatThrownBy(() -> upload(4_096).handleUploadRequest(event)).isInstanceOf(ImportUpload.TooLargeException.class);
        assertThat(told).containsExactly("big.csv > 4096");
        assertThat(received).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReading() throws IOException {
        assertThatThrownBy(() -> upload(100).handleUploadRequest(event("big.csv", 101, new byte[10])))
                .isInstanceOf(ImportUpload.TooLargeException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUploadWithinTheLimitArrivesWhole() throws IOException {
        byte[] content = "external_id,type,name\r\n".getBytes();
        upload(content.length).handleUploadRequest(event("ok.csv", -1, content));
        assertThat(told).isEmpty();
        assertThat(received).singleElement().satisfies(file -> assertThat(Files.readAllBytes(file)).isEqualTo(content));
    }

    private static UploadEvent event(String fileName, long declaredSize, byte[] content) {
        return new UploadEvent(null, null, null, fileName, declaredSize, "text/csv", null, null, new BytesPart(content));
    }

    /** Just enough of a servlet multipart part to hand the handler a stream. */
    private record BytesPart(byte[] content) implements Part {
        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getContentType() {
            return "text/csv";
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getSubmittedFileName() {
            return "file";
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {
        }

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
