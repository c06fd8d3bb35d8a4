package com.idic.crm.order;

import jakarta.annotation.security.RolesAllowed;
import com.idic.crm.security.AppRoles;
import com.idic.crm.customer.CustomerMergeUndone;
import com.idic.crm.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps orders with the surviving customer when duplicates are merged. Set-based SQL,
 * since a customer may have thousands of orders; the version is bumped so a concurrent
 * edit of a moved order is refused instead of silently moving it back.
 */
@Component
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN}) // merges and their undo are theirs
class OrderMergeListener {

    private final JdbcClient jdbc;

    OrderMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOrders(CustomersMerged merged) {
        jdbc.sql("INSERT INTO order_merge_move (merge_id, order_id) SELECT ?, id FROM customer_order WHERE customer_id = ?")
                .params(merged.mergeId(), merged.mergedId()).update();
        jdbc.sql("""
                UPDATE customer_order o JOIN order_merge_move m ON m.order_id = o.id
                SET o.customer_id = ?, o.version = o.version + 1
                WHERE m.merge_id = ?""")
                .params(merged.keptId(), merged.mergeId()).update();
    }

    /** Only orders still with the kept customer go back; one moved elsewhere since stays where a person put it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOrdersBack(CustomerMergeUndone undone) {
        jdbc.sql("""
                UPDATE customer_order o JOIN order_merge_move m ON m.order_id = o.id
                SET o.customer_id = ?, o.version = o.version + 1
                WHERE m.merge_id = ? AND o.customer_id = ?""")
                .params(undone.mergedId(), undone.mergeId(), undone.keptId()).update();
    }
}
