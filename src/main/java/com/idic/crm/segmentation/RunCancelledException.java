package com.idic.crm.segmentation;

/** Stops a run at its next step because a manager cancelled it. */
class RunCancelledException extends RuntimeException {

    private final String cancelledBy;

    RunCancelledException(String cancelledBy) {
        super("Cancelled by " + cancelledBy);
        this.cancelledBy = cancelledBy;
    }

    String cancelledBy() {
        return cancelledBy;
    }
}
