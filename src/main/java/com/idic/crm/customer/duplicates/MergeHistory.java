package com.idic.crm.customer.duplicates;

import java.util.List;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The merges done so far, newest first, with both customers' names. */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@Transactional(readOnly = true)
public class MergeHistory {

    private final EntityManager entityManager;

    MergeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<MergeRecord> page(int offset, int limit) {
        return entityManager.createQuery("""
                        SELECT new com.idic.crm.customer.duplicates.MergeRecord(m.id, m.keptId, k.name, m.mergedId, d.name,
                               m.mergedBy, m.mergedAt, m.undoneBy, m.undoneAt)
                          FROM CustomerMerge m, Customer k, Customer d
                         WHERE k.id = m.keptId AND d.id = m.mergedId
                         ORDER BY m.mergedAt DESC, m.id DESC""", MergeRecord.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return entityManager.createQuery("SELECT COUNT(m) FROM CustomerMerge m", Long.class).getSingleResult();
    }
}
