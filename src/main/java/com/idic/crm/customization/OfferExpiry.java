package com.idic.crm.customization;

import java.time.LocalDate;
import java.util.List;

import com.idic.crm.customization.domain.Offer;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers past their validity date expire (sent or approved but never sent); run by {@link OfferExpiryJob}. */
@Service
public class OfferExpiry {

    private static final List<OfferState> EXPIRING = List.of(OfferState.SENT, OfferState.APPROVED);

    private final OfferStore store;

    OfferExpiry(OfferStore store) {
        this.store = store;
    }

    /** Expires every offer whose validity ended before today (by the injected clock); returns how many. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.MANAGER})
    @Transactional
    public int expireOverdue() {
        return expireOverdueOn(LocalDate.now(store.clock));
    }

    int expireOverdueOn(LocalDate today) {
        List<Long> overdue = store.offers.overdue(EXPIRING, today);
        for (Long id : overdue) {
            Offer offer = store.offers.findWithLines(id).orElseThrow();
            OfferState from = offer.step(OfferAction.EXPIRE, null, "system", store.clock.instant());
            store.offers.save(offer);
            store.record(offer, OfferAction.EXPIRE, from, "valid until " + offer.getValidUntil());
        }
        return overdue.size();
    }
}
