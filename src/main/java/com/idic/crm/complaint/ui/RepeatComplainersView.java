package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintReports;
import com.idic.crm.complaint.RepeatComplainer;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The course's list: platinum and gold customers with two or more valid complaints in the last 12 months. */
@Route("repeat-complainers")
@Menu(title = "nav.interact.repeat", order = 4, icon = "WARNING")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/complaint.css")
public class RepeatComplainersView extends Main implements HasDynamicTitle {

    final Grid<RepeatComplainer> grid = new Grid<>(RepeatComplainer.class, false);

    public RepeatComplainersView(ComplaintReports reports) {
        addClassNames("view", "repeat-complainers");
        Div header = new Div(new H2(getTranslation("repeat.title")));
        header.addClassName("view-header");
        grid.addColumn(RepeatComplainer::customerName).setHeader(getTranslation("complaint.column.customer")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("dashboard.tier." + r.tier().name())).setHeader(getTranslation("repeat.tier")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(RepeatComplainer::validComplaints).setHeader(getTranslation("repeat.valid")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> ComplaintTexts.shortDateTime(this, r.lastComplaint())).setHeader(getTranslation("repeat.last"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.averageSatisfaction() == null ? getTranslation("common.none")
                : String.format(getLocale(), "%.1f", r.averageSatisfaction())).setHeader(getTranslation("repeat.satisfaction"))
                .setWidth("8rem").setFlexGrow(0);
        grid.setItems(reports.repeatComplainers());
        grid.setEmptyStateText(getTranslation("repeat.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("customers/" + click.getItem().customerId())));
        grid.setSizeFull();
        add(header, new Paragraph(getTranslation("repeat.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("repeat.title");
    }
}
