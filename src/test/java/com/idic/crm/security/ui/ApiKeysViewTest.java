package com.idic.crm.security.ui;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysViewTest extends KaribuTest {

    private final String name = "Form " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorCreatesAKeySeesItOnceAndRevokesIt() {
        login("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ApiKeysView.class);
        ApiKeysView view = _get(ApiKeysView.class);

        view.name.setValue(name);
        _click(view.create);

        assertThat(view.shown.isOpened()).isTrue();
        assertThat(view.shownKey.getValue()).startsWith("idic_");
        String prefix = view.shownKey.getValue().substring(0, 12);
        ApiKeyRowIndex row = row(view);
        assertThat(GridKt._getFormattedRow(view.grid, row.index)).contains(name, prefix + "\u2026", "Never", "Active");

        Button revoke = (Button) GridKt._getCellComponent(view.grid, row.index, "revoke");
        _click(revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(GridKt._getFormattedRow(view.grid, row(view).index)).anySatisfy(cell -> assertThat(cell).startsWith("Revoked by admin"));
    }

    @Test
    void aKeyWithoutANameIsRefusedWithAMessage() {
        login("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ApiKeysView.class);
        ApiKeysView view = _get(ApiKeysView.class);

        _click(view.create);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Name the system that will use the key.");
        assertThat(view.shown.isOpened()).isFalse();
    }

    @Test
    void aManagerIsNotShownTheKeys() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("admin/api-keys");
        _assertNone(ApiKeysView.class);
    }

    private record ApiKeyRowIndex(int index) {
    }

    private ApiKeyRowIndex row(ApiKeysView view) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).name().equals(name)) {
                return new ApiKeyRowIndex(i);
            }
        }
        throw new AssertionError("no row " + name);
    }
}
