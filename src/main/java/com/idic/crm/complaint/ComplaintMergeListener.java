package com.idic.crm.complaint;

import com.idic.crm.customer.CustomerMergeUndone;
import com.idic.crm.customer.CustomersMerged;
import com.idic.crm.customer.MergeMoves;
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
    private final MergeMoves moves;

    ComplaintMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.moves = new MergeMoves(jdbc, "complaint", "complaint_merge_move", "complaint_id");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveComplaints(CustomersMerged merged) {
        moves.moveToKept(merged);
        jdbc.sql("UPDATE IGNORE complaint_customer_at_risk SET customer_id = ? WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId()).update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveComplaintsBack(CustomerMergeUndone undone) {
        moves.moveBack(undone);
    }
}
