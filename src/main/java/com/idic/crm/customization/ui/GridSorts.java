package com.idic.crm.customization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.data.domain.Sort;

/** A grid's current sort as the services take it, for an export in the order the user sees. */
final class GridSorts {

    private GridSorts() {
    }

    static Sort of(Grid<?> grid) {
        return Sort.by(grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted()))
                .toList());
    }
}
