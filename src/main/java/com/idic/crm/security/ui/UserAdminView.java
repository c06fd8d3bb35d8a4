package com.idic.crm.security.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.OwnAccountException;
import com.idic.crm.security.UserService.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators create users, change their roles, reset passwords and disable accounts. */
@Route("admin/users")
@Menu(title = "nav.admin.users", order = 1, icon = "USER_STAR")
@RolesAllowed(AppRoles.ADMIN)
@StyleSheet("context://styles/crm.css")
public class UserAdminView extends Main implements HasDynamicTitle {

    final Grid<UserRow> grid = new Grid<>();
    final Button newUser = new Button(getTranslation("users.action.new"), VaadinIcon.PLUS.create());
    final Button changeRoles = new Button(getTranslation("users.action.roles"), VaadinIcon.KEY.create());
    final Button resetPassword = new Button(getTranslation("users.action.resetPassword"), VaadinIcon.LOCK.create());
    final Button toggleEnabled = new Button(getTranslation("users.action.disable"));
    final Button email = new Button(getTranslation("users.action.email"), VaadinIcon.ENVELOPE_O.create());
    final Button language = new Button(getTranslation("users.action.language"), VaadinIcon.GLOBE.create());

    private final UserService userService;

    public UserAdminView(UserService userService) {
        this.userService = userService;
        addClassName("view");
        configureGrid();
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(click -> open(new NewUserDialog(userService, this::showChanged)));
        changeRoles.addClickListener(click -> selected(user -> open(new RolesDialog(userService, user, this::showChanged))));
        resetPassword.addClickListener(click -> selected(user -> open(new ResetPasswordDialog(userService, user, this::showChanged))));
        toggleEnabled.addClickListener(click -> selected(this::toggleEnabled));
        email.addClickListener(click -> selected(user -> open(new EmailDialog(userService, user, this::showChanged))));
        language.addClickListener(click -> selected(user -> open(new LanguageDialog(userService, user, this::showChanged))));
        Div header = new Div(new H2(getTranslation("users.title")), newUser, changeRoles, resetPassword, email, language,
                toggleEnabled);
        header.addClassName("view-header");
        add(header, grid);
        updateActions(null);
    }

    private void configureGrid() {
        grid.addColumn(UserRow::username).setHeader(getTranslation("users.column.username"))
                .setKey("username").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("users.column.displayName"))
                .setKey("displayName").setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().sorted(Comparator.comparingInt(AppRoles.ALL::indexOf))
                        .map(role -> getTranslation("role." + role)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.column.roles")).setKey("roles");
        grid.addColumn(UserRow::email).setHeader(getTranslation("users.column.email")).setKey("email").setAutoWidth(true);
        grid.addColumn(user -> user.language() == null ? getTranslation("users.language.none") : languageName(user.language()))
                .setHeader(getTranslation("users.column.language")).setKey("language").setAutoWidth(true);
        grid.addColumn(user -> getTranslation(user.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("users.column.enabled")).setKey("enabled").setSortProperty("enabled");
        grid.setItemsPageable(userService::page, pageable -> userService.count());
        // rows are records whose version changes with every edit; select by id so a refresh keeps the selection
        grid.getLazyDataView().setIdentifierProvider(UserRow::id);
        grid.asSingleSelect().addValueChangeListener(event -> updateActions(event.getValue()));
        grid.setSizeFull();
    }

    private void updateActions(UserRow user) {
        changeRoles.setEnabled(user != null);
        resetPassword.setEnabled(user != null);
        toggleEnabled.setEnabled(user != null);
        email.setEnabled(user != null);
        language.setEnabled(user != null);
        toggleEnabled.setText(getTranslation(user == null || user.enabled() ? "users.action.disable" : "users.action.enable"));
    }

    private void selected(Consumer<UserRow> action) {
        UserRow user = grid.asSingleSelect().getValue();
        if (user != null) {
            action.accept(user);
        }
    }

    private void toggleEnabled(UserRow user) {
        if (!user.enabled()) {
            changeEnabled(user, true);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.confirm.disable.title", user.username()));
        confirm.setText(getTranslation("users.confirm.disable.text", user.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.action.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> changeEnabled(user, false));
        confirm.open();
    }

    private void changeEnabled(UserRow user, boolean enabled) {
        try {
            UserRow changed = userService.setEnabled(user, enabled);
            Notifications.success(getTranslation(enabled ? "users.enabled" : "users.disabled", changed.username()));
            showChanged(changed);
        } catch (OwnAccountException e) {
            Notifications.error(getTranslation("users.error.disableSelf"));
        } catch (OptimisticLockingFailureException e) {
            Notifications.conflict();
            refresh();
        }
    }

    private void open(Dialog dialog) {
        // whatever happened in the dialog (saved, conflict, cancelled), show the database's current state afterwards
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void showChanged(UserRow user) {
        refresh();
        grid.select(user);
        updateActions(user);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        UserRow selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            userService.find(selected.id()).ifPresentOrElse(grid::select, grid::deselectAll);
        }
    }

    /** A language in its own words ("English", "中文 (中国)"), as the language switch names it. */
    static String languageName(Locale locale) {
        return locale.getDisplayName(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
