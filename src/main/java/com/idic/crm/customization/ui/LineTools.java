package com.idic.crm.customization.ui;

import java.util.function.Consumer;

import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.LineNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.data.domain.PageRequest;

/** Adds a line: an active catalog item picked by code or name, or an empty custom line. */
class LineTools extends Div {

    final ComboBox<CatalogItemRow> catalogPicker = new ComboBox<>();
    final Button addCustom = new Button(getTranslation("offer.addCustom"), VaadinIcon.PLUS.create());

    LineTools(CatalogService catalog, Consumer<EditableLine> addLine) {
        addClassName("line-tools");
        catalogPicker.setPlaceholder(getTranslation("offer.addFromCatalog"));
        catalogPicker.setItems(query -> catalog.page(new CatalogFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        catalogPicker.setItemLabelGenerator(item -> item.code() + " \u00b7 " + item.name(getLocale()));
        catalogPicker.setWidth("24rem");
        catalogPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                CatalogItemRow item = e.getValue();
                addLine.accept(EditableLine.ofItem(item.id(), item.code(), new LineNames(item.nameEn(), item.nameZh()),
                        getLocale(), item.listPrice(), item.unitCost()));
                catalogPicker.clear();
            }
        });
        addCustom.addClickListener(click -> addLine.accept(EditableLine.blankCustom()));
        add(catalogPicker, addCustom);
    }

    void show(boolean editable) {
        catalogPicker.setVisible(editable);
        addCustom.setVisible(editable);
    }
}
