package com.idic.crm.customer.duplicates.ui;

import java.util.function.LongConsumer;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.CustomerSummary;
import com.idic.crm.customer.duplicates.DuplicatePair;
import com.idic.crm.customer.duplicates.MergePreview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows side by side what merging one record of a pair into the other will do, lets the
 * user choose which record survives, and merges after a confirmation.
 */
class MergeDialog extends Dialog {

    private final transient CustomerMergeService service;
    private final transient LongConsumer onMerged;
    private final Div content = new Div();
    private final Button merge = new Button(getTranslation("duplicates.dialog.merge"), VaadinIcon.COMPRESS_SQUARE.create());
    private long keepId;
    private long mergeId;
    private MergePreview preview;

    MergeDialog(CustomerMergeService service, DuplicatePair pair, LongConsumer onMerged) {
        this.service = service;
        this.onMerged = onMerged;
        boolean firstIsOlder = pair.first().isOlderThan(pair.second());
        keepId = firstIsOlder ? pair.first().id() : pair.second().id();
        mergeId = firstIsOlder ? pair.second().id() : pair.first().id();
        setHeaderTitle(getTranslation("duplicates.dialog.title"));
        setWidth("min(60rem, 95vw)");
        content.addClassName("merge-preview");
        add(content);
        Button swap = new Button(getTranslation("duplicates.dialog.swap"), VaadinIcon.EXCHANGE.create(), click -> swap());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> confirm());
        getFooter().add(swap, cancel, merge);
        showPreview();
    }

    private void swap() {
        long previousKeep = keepId;
        keepId = mergeId;
        mergeId = previousKeep;
        showPreview();
    }

    private void showPreview() {
        content.removeAll();
        try {
            preview = service.preview(keepId, mergeId);
        } catch (RuntimeException e) {
            if (!MergeMessages.isRefusal(e)) {
                throw e;
            }
            preview = null;
            merge.setEnabled(false);
            content.add(new Paragraph(MergeMessages.text(e)));
            return;
        }
        merge.setEnabled(true);
        Div sides = new Div(card(preview.kept(), "duplicates.dialog.keep", "kept"),
                card(preview.duplicate(), "duplicates.dialog.mergeInto", "merged"));
        sides.addClassName("merge-sides");
        content.add(sides, changes());
    }

    private Div card(CustomerSummary customer, String roleKey, String roleClass) {
        Span role = new Span(getTranslation(roleKey));
        role.getElement().getThemeList().add("badge " + ("kept".equals(roleClass) ? "success" : "contrast"));
        Div card = new Div(role, new H4(customer.name()),
                line("duplicates.field.id", "#" + customer.id()),
                line("duplicates.field.type", getTranslation("duplicates.type." + customer.type())),
                line("duplicates.field.REGION", customer.region()),
                line("duplicates.field.PHONE", customer.phone()),
                line("duplicates.field.EMAIL", customer.email()),
                line("duplicates.field.createdOn", Formats.date(customer.createdOn(), getLocale())),
                line("duplicates.field.contacts", String.valueOf(customer.contactCount())));
        card.addClassNames("merge-card", roleClass);
        return card;
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("muted");
        Div line = new Div(label, new Span(value == null || value.isBlank() ? getTranslation("common.none") : value));
        line.addClassName("merge-line");
        return line;
    }

    private Component changes() {
        UnorderedList moves = new UnorderedList(
                new ListItem(preview.contactsToMove().isEmpty() ? getTranslation("duplicates.dialog.noContacts")
                        : getTranslation("duplicates.dialog.contacts", preview.contactsToMove().size(),
                        String.join(", ", preview.contactsToMove()))),
                new ListItem(getTranslation("duplicates.dialog.orders", preview.ordersToMove())));
        UnorderedList fills = new UnorderedList();
        preview.fills().forEach(fill -> fills.add(new ListItem(
                getTranslation("duplicates.field." + fill.field()) + ": " + fill.value())));
        if (preview.fills().isEmpty()) {
            fills.add(new ListItem(getTranslation("duplicates.dialog.noFills")));
        }
        Div changes = new Div(new H4(getTranslation("duplicates.dialog.moves")), moves,
                new H4(getTranslation("duplicates.dialog.fills")), fills);
        changes.addClassName("merge-changes");
        return changes;
    }

    private void confirm() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("duplicates.confirm.title"),
                getTranslation("duplicates.confirm.message", preview.kept().name(), preview.duplicate().name()),
                getTranslation("duplicates.dialog.merge"), event -> doMerge());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void doMerge() {
        try {
            long id = service.merge(keepId, mergeId, preview.kept().version(), preview.duplicate().version());
            close();
            onMerged.accept(id);
        } catch (RuntimeException e) {
            if (!MergeMessages.isRefusal(e)) {
                throw e;
            }
            MergeMessages.showRefusal(e);
            showPreview();
        }
    }
}
