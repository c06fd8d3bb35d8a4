package com.idic.crm.security.ui;

import java.util.List;

import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.base.ui.MainLayout;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UserAdminAccessTest extends KaribuTest {

    @Test
    void aMarketerTypingTheAddressSeesAccessDeniedInsteadOfTheUsers() {
        login("marketer-access", AppRoles.MARKETER);
        UI.getCurrent().navigate("admin/users");

        _assertNone(UserAdminView.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        UI.getCurrent().navigate("admin/users");

        _assertNone(UserAdminView.class);
        _assertOne(LoginForm.class);
    }

    @Test
    void onlyAnAdministratorsNavigationOffersUserAdministration() {
        login("marketer-nav", AppRoles.MARKETER);
        UI.getCurrent().navigate("admin/users");
        _assertOne(MainLayout.class);
        assertThat(navigationPaths()).noneMatch(path -> path.contains("admin/users"));

        login("admin-nav", AppRoles.ADMIN);
        UI.getCurrent().navigate("admin/users");
        _assertOne(UserAdminView.class);
        assertThat(navigationPaths()).anyMatch(path -> path.contains("admin/users"));
        assertThat(_get(SideNavItem.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("nav.admin.users"))))
                .isNotNull();
    }

    private static List<String> navigationPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}
