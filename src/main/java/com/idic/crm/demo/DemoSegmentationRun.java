package com.idic.crm.demo;

import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.RunRefusedException;
import com.idic.crm.segmentation.SegmentationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new install shows segments at once: after the demo company is loaded, the first segmentation
 * run starts in the background (as "system"), unless some run has already succeeded.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class DemoSegmentationRun {

    private static final Logger log = LoggerFactory.getLogger(DemoSegmentationRun.class);

    private final SegmentationService segmentation;
    private final JdbcTemplate jdbc;

    DemoSegmentationRun(SegmentationService segmentation, JdbcTemplate jdbc) {
        this.segmentation = segmentation;
        this.jdbc = jdbc;
    }

    /** After {@link DemoDataLoader#loadIfEmpty()} (order 100). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void runIfNeverRun() {
        SystemAuthentication.run(() -> {
            boolean customers = Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM customer)", Boolean.class));
            if (!customers || segmentation.latestSuccessfulRun().isPresent()) {
                return;
            }
            try {
                long id = segmentation.start(null, RunProgress.NONE).run().id();
                log.info("First segmentation run {} started for the demo company", id);
            } catch (RunRefusedException e) {
                log.info("First segmentation run not started: {}", e.getMessage());
            }
        });
    }
}
