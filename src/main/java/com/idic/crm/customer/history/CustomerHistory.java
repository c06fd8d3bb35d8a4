package com.idic.crm.customer.history;

import java.util.List;

import com.idic.crm.customer.history.domain.CustomerChangeLog;
import com.idic.crm.customer.history.domain.CustomerViewLog;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a customer's history: what changed, and (for managers) who looked at the record. */
@Service
@Transactional(readOnly = true)
public class CustomerHistory {

    /** How many of the latest viewers the History tab lists. */
    public static final int VIEWERS_SHOWN = 20;

    private final CustomerChangeLog changes;
    private final CustomerViewLog views;

    CustomerHistory(CustomerChangeLog changes, CustomerViewLog views) {
        this.changes = changes;
        this.views = views;
    }

    /** Newest first, one page of a lazy list. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    public List<HistoryEntry> page(long customerId, long offset, int limit) {
        return changes.page(customerId, offset, limit).stream()
                .map(stored -> new HistoryEntry(stored.id(), stored.row().changedAt(), stored.row().changedBy(),
                        stored.row().kind(), stored.row().field(), stored.row().oldValue(), stored.row().newValue(),
                        stored.row().detail()))
                .toList();
    }

    /** Who looked at the record lately: something for those responsible for the data, not for every clerk. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<CustomerViewer> lastViewers(long customerId) {
        return views.lastViews(customerId, VIEWERS_SHOWN).stream()
                .map(view -> new CustomerViewer(view.username(), view.lastViewedAt(), view.views()))
                .toList();
    }
}
