package com.idic.crm.interaction;

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
 * The contact history goes with the surviving customer of a merge and back when the merge is undone,
 * as orders do. The relationship level stays the surviving record's: a person set it for that record.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class InteractionMergeListener {

    private final MergeMoves moves;

    InteractionMergeListener(JdbcClient jdbc) {
        this.moves = new MergeMoves(jdbc, "interaction", "interaction_merge_move", "interaction_id");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInteractions(CustomersMerged merged) {
        moves.moveToKept(merged);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInteractionsBack(CustomerMergeUndone undone) {
        moves.moveBack(undone);
    }
}
