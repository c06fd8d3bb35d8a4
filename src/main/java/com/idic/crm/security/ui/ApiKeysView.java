package com.idic.crm.security.ui;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.ApiKeyRow;
import com.idic.crm.security.ApiKeyService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CreatedApiKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators make a key for each system that calls the API, see when it was last used, and revoke it. */
@Route("admin/api-keys")
@Menu(title = "nav.admin.apiKeys", order = 3, icon = "KEY_O")
@RolesAllowed(AppRoles.ADMIN)
public class ApiKeysView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final Button create = new Button(VaadinIcon.PLUS.create());
    final Grid<ApiKeyRow> grid = new Grid<>();
    final Dialog shown = new Dialog();
    final TextField shownKey = new TextField();

    private final ApiKeyService keys;

    public ApiKeysView(ApiKeyService keys) {
        this.keys = keys;
        addClassName("view");
        name.setPlaceholder(getTranslation("apiKeys.name.placeholder"));
        name.setMaxLength(ApiKeyService.MAX_NAME_LENGTH);
        name.setWidth("24rem");
        name.setAriaLabel(getTranslation("apiKeys.column.name"));
        create.setText(getTranslation("apiKeys.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        Div header = new Div(new H2(getTranslation("apiKeys.title")), name, create);
        header.addClassName("view-header");
        Paragraph help = new Paragraph(getTranslation("apiKeys.help"));
        help.addClassName("muted");
        configureGrid();
        add(header, help, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(ApiKeyRow::name).setHeader(getTranslation("apiKeys.column.name")).setFlexGrow(1);
        grid.addColumn(row -> row.prefix() + "\u2026").setHeader(getTranslation("apiKeys.column.key")).setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("apiKeys.created", row.createdBy(), Formats.dateTime(row.createdAt(), getLocale())))
                .setHeader(getTranslation("apiKeys.column.created")).setWidth("16rem").setFlexGrow(0);
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("apiKeys.neverUsed")
                : Formats.dateTime(row.lastUsedAt(), getLocale())).setHeader(getTranslation("apiKeys.column.lastUsed"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(row -> row.revoked()
                        ? getTranslation("apiKeys.revokedBy", row.revokedBy(), Formats.dateTime(row.revokedAt(), getLocale()))
                        : getTranslation("apiKeys.active"))
                .setHeader(getTranslation("apiKeys.column.status")).setWidth("16rem").setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button revoke = new Button(getTranslation("apiKeys.revoke"), click -> confirmRevoke(row));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            revoke.setVisible(!row.revoked());
            return revoke;
        }).setKey("revoke").setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("apiKeys.empty"));
        grid.setSizeFull();
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private void create() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("apiKeys.name.required"));
            name.setInvalid(true);
            return;
        }
        try {
            CreatedApiKey created = keys.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showOnce(created);
        } catch (ConstraintViolationException e) {
            name.setErrorMessage(getTranslation("apiKeys.name.required"));
            name.setInvalid(true);
        }
    }

    private void showOnce(CreatedApiKey created) {
        shown.removeAll();
        shown.getFooter().removeAll();
        shown.setHeaderTitle(getTranslation("apiKeys.shown.title", created.row().name()));
        shownKey.setValue(created.key());
        shownKey.setReadOnly(true);
        shownKey.setWidthFull();
        shownKey.addClassName("api-key-value");
        shown.add(new Paragraph(getTranslation("apiKeys.shown.message")), shownKey);
        shown.setWidth("40rem");
        shown.getFooter().add(new Button(getTranslation("action.close"), click -> {
            shownKey.clear();
            shown.close();
        }));
        shown.setCloseOnOutsideClick(false);
        shown.open();
    }

    private void confirmRevoke(ApiKeyRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("apiKeys.revoke.title", row.name()),
                getTranslation("apiKeys.revoke.message", row.name()), getTranslation("apiKeys.revoke"), event -> revoke(row));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void revoke(ApiKeyRow row) {
        try {
            keys.revoke(row);
            Notifications.success(getTranslation("apiKeys.revoked", row.name()));
        } catch (OptimisticLockingFailureException e) {
            Notifications.conflict();
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiKeys.title") + " \u00b7 " + getTranslation("app.name");
    }
}
