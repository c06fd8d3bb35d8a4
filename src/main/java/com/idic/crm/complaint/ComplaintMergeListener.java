package com.idic.crm.complaint;

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
 * Keeps complaints with the surviving customer when duplicates are merged, and moves them back when the
 * merge is undone; the version is bumped so an edit decided on the old customer is refused. The "at risk"
 * mark moves along unless the kept customer already has one.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class ComplaintMergeListener {

    private final JdbcClient jdbc;

    ComplaintMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveComplaints(CustomersMerged merged) {
        jdbc.sql("INSERT INTO complaint_merge_move (merge_id, complaint_id) SELECT ?, id FROM complaint WHERE customer_id = ?")
                .params(merged.mergeId(), merged.mergedId()).update();
        jdbc.sql("""
                UPDATE complaint c JOIN complaint_merge_move m ON m.complaint_id = c.id
                SET c.customer_id = ?, c.version = c.version + 1 WHERE m.merge_id = ?""")
                .params(merged.keptId(), merged.mergeId()).update();
        jdbc.sql("UPDATE IGNORE complaint_customer_at_risk SET customer_id = ? WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId()).update();
    }

    /** Only complaints still with the kept customer go back. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveComplaintsBack(CustomerMergeUndone undone) {
        jdbc.sql("""
                UPDATE complaint c JOIN complaint_merge_move m ON m.complaint_id = c.id
                SET c.customer_id = ?, c.version = c.version + 1 WHERE m.merge_id = ? AND c.customer_id = ?""")
                .params(undone.mergedId(), undone.mergeId(), undone.keptId()).update();
    }
}
