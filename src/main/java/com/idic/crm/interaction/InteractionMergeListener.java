package com.idic.crm.interaction;

import com.idic.crm.customer.CustomerMergeUndone;
import com.idic.crm.customer.CustomersMerged;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact history goes with the surviving customer of a merge and back when the merge is undone,
 * as orders do. The relationship level stays the surviving record's: a person set it for that record.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class InteractionMergeListener {

    private final JdbcClient jdbc;

    InteractionMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInteractions(CustomersMerged merged) {
        jdbc.sql("INSERT INTO interaction_merge_move (merge_id, interaction_id) SELECT ?, id FROM interaction WHERE customer_id = ?")
                .params(merged.mergeId(), merged.mergedId()).update();
        jdbc.sql("""
                UPDATE interaction i JOIN interaction_merge_move m ON m.interaction_id = i.id
                SET i.customer_id = ?, i.version = i.version + 1
                WHERE m.merge_id = ?""")
                .params(merged.keptId(), merged.mergeId()).update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInteractionsBack(CustomerMergeUndone undone) {
        jdbc.sql("""
                UPDATE interaction i JOIN interaction_merge_move m ON m.interaction_id = i.id
                SET i.customer_id = ?, i.version = i.version + 1
                WHERE m.merge_id = ? AND i.customer_id = ?""")
                .params(undone.mergedId(), undone.mergeId(), undone.keptId()).update();
        jdbc.sql("DELETE FROM interaction_merge_move WHERE merge_id = ?").params(undone.mergeId()).update();
    }
}
