package com.idic.crm.segmentation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.domain.OverrideStore;
import com.idic.crm.segmentation.domain.RunStore;
import com.idic.crm.segmentation.domain.ScoreStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segmentation runs: starting one (one at a time, also across application nodes), the list of runs,
 * and manual lifecycle overrides.
 */
@Service
public class SegmentationService {

    public static final String REASON_REQUIRED = "segmentation.override.reasonRequired";

    private final RunCoordinator coordinator;
    private final RunStore runs;
    private final ScoreStore scores;
    private final OverrideStore overrides;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crm-segmentation");
        thread.setDaemon(true);
        return thread;
    });

    SegmentationService(RunCoordinator coordinator, RunStore runs, ScoreStore scores, OverrideStore overrides,
                        Clock clock) {
        this.coordinator = coordinator;
        this.runs = runs;
        this.scores = scores;
        this.overrides = overrides;
        this.clock = clock;
    }

    /**
     * Starts a run at {@code analysisDate} (today if null) in the background, as the caller. Refused with
     * {@link RunRefusedException} if another run is going (it names that run) or the date is in the future.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public RunStarted start(LocalDate analysisDate, RunProgress progress) {
        RunCoordinator.Launch launch = coordinator.launch(analysisDate, CurrentUser.usernameOrSystem());
        CompletableFuture<SegmentationRun> finished = new CompletableFuture<>();
        // the starter's security context travels with the work, so the run acts with their rights
        background.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                finished.complete(coordinator.execute(launch, progress));
            } catch (RuntimeException | Error e) {
                finished.completeExceptionally(e);
            }
        }));
        return new RunStarted(launch.run(), finished);
    }

    /** Same as {@link #start} but on the caller's thread; returns the finished run (SUCCEEDED or FAILED). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public SegmentationRun runNow(LocalDate analysisDate, RunProgress progress) {
        return coordinator.execute(coordinator.launch(analysisDate, CurrentUser.usernameOrSystem()), progress);
    }

    /** The nightly run, started by the application as {@code SystemAuthentication}: recorded as "scheduler". */
    @RolesAllowed({AppRoles.ADMIN})
    public SegmentationRun runScheduled() {
        return coordinator.execute(coordinator.launch(null, SegmentationRun.SCHEDULER), RunProgress.NONE);
    }

    /** Asks a running run to stop at its next step; it fails with "Cancelled by ..." and the previous results stay. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public void cancel(long runId) {
        coordinator.cancel(runId, CurrentUser.usernameOrSystem());
    }

    /** The run going on now, on any node. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<SegmentationRun> running() {
        return runs.running().filter(run -> coordinator.lockHeld());
    }

    /** Runs, newest first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<SegmentationRun> runs(int offset, int limit) {
        return runs.list(offset, limit);
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<SegmentationRun> run(long runId) {
        return runs.find(runId);
    }

    /** The run whose results are shown by default. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    public Optional<SegmentationRun> latestSuccessfulRun() {
        return runs.latestSucceeded();
    }

    /**
     * Sets the customer's stage by hand, with a reason ({@link IllegalArgumentException} with
     * {@link #REASON_REQUIRED} if blank); it wins in the latest results at once and in every later run.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional
    public LifecycleOverride overrideLifecycle(long customerId, LifecycleStage stage, String reason) {
        if (stage == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(REASON_REQUIRED);
        }
        LifecycleOverride saved = overrides.put(customerId, stage, reason.strip(), CurrentUser.usernameOrSystem(),
                clock.instant());
        runs.latestSucceeded().filter(SegmentationRun::scoresKept)
                .ifPresent(run -> scores.applyStage(run.id(), customerId, stage));
        return saved;
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional
    public void clearLifecycleOverride(long customerId) {
        if (overrides.remove(customerId)) {
            runs.latestSucceeded().filter(SegmentationRun::scoresKept)
                    .ifPresent(run -> scores.applyStage(run.id(), customerId, null));
        }
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<LifecycleOverride> lifecycleOverride(long customerId) {
        return overrides.find(customerId);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
