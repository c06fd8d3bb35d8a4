package com.idic.crm.segmentation;

/** The steps of a run, in order; progress reports which one has begun. */
public enum RunStep {
    AGGREGATING, SCORING, INDEXING, SUMMARIZING, PUBLISHING, DONE;

    /** Share of the run done when this step begins, for a progress bar. */
    public double fractionDone() {
        return (double) ordinal() / DONE.ordinal();
    }
}
