package com.idic.crm.security.ui;

import java.util.Set;
import java.util.function.Consumer;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.UserService;
import com.idic.crm.security.UserService.OwnAccountException;
import com.idic.crm.security.UserService.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.dao.OptimisticLockingFailureException;

/** Changes which roles a user holds; at least one, and an admin keeps their own ADMIN role. */
class RolesDialog extends Dialog {

    static final class Draft {
        Set<String> roles = Set.of();
    }

    final RoleCheckboxGroup roles = new RoleCheckboxGroup();
    private final Binder<Draft> binder = new Binder<>();

    RolesDialog(UserService userService, UserRow user, Consumer<UserRow> onChanged) {
        setHeaderTitle(getTranslation("users.dialog.roles.title", user.username()));
        binder.forField(roles)
                .asRequired(getTranslation("users.error.roles.required"))
                .bind(draft -> draft.roles, (draft, value) -> draft.roles = Set.copyOf(value));
        Draft current = new Draft();
        current.roles = user.roles();
        binder.readBean(current);
        add(roles);
        Button save = new Button(getTranslation("action.save"), click -> {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                UserRow changed = userService.setRoles(user, draft.roles);
                close();
                Notifications.success(getTranslation("users.rolesChanged", changed.username()));
                onChanged.accept(changed);
            } catch (OwnAccountException e) {
                Notifications.error(getTranslation("users.error.dropOwnAdmin"));
            } catch (OptimisticLockingFailureException e) {
                close();
                Notifications.conflict();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
