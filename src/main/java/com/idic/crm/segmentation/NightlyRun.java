package com.idic.crm.segmentation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.segmentation.domain.RunStore;
import com.idic.crm.segmentation.domain.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the nightly run at the time in the settings (read every minute, so a changed time counts from
 * the next minute). Any node may start it; the run lock lets one through, and a run "scheduler" started
 * since today's time tells the others it is done. A node that was down at that time does not catch up
 * later than {@link #CATCH_UP_HOURS} hours: a run at noon would disturb the working day.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "crm.segmentation.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NightlyRun {

    static final int CATCH_UP_HOURS = 3;
    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final SegmentationService service;
    private final SettingsStore settings;
    private final RunStore runs;
    private final Clock clock;

    NightlyRun(SegmentationService service, SettingsStore settings, RunStore runs, Clock clock) {
        this.service = service;
        this.settings = settings;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "0 * * * * *")
    void runIfDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalTime time = settings.current().settings().nightlyRunTime();
        LocalDateTime due = now.toLocalDate().atTime(time);
        if (now.isBefore(due) || now.isAfter(due.plusHours(CATCH_UP_HOURS))) {
            return;
        }
        Instant dueInstant = due.atZone(clock.getZone()).toInstant();
        if (runs.startedSince(SegmentationRun.SCHEDULER, dueInstant)) {
            return;
        }
        try {
            SegmentationRun run = SystemAuthentication.call(service::runScheduled);
            log.info("Nightly segmentation run {} ended {}", run.id(), run.status());
        } catch (RunRefusedException e) {
            log.info("Nightly segmentation run not started: {}", e.getMessage());
        }
    }
}
