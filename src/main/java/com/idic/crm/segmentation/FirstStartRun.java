package com.idic.crm.segmentation;

import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.segmentation.domain.RunStore;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company gets its first segmentation right after its demo data (which loads at order 100 of the
 * same event), so every view shows results on a new install. Only while there has never been a run.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class FirstStartRun {

    private static final Logger log = LoggerFactory.getLogger(FirstStartRun.class);

    private final SegmentationService service;
    private final RunStore runs;

    FirstStartRun(SegmentationService service, RunStore runs) {
        this.service = service;
        this.runs = runs;
    }

    // started by the application, before anyone signs in; the run itself is checked as SystemAuthentication
    @PermitAll
    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    public void runIfNeverRun() {
        if (!runs.list(0, 1).isEmpty() || !runs.anyCustomer()) {
            return;
        }
        try {
            SegmentationRun run = SystemAuthentication.call(() -> service.runNow(null, RunProgress.NONE));
            log.info("First segmentation run of the demo company: {} customers, {}", run.customersScored(), run.status());
        } catch (RunRefusedException e) {
            log.info("First segmentation run left to the other node: {}", e.getMessage());
        }
    }
}
