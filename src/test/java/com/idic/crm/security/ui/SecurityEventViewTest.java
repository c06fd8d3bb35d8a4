package com.idic.crm.security.ui;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SecurityEventFilter;
import com.idic.crm.security.SecurityEventRow;
import com.idic.crm.security.SecurityEventType;
import com.idic.crm.security.SecurityEvents;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityEventViewTest extends KaribuTest {

    @Autowired
    SecurityEvents events;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdministratorSeesTheLogAndNarrowsItByTypeAndUser() {
        events.recordAs("alice-" + suffix, SecurityEventType.LOGIN_FAILED, "alice-" + suffix, "wrong user name or password");
        events.recordAs("alice-" + suffix, SecurityEventType.LOGIN_SUCCEEDED, "alice-" + suffix, null);
        events.recordAs("bob-" + suffix, SecurityEventType.LOGIN_FAILED, "bob-" + suffix, "wrong user name or password");
        login("admin-" + suffix, AppRoles.ADMIN);
        UI.getCurrent().navigate(SecurityEventView.class);
        SecurityEventView view = _get(SecurityEventView.class);
        int everything = GridKt._size(view.grid);

        _setValue(view.actor, "alice-" + suffix);
        assertThat(rows(view)).extracting(SecurityEventRow::type)
                .containsExactly(SecurityEventType.LOGIN_SUCCEEDED, SecurityEventType.LOGIN_FAILED);
        assertThat(GridKt._getFormatted(view.grid, 1, "type")).isEqualTo("Sign-in failed");

        _setValue(view.type, SecurityEventType.LOGIN_FAILED);
        assertThat(rows(view)).extracting(SecurityEventRow::actor).containsExactly("alice-" + suffix);

        _setValue(view.actor, "");
        assertThat(rows(view)).extracting(SecurityEventRow::actor).contains("alice-" + suffix, "bob-" + suffix);
        assertThat(rows(view)).extracting(SecurityEventRow::type).containsOnly(SecurityEventType.LOGIN_FAILED);
        assertThat(GridKt._size(view.grid)).isLessThan(everything);
    }

    @Test
    void aManagerIsRefusedAndTheRefusalIsLogged() {
        String manager = "manager-" + suffix;
        login(manager, AppRoles.MANAGER);

        UI.getCurrent().navigate("admin/security-events");

        _get(AccessDeniedView.class);
        _assertNone(SecurityEventView.class);
        login("admin-" + suffix, AppRoles.ADMIN);
        List<SecurityEventRow> logged = events.page(
                new SecurityEventFilter(SecurityEventType.ACCESS_DENIED, manager, null, null), PageRequest.of(0, 10));
        assertThat(logged).extracting(SecurityEventRow::subject).containsExactly("/admin/security-events");
    }

    private static List<SecurityEventRow> rows(SecurityEventView view) {
        return GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
    }
}
