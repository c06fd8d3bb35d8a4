package com.idic.crm.catalog.domain;

import com.idic.crm.catalog.CatalogFilter;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

/** The catalog list's filter in SQL. */
public final class CatalogSpecifications {

    private CatalogSpecifications() {
    }

    public static Specification<CatalogItem> of(CatalogFilter filter) {
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (filter.kind() != null) {
                where = cb.and(where, cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.activeOnly()) {
                where = cb.and(where, cb.isTrue(root.get("active")));
            }
            if (StringUtils.hasText(filter.text())) {
                String text = filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                where = cb.and(where, cb.or(
                        cb.like(root.get("code"), text.toUpperCase() + "%", '\\'),
                        cb.like(root.get("nameEn"), text + "%", '\\'),
                        cb.like(root.get("nameZh"), "%" + text + "%", '\\')));
            }
            return where;
        };
    }
}
