package com.idic.crm.segmentation;

import java.util.concurrent.CompletableFuture;

/** A run accepted and running in the background; {@code finished} completes with its final state. */
public record RunStarted(SegmentationRun run, CompletableFuture<SegmentationRun> finished) {
}
