package com.idic.crm.customization;

import java.util.List;

import com.idic.crm.customization.domain.OfferSpecifications;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every offer, each version its own row, newest first: the offers list and its export. Read-only, so whoever
 * may open the requests list may read it; what someone may do with an offer is decided in the editor.
 */
@Service
@Validated
public class OfferList {

    private final OfferStore store;

    OfferList(OfferStore store) {
        this.store = store;
    }

    /** One page of the list; no count query. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<OfferRow> page(@NotNull OfferFilter filter, @NotNull Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), listOrder(pageable.getSort()));
        return store.offers.findBy(OfferSpecifications.of(filter), query -> query.slice(request))
                .map(OfferStore::row).getContent();
    }

    /**
     * The list's rows in its filter and order, up to {@code limit} after {@code last} (null = from the first):
     * keyset chunks for the export, each as cheap at the end of a long list as at its start.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<OfferRow> chunkAfter(@NotNull OfferFilter filter, @NotNull Sort sort, OfferRow last, int limit) {
        Sort order = listOrder(sort);
        var rows = OfferSpecifications.of(filter);
        if (last != null) {
            rows = rows.and(OfferSpecifications.after(last.createdAt(), last.id(), order.iterator().next().isDescending()));
        }
        return store.offers.findBy(rows, query -> query.sortBy(order).limit(limit).all()).stream()
                .map(OfferStore::row).toList();
    }

    /** Newest first unless the list asks for oldest first; the id breaks ties so no row repeats or is skipped. */
    private static Sort listOrder(Sort requested) {
        Sort sort = Sort.by(Sort.Direction.DESC, "createdAt", "id");
        for (Sort.Order order : requested) {
            if (!order.getProperty().equals("createdAt")) {
                throw new IllegalArgumentException("Offers cannot be sorted by " + order.getProperty());
            }
            sort = Sort.by(order.getDirection(), "createdAt", "id");
        }
        return sort;
    }
}
