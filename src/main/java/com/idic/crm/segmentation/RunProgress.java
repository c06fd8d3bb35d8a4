package com.idic.crm.segmentation;

/**
 * Told when a run begins each step. Called on the run's background thread: a view must use
 * {@code ui.access(...)} to show it.
 */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (run, step) -> { };

    void stepStarted(long runId, RunStep step);
}
