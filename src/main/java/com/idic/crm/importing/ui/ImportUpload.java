package com.idic.crm.importing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives an uploaded import file into a temp file and holds the size limit on the server while
 * the bytes arrive: the browser's own check can be bypassed, and the servlet's multipart limit
 * does not apply when the upload is streamed. A larger upload is cut off at the limit, its temp
 * file deleted, and the view told.
 */
final class ImportUpload implements UploadHandler {

    /** What becomes of an upload. */
    interface Receiver {
        /** The whole file arrived; the receiver owns (and deletes) {@code file}. */
        void received(String fileName, Path file);

        /** The upload was cut off at {@code limit} bytes; nothing of it is kept. */
        void tooLarge(String fileName, long limit);
    }

    /** Thrown to end the request: the response becomes an error, so the browser stops sending. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("Upload larger than " + limit + " bytes cut off");
        }
    }

    private final long limit;
    private final Path directory;
    private final Receiver receiver;

    /** {@code directory} null: the system temp directory. */
    ImportUpload(long limit, Path directory, Receiver receiver) {
        this.limit = limit;
        this.directory = directory;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        if (event.getFileSize() > limit) {
            receiver.tooLarge(fileName, limit);
            throw new TooLargeException(limit);
        }
        Path file = directory == null ? Files.createTempFile("crm-import-", ".upload")
                : Files.createTempFile(directory, "crm-import-", ".upload");
        boolean kept = false;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    receiver.tooLarge(fileName, limit);
                    throw new TooLargeException(limit);
                }
                out.write(buffer, 0, read);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        receiver.received(fileName, file);
    }

    @Override
    public long getRequestSizeMax() {
        // a multipart request carries a few hundred bytes of headers around the file
        return limit + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return limit;
    }
}
