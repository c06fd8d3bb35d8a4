package com.idic.crm.segmentation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * Segmentation runs: starting one (one at a time, also across application nodes), the list of runs,
 * and manual lifecycle overrides.
 */
@Service
public class SegmentationService {

    /**
     * Starts a run at {@code analysisDate} (today if null) in the background, as the caller. Refused with
     * {@link RunRefusedException} if another run is going (it names that run) or the date is in the future.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public RunStarted start(LocalDate analysisDate, RunProgress progress) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Same as {@link #start} but on the caller's thread; returns the finished run (SUCCEEDED or FAILED). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public SegmentationRun runNow(LocalDate analysisDate, RunProgress progress) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** The run going on now, on any node. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<SegmentationRun> running() {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Runs, newest first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<SegmentationRun> runs(int offset, int limit) {
        throw new UnsupportedOperationException("first API commit");
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<SegmentationRun> run(long runId) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** The run whose results are shown by default. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    public Optional<SegmentationRun> latestSuccessfulRun() {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Sets the customer's stage by hand; it wins in the latest results at once and in every later run. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public LifecycleOverride overrideLifecycle(long customerId, LifecycleStage stage, String reason) {
        throw new UnsupportedOperationException("first API commit");
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public void clearLifecycleOverride(long customerId) {
        throw new UnsupportedOperationException("first API commit");
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    public Optional<LifecycleOverride> lifecycleOverride(long customerId) {
        throw new UnsupportedOperationException("first API commit");
    }
}
