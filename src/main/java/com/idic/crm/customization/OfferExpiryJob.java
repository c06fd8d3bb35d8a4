package com.idic.crm.customization;

import com.idic.crm.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for overdue offers every hour (and a minute after start), so an offer expires within the hour after
 * its last valid day. Running it on two nodes at once expires nothing twice: the second finds the first's
 * offers already expired, or fails on their version and leaves them.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "crm.offers.expiry.enabled", havingValue = "true", matchIfMissing = true)
class OfferExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiryJob.class);

    private final OfferExpiry expiry;

    OfferExpiryJob(OfferExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void expireOverdue() {
        int expired = SystemAuthentication.call(expiry::expireOverdue);
        if (expired > 0) {
            log.info("{} offers expired", expired);
        }
    }
}
