package com.idic.crm.customer.duplicates.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.CustomerSummary;
import com.idic.crm.customer.duplicates.DuplicateGroup;
import com.idic.crm.customer.duplicates.DuplicateGroups;
import com.idic.crm.customer.duplicates.DuplicatePair;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The records of one shared key, paged; the user picks any two of them and compares them in the merge dialog. */
class DuplicateGroupDialog extends Dialog {

    final Grid<CustomerSummary> members = new Grid<>();
    final Button compare = new Button(getTranslation("duplicates.groupDialog.compare"), VaadinIcon.COMPRESS_SQUARE.create());

    private final transient CustomerMergeService mergeService;
    private final transient LongConsumer onMerged;
    private final DuplicateGroup group;

    DuplicateGroupDialog(DuplicateGroups groups, CustomerMergeService mergeService, DuplicateGroup group,
                         String title, LongConsumer onMerged) {
        this.mergeService = mergeService;
        this.onMerged = onMerged;
        this.group = group;
        setHeaderTitle(title);
        setWidth("min(64rem, 95vw)");
        members.addColumn(member -> "#" + member.id()).setHeader(getTranslation("duplicates.field.id")).setAutoWidth(true)
                .setFlexGrow(0);
        members.addColumn(CustomerSummary::name).setHeader(getTranslation("duplicates.column.first")).setFlexGrow(2);
        members.addColumn(CustomerSummary::region).setHeader(getTranslation("duplicates.column.region"));
        members.addColumn(CustomerSummary::phone).setHeader(getTranslation("duplicates.field.PHONE"));
        members.addColumn(CustomerSummary::email).setHeader(getTranslation("duplicates.field.EMAIL")).setFlexGrow(2);
        members.addColumn(member -> Formats.date(member.createdOn(), getLocale()))
                .setHeader(getTranslation("duplicates.field.createdOn")).setAutoWidth(true);
        members.setSelectionMode(Grid.SelectionMode.MULTI);
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setItems(query -> groups.members(group, query.getOffset(), query.getLimit()).stream(),
                query -> (int) groups.memberCount(group));
        members.addSelectionListener(event -> compare.setEnabled(event.getAllSelectedItems().size() == 2));
        members.addClassName("group-members");
        compare.setEnabled(false);
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(click -> compareSelected());
        add(new Paragraph(getTranslation("duplicates.groupDialog.hint")), members);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), compare);
    }

    private void compareSelected() {
        List<CustomerSummary> two = members.getSelectedItems().stream().sorted(Comparator.comparingLong(CustomerSummary::id))
                .toList();
        new MergeDialog(mergeService, new DuplicatePair(two.get(0), two.get(1), Set.of(group.reason())), mergeId -> {
            close();
            onMerged.accept(mergeId);
        }).open();
    }
}
