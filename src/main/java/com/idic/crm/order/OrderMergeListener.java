package com.idic.crm.order;

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

/** Keeps orders with the surviving customer when duplicates are merged, and moves them back on undo. */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class OrderMergeListener {

    private final MergeMoves moves;

    OrderMergeListener(JdbcClient jdbc) {
        this.moves = new MergeMoves(jdbc, "customer_order", "order_merge_move", "order_id");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOrders(CustomersMerged merged) {
        moves.moveToKept(merged);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOrdersBack(CustomerMergeUndone undone) {
        moves.moveBack(undone);
    }
}
