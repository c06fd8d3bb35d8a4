package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.FollowUpItem;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/**
 * The service desk's start of the day: my open complaints with the nearest SLA first, the unassigned queue
 * and today's follow-ups; managers also see the escalation queue.
 */
@Route("service-desk")
@Menu(title = "nav.interact.desk", order = 1, icon = "HEADSET")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER})
@StyleSheet("context://styles/complaint.css")
public class ServiceDeskView extends Main implements HasDynamicTitle {

    final Grid<ComplaintRow> mine = new Grid<>(ComplaintRow.class, false);
    final Grid<ComplaintRow> unassigned = new Grid<>(ComplaintRow.class, false);
    final Grid<ComplaintRow> escalated = new Grid<>(ComplaintRow.class, false);
    final Grid<FollowUpItem> followUps = new Grid<>(FollowUpItem.class, false);

    public ServiceDeskView(ComplaintQueries queries, com.idic.crm.complaint.ComplaintService service) {
        addClassNames("view", "service-desk");
        Div header = new Div(new H2(getTranslation("desk.title")));
        header.addClassName("view-header");
        add(header);
        String me = CurrentUser.usernameOrSystem();
        Sort nearestFirst = Sort.by(Sort.Direction.ASC, "resolutionDue");
        Div panels = new Div();
        panels.addClassName("desk-panels");
        panels.add(panel("desk.mine", complaints(mine, queries,
                new ComplaintFilter(null, null, me, false, null, null, null, true, false), nearestFirst), "mine"));
        panels.add(panel("desk.unassigned", complaints(unassigned, queries,
                new ComplaintFilter(null, null, null, true, null, null, null, true, false), nearestFirst), "unassigned"));
        followUps.addColumn(item -> getTranslation("desk.followUp." + item.kind().name())).setHeader(getTranslation("desk.column.kind")).setWidth("8rem").setFlexGrow(0);
        followUps.addColumn(item -> "#" + item.complaintId()).setHeader(getTranslation("complaint.column.number")).setWidth("4rem").setFlexGrow(0);
        followUps.addColumn(FollowUpItem::customerName).setHeader(getTranslation("complaint.column.customer")).setFlexGrow(1);
        followUps.addColumn(FollowUpItem::subject).setHeader(getTranslation("complaint.column.subject")).setFlexGrow(2);
        followUps.addColumn(item -> com.idic.crm.base.ui.Formats.date(item.due(), getLocale())).setHeader(getTranslation("desk.column.due")).setWidth("8rem").setFlexGrow(0);
        followUps.addComponentColumn(item -> {
            if (item.kind() != FollowUpItem.Kind.CALL_BACK) {
                return new com.vaadin.flow.component.html.Span();
            }
            com.vaadin.flow.component.button.Button done = new com.vaadin.flow.component.button.Button(
                    getTranslation("desk.callBack.done"), click -> {
                        service.completeCallBack(item.complaintId());
                        com.idic.crm.base.ui.Notifications.success(getTranslation("desk.callBack.recorded"));
                        followUps.setItems(queries.myFollowUps());
                    });
            done.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            return done;
        }).setWidth("7rem").setFlexGrow(0);
        followUps.setItems(queries.myFollowUps());
        followUps.setEmptyStateText(getTranslation("desk.followUps.empty"));
        followUps.addItemClickListener(click -> ComplaintView.open(click.getItem().complaintId()));
        style(followUps);
        panels.add(panel("desk.followUps", followUps, null));
        if (CurrentUser.hasRole(AppRoles.MANAGER)) {
            panels.add(panel("desk.escalated", complaints(escalated, queries,
                    new ComplaintFilter(null, null, null, false, null, null, null, true, true), nearestFirst), "escalated"));
        }
        add(panels);
    }

    private Grid<ComplaintRow> complaints(Grid<ComplaintRow> grid, ComplaintQueries queries, ComplaintFilter filter, Sort sort) {
        grid.addColumn(row -> "#" + row.id()).setHeader(getTranslation("complaint.column.number")).setWidth("4rem").setFlexGrow(0);
        grid.addColumn(ComplaintRow::subject).setHeader(getTranslation("complaint.column.subject")).setFlexGrow(2)
                .setTooltipGenerator(ComplaintRow::subject);
        grid.addColumn(ComplaintRow::customerName).setHeader(getTranslation("complaint.column.customer")).setFlexGrow(1);
        grid.addColumn(row -> ComplaintTexts.of(this, row.priority())).setHeader(getTranslation("complaint.column.priority"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(row -> row.breached() ? ComplaintTexts.of(this, com.idic.crm.complaint.SlaState.BREACHED)
                        : ComplaintTexts.shortDateTime(this, row.nextDue()))
                .setHeader(getTranslation("complaint.column.due")).setWidth("8rem").setFlexGrow(0);
        grid.setItemsPageable(pageable -> queries.page(filter,
                org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)));
        grid.setEmptyStateText(getTranslation("desk.empty"));
        grid.addItemClickListener(click -> ComplaintView.open(click.getItem().id()));
        style(grid);
        return grid;
    }

    private static void style(Grid<?> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("16rem");
    }

    private Div panel(String titleKey, Grid<?> grid, String scope) {
        Div title = new Div(new H3(getTranslation(titleKey)));
        title.addClassName("desk-panel-head");
        if (scope != null) {
            RouterLink all = new RouterLink(getTranslation("desk.all"), ComplaintListView.class);
            all.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("scope", scope));
            title.add(all);
        }
        Div panel = new Div(title, grid);
        panel.addClassName("desk-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
