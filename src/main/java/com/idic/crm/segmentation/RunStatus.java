package com.idic.crm.segmentation;

/** A run is RUNNING until it has published its results (SUCCEEDED) or given up (FAILED, with a reason). */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
