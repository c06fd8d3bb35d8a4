package com.idic.crm.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One requested report: waiting in the queue, being written (with its progress), ready to download,
 * failed (with a message key and why) or cancelled by its requester. Listeners hear of every change, on the writer's thread.
 */
public final class ReportJob {

    public enum State { QUEUED, RUNNING, READY, FAILED, CANCELLED }

    /** Stops listening. */
    public interface Registration {
        void remove();
    }

    private final String id = UUID.randomUUID().toString();
    private final String title;
    private final String description;
    private final String fileName;
    private final String requestedBy;
    private final Instant requestedAt;
    private final List<Consumer<ReportJob>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile int waitingAhead;
    private volatile double progress;
    private volatile Path file;
    private volatile String failure;
    private volatile Instant finishedAt;
    private volatile boolean cancelRequested;

    ReportJob(String title, String description, String fileName, String requestedBy, Instant requestedAt) {
        this.title = title;
        this.description = description;
        this.fileName = fileName;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Registration onChange(Consumer<ReportJob> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The parameters in words, for the list of reports. */
    public String description() {
        return description;
    }

    public String fileName() {
        return fileName;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public State state() {
        return state;
    }

    /** Reports that will start before this one (while queued). */
    public int waitingAhead() {
        return waitingAhead;
    }

    /** 0..1 while running. */
    public double progress() {
        return progress;
    }

    /** The written workbook, when ready. */
    public Path file() {
        return file;
    }

    /** Why it failed, in the requester's language. */
    public String failure() {
        return failure;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Whether the requester asked to stop it (it stops at the next progress report). */
    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Asks it to stop; false when it is no longer waiting or being written. */
    synchronized boolean requestCancel() {
        if (state != State.QUEUED && state != State.RUNNING) {
            return false;
        }
        cancelRequested = true;
        return true;
    }

    synchronized void cancelled(Instant at) {
        if (state == State.CANCELLED) {
            return;
        }
        finishedAt = at;
        state = State.CANCELLED;
        changed();
    }

    void waiting(int ahead) {
        if (state == State.QUEUED && ahead != waitingAhead) {
            waitingAhead = ahead;
            changed();
        }
    }

    void started() {
        state = State.RUNNING;
        waitingAhead = 0;
        changed();
    }

    void advanced(double done) {
        // a change of less than a percent is not worth a round trip to the browser
        if (done - progress >= 0.01 || done >= 1.0) {
            progress = done;
            changed();
        }
    }

    /** False (and nothing changes) when its requester cancelled it meanwhile. */
    synchronized boolean ready(Path written, Instant at) {
        if (cancelRequested) {
            return false;
        }
        file = written;
        finishedAt = at;
        progress = 1.0;
        state = State.READY;
        changed();
        return true;
    }

    void failed(String why, Instant at) {
        failure = why;
        finishedAt = at;
        state = State.FAILED;
        changed();
    }

    private void changed() {
        listeners.forEach(listener -> listener.accept(this));
    }
}
