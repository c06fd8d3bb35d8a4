package com.idic.crm.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.catalog.domain.CatalogItemRepository;
import com.idic.crm.catalog.domain.CatalogSpecifications;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The catalog: everyone reads it (offers are built from it), marketers and managers keep it.
 * A save carries the version the user saw; a stale one fails with
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException} instead of overwriting.
 */
@Service
@Validated
public class CatalogService {

    public static final Set<String> SORTABLE = Set.of("code", "nameEn");

    private final CatalogItemRepository items;

    CatalogService(CatalogItemRepository items) {
        this.items = items;
    }

    /** One page of the list, by code unless sorted otherwise; no count query. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<CatalogItemRow> page(@NotNull CatalogFilter filter, @NotNull Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stableSort(pageable.getSort()));
        return items.findBy(CatalogSpecifications.of(filter), query -> query.slice(request))
                .map(CatalogService::toRow).getContent();
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CatalogItemRow> find(long id) {
        return items.findById(id).map(CatalogService::toRow);
    }

    /** Active items of a product category, by code (what a recommendation of the category can offer). */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<CatalogItemRow> activeInCategory(String category, int limit) {
        return items.findByCategoryAndActiveTrueOrderByCode(category, PageRequest.of(0, limit)).stream()
                .map(CatalogService::toRow).toList();
    }

    /** The item detached, to be edited in the form and passed back to {@link #save}. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional(readOnly = true)
    public Optional<CatalogItem> edit(long id) {
        return items.findById(id);
    }

    /** Creates or updates an item and returns it with its new version. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public CatalogItemRow save(@NotNull @Valid CatalogItem item) {
        items.findByCode(item.getCode())
                .filter(other -> !other.getId().equals(item.getId()))
                .ifPresent(other -> {
                    throw new CodeTakenException(item.getCode());
                });
        return toRow(items.saveAndFlush(item));
    }

    private static Sort stableSort(Sort requested) {
        for (Sort.Order order : requested) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("The catalog cannot be sorted by " + order.getProperty());
            }
        }
        Sort sort = requested.isSorted() ? requested : Sort.by("code");
        return sort.and(Sort.by("id"));
    }

    static CatalogItemRow toRow(CatalogItem item) {
        return new CatalogItemRow(item.getId(), item.getVersion(), item.getKind(), item.getCode(), item.getNameEn(),
                item.getNameZh(), item.getCategory(), item.getListPrice(), item.getUnitCost(), item.isActive());
    }
}
