package com.idic.crm.customer.history;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerChanged;
import com.idic.crm.customer.CustomerImportChanges;
import com.idic.crm.customer.CustomerOpened;
import com.idic.crm.customer.history.domain.ChangeRow;
import com.idic.crm.customer.history.domain.CustomerChangeLog;
import com.idic.crm.customer.history.domain.CustomerViewLog;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the history as things happen, inside the transaction that changed the customer: who is
 * the signed-in user (or "system"), when is the application clock.
 */
@Component
class CustomerHistoryRecorder implements CustomerImportChanges {

    private static final int DETAIL_LENGTH = 300;
    /** Import changes are turned into rows this many at a time, so a million never sit in memory twice. */
    private static final int IMPORT_CHUNK = 10_000;

    private final CustomerChangeLog changes;
    private final CustomerViewLog views;
    private final Clock clock;

    CustomerHistoryRecorder(CustomerChangeLog changes, CustomerViewLog views, Clock clock) {
        this.changes = changes;
        this.views = views;
        this.clock = clock;
    }

    @EventListener
    void changed(CustomerChanged event) {
        LocalDateTime now = LocalDateTime.now(clock);
        String user = CurrentUser.usernameOrSystem();
        if (event.kind() == CustomerChangeKind.ANONYMIZED) {
            changes.forgetValues(event.customerId(), event.fields().stream().map(CustomerChanged.FieldChange::field).toList());
        }
        List<ChangeRow> rows = new ArrayList<>();
        if (event.fields().isEmpty()) {
            rows.add(new ChangeRow(event.customerId(), now, user, event.kind(), null, null, null, event.detail()));
        }
        event.fields().forEach(field -> rows.add(new ChangeRow(event.customerId(), now, user, event.kind(), field.field(),
                field.oldValue(), field.newValue(), event.detail())));
        changes.append(rows);
    }

    @EventListener
    void opened(CustomerOpened event) {
        views.record(event.customerId(), CurrentUser.usernameOrSystem(), LocalDateTime.now(clock));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public void imported(String source, List<ImportedField> imported) {
        LocalDateTime now = LocalDateTime.now(clock);
        String user = CurrentUser.usernameOrSystem();
        String detail = source == null || source.length() <= DETAIL_LENGTH ? source : source.substring(0, DETAIL_LENGTH);
        for (int from = 0; from < imported.size(); from += IMPORT_CHUNK) {
            List<ChangeRow> rows = new ArrayList<>(IMPORT_CHUNK);
            for (ImportedField field : imported.subList(from, Math.min(imported.size(), from + IMPORT_CHUNK))) {
                rows.add(field.column() == null
                        ? new ChangeRow(field.customerId(), now, user, CustomerChangeKind.CREATED, null, null, null, detail)
                        : new ChangeRow(field.customerId(), now, user, CustomerChangeKind.IMPORTED, field.column(),
                        field.oldValue(), field.newValue(), detail));
            }
            changes.append(rows);
        }
    }
}
