package com.idic.crm.segmentation;

import java.time.Instant;

/**
 * Settings as saved: who saved them and when ("defaults" and null before anyone did); {@code version}
 * goes back with a save so a save based on stale settings is refused.
 */
public record StoredSettings(SegmentationSettings settings, long version, String changedBy, Instant changedAt) {
}
