package com.idic.crm.customer.ui;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The contact persons of an organization: add, edit, remove; stored with the profile. */
class ContactsEditor extends VerticalLayout {

    final Grid<CustomerContact> grid = new Grid<>(CustomerContact.class, false);
    final Button add = new Button(getTranslation("customer.contact.add"), VaadinIcon.PLUS.create());
    private final Runnable onChange;
    private Customer customer;

    ContactsEditor(Runnable onChange) {
        this.onChange = onChange;
        addClassName("contacts-editor");
        setPadding(false);
        setSpacing(false);
        grid.addColumn(CustomerContact::getName).setHeader(getTranslation("customer.contact.name")).setFlexGrow(2);
        grid.addColumn(CustomerContact::getRole).setHeader(getTranslation("customer.contact.role")).setFlexGrow(1);
        grid.addColumn(CustomerContact::getPhone).setHeader(getTranslation("customer.field.phone")).setFlexGrow(1);
        grid.addColumn(CustomerContact::getEmail).setHeader(getTranslation("customer.field.email")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("customer.contact.empty"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> new ContactDialog(customer, null, this::changed).open());
        Span hint = new Span(getTranslation("customer.contact.hint"));
        hint.addClassName("muted");
        add(new HorizontalLayout(new H4(getTranslation("customer.contact.title")), add), grid, hint);
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
        grid.setItems(customer.getContacts());
    }

    private HorizontalLayout actions(CustomerContact contact) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new ContactDialog(customer, contact, this::changed).open());
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(contact));
        remove.setAriaLabel(getTranslation("action.remove"));
        remove.setTooltipText(getTranslation("action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {edit, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemoval(CustomerContact contact) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("customer.contact.remove.title"),
                getTranslation("customer.contact.remove.message", contact.getName()),
                getTranslation("action.remove"), event -> {
                    customer.removeContact(contact);
                    changed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void changed() {
        grid.setItems(customer.getContacts());
        onChange.run();
    }
}
