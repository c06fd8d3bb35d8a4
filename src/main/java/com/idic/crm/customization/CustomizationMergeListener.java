package com.idic.crm.customization;

import com.idic.crm.customer.CustomerMergeUndone;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomersMerged;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests and offers follow their customer when duplicates are merged (and go back on undo, unless moved
 * elsewhere since). The customer's name shown on them becomes the surviving record's; versions are bumped
 * so an edit decided before the merge is refused rather than moving a row back.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class CustomizationMergeListener {

    private static final String[][] TABLES = {{"request", "customization_request"}, {"offer", "offer"}};

    private final JdbcClient jdbc;
    private final CustomerService customers;

    CustomizationMergeListener(JdbcClient jdbc, CustomerService customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveToKept(CustomersMerged merged) {
        String name = customers.row(merged.keptId()).map(CustomerRow::name).orElse(null);
        for (String[] table : TABLES) {
            jdbc.sql("INSERT INTO customization_merge_move (merge_id, kind, row_id) SELECT ?, ?, id FROM " + table[1]
                            + " WHERE customer_id = ?")
                    .params(merged.mergeId(), table[0], merged.mergedId()).update();
            jdbc.sql("UPDATE " + table[1] + " t JOIN customization_merge_move m ON m.row_id = t.id AND m.kind = ?"
                            + " SET t.customer_id = ?, t.customer_name = COALESCE(?, t.customer_name), t.version = t.version + 1"
                            + " WHERE m.merge_id = ?")
                    .params(table[0], merged.keptId(), name, merged.mergeId()).update();
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveBack(CustomerMergeUndone undone) {
        String name = customers.row(undone.mergedId()).map(CustomerRow::name).orElse(null);
        for (String[] table : TABLES) {
            jdbc.sql("UPDATE " + table[1] + " t JOIN customization_merge_move m ON m.row_id = t.id AND m.kind = ?"
                            + " SET t.customer_id = ?, t.customer_name = COALESCE(?, t.customer_name), t.version = t.version + 1"
                            + " WHERE m.merge_id = ? AND t.customer_id = ?")
                    .params(table[0], undone.mergedId(), name, undone.mergeId(), undone.keptId()).update();
        }
    }
}
