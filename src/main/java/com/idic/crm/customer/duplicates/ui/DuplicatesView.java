package com.idic.crm.customer.duplicates.ui;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.CustomerSummary;
import com.idic.crm.customer.duplicates.DuplicateFinder;
import com.idic.crm.customer.duplicates.DuplicateGroup;
import com.idic.crm.customer.duplicates.DuplicateGroups;
import com.idic.crm.customer.duplicates.DuplicatePair;
import com.idic.crm.customer.duplicates.MergeHistory;
import com.idic.crm.customer.duplicates.MergeRecord;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Likely duplicate customers to review and merge, and the merges done so far with their undo. */
@Route("customers/duplicates")
@Menu(title = "nav.identify.duplicates", order = 2, icon = "COMPRESS_SQUARE")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/duplicates.css")
public class DuplicatesView extends Main implements HasDynamicTitle {

    private final transient CustomerMergeService mergeService;
    private final Grid<DuplicatePair> pairs = new Grid<>();
    private final Grid<DuplicateGroup> groups = new Grid<>();
    private final Grid<MergeRecord> merges = new Grid<>();

    public DuplicatesView(DuplicateFinder finder, DuplicateGroups groupFinder, CustomerMergeService mergeService,
                          MergeHistory history) {
        this.mergeService = mergeService;
        addClassNames("view", "duplicates-view");
        Span hint = new Span(getTranslation("duplicates.hint"));
        hint.addClassName("muted");
        Div header = new Div(new H2(getTranslation("duplicates.title")), hint);
        header.addClassName("view-header");

        pairs.addColumn(pair -> label(pair.first())).setHeader(getTranslation("duplicates.column.first")).setFlexGrow(2);
        pairs.addColumn(pair -> label(pair.second())).setHeader(getTranslation("duplicates.column.second")).setFlexGrow(2);
        pairs.addColumn(pair -> both(pair.first().region(), pair.second().region()))
                .setHeader(getTranslation("duplicates.column.region"));
        pairs.addColumn(pair -> both(pair.first().phone(), pair.second().phone()) + " · "
                + both(pair.first().email(), pair.second().email()))
                .setHeader(getTranslation("duplicates.column.contact")).setFlexGrow(2);
        pairs.addComponentColumn(this::reasons).setHeader(getTranslation("duplicates.column.reasons"));
        pairs.setItems(query -> finder.page(query.getOffset(), query.getLimit()).stream(), query -> (int) finder.count());
        pairs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        pairs.addClassName("duplicate-pairs");
        pairs.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                new MergeDialog(mergeService, event.getValue(), this::merged).open();
                pairs.deselectAll();
            }
        });

        groups.addColumn(this::sharedKey).setHeader(getTranslation("duplicates.groups.shared")).setFlexGrow(3);
        groups.addColumn(DuplicateGroup::size).setHeader(getTranslation("duplicates.groups.size")).setAutoWidth(true)
                .setFlexGrow(0);
        groups.setItems(query -> groupFinder.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) groupFinder.count());
        groups.setEmptyStateText(getTranslation("duplicates.groups.empty"));
        groups.addClassName("duplicate-groups");
        groups.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                new DuplicateGroupDialog(groupFinder, mergeService, event.getValue(), sharedKey(event.getValue()),
                        this::merged).open();
                groups.deselectAll();
            }
        });
        Span groupsHint = new Span(getTranslation("duplicates.groups.hint", DuplicateFinder.MAX_SHARED_KEY));
        groupsHint.addClassName("muted");

        merges.addColumn(merge -> Formats.dateTime(merge.mergedAt(), getLocale()))
                .setHeader(getTranslation("duplicates.history.when"));
        merges.addColumn(MergeRecord::mergedBy).setHeader(getTranslation("duplicates.history.by"));
        merges.addColumn(merge -> merge.keptName() + " #" + merge.keptId()).setHeader(getTranslation("duplicates.history.kept"));
        merges.addColumn(merge -> merge.mergedName() + " #" + merge.mergedId())
                .setHeader(getTranslation("duplicates.history.merged"));
        merges.addColumn(this::status).setHeader(getTranslation("duplicates.history.status")).setFlexGrow(2);
        merges.addComponentColumn(this::undoButton).setHeader(getTranslation("duplicates.action.undo")).setKey("undo");
        merges.setItems(query -> history.page(query.getOffset(), query.getLimit()).stream(), query -> (int) history.count());
        merges.addClassName("recent-merges");

        add(header, pairs, new H3(getTranslation("duplicates.groups.title")), groupsHint, groups,
                new H3(getTranslation("duplicates.history.title")), merges);
    }

    private static String label(CustomerSummary customer) {
        return customer.name() + " #" + customer.id();
    }

    private String sharedKey(DuplicateGroup group) {
        return getTranslation("duplicates.group." + group.reason(), group.size(), group.shown(), group.region());
    }

    private String both(String first, String second) {
        String none = getTranslation("common.none");
        String a = first == null || first.isBlank() ? none : first;
        String b = second == null || second.isBlank() ? none : second;
        return a.equalsIgnoreCase(b) ? a : a + " / " + b;
    }

    private Component reasons(DuplicatePair pair) {
        Div badges = new Div();
        badges.addClassName("reasons");
        pair.reasons().forEach(reason -> {
            Span badge = new Span(getTranslation("duplicates.reason." + reason));
            badge.getElement().getThemeList().add("badge");
            badges.add(badge);
        });
        return badges;
    }

    private String status(MergeRecord merge) {
        return merge.undone()
                ? getTranslation("duplicates.history.undone", merge.undoneBy(), Formats.dateTime(merge.undoneAt(), getLocale()))
                : getTranslation("duplicates.history.active");
    }

    private Component undoButton(MergeRecord merge) {
        Button undo = new Button(getTranslation("duplicates.action.undo"), click -> confirmUndo(merge));
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo.setVisible(!merge.undone());
        return undo;
    }

    private void confirmUndo(MergeRecord merge) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("duplicates.undo.confirm.title"),
                getTranslation("duplicates.undo.confirm.message", merge.keptName(), merge.mergedName()),
                getTranslation("duplicates.action.undo"), event -> undo(merge.id()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void merged(long mergeId) {
        refresh();
        Notification notification = new Notification();
        notification.setDuration(10_000);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button undo = new Button(getTranslation("duplicates.action.undo"), click -> {
            notification.close();
            undo(mergeId);
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(getTranslation("duplicates.merged")), undo);
        notification.open();
    }

    private void undo(long mergeId) {
        try {
            mergeService.undo(mergeId);
            Notifications.success(getTranslation("duplicates.undone"));
        } catch (RuntimeException e) {
            if (!MergeMessages.isRefusal(e)) {
                throw e;
            }
            MergeMessages.showRefusal(e);
        }
        refresh();
    }

    private void refresh() {
        pairs.getDataProvider().refreshAll();
        groups.getDataProvider().refreshAll();
        merges.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duplicates.title") + " · " + getTranslation("app.name");
    }
}
