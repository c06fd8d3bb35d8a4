package com.idic.crm.base.ui;

import java.util.HashSet;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeEach;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.UserService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ErrorPagesTest extends KaribuTest {

    /** Karibu answers unknown routes with its own fail-fast page; here the app's page must answer instead. */
    private static Routes appRoutes;

    @BeforeEach
    void useTheApplicationsNotFoundPage() {
        MockVaadin.tearDown();
        if (appRoutes == null) {
            Routes routes = new Routes().autoDiscoverViews("com.idic.crm");
            Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>(routes.getErrorRoutes());
            errorRoutes.remove(MockRouteNotFoundError.class);
            appRoutes = new Routes(routes.getRoutes(), errorRoutes, routes.getSkipPwaInit());
        }
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(appRoutes, context, uiFactory));
    }

    @Test
    void anUnknownAddressShowsTheTranslatedNotFoundPageInsideTheLayout() {
        login("lost-user", AppRoles.MARKETER);
        // through the router: MockedUI.navigate treats an unknown server route as a client route and throws
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PROGRAMMATIC);

        _assertOne(NotFoundView.class);
        _assertOne(MainLayout.class);
        assertThat(_get(_get(NotFoundView.class), H2.class).getText()).isEqualTo(t("error.notFound.title"));
    }

    @Test
    void anUnexpectedErrorBecomesATranslatedNotification() {
        login("unlucky-user", AppRoles.MARKETER);
        new CrmErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        NotificationsKt.expectNotifications(t("error.unexpected.title") + " \u2014 " + t("error.unexpected.message"));
    }

    @Test
    void aConcurrentEditBecomesTheCommonConflictMessage() {
        login("late-user", AppRoles.MARKETER);
        RuntimeException wrapped = new RuntimeException(new ObjectOptimisticLockingFailureException(Object.class, 1L));
        new CrmErrorHandler().error(new ErrorEvent(wrapped));

        NotificationsKt.expectNotifications(t("common.conflict.title") + " \u2014 " + t("common.conflict.message"));
    }

    @Test
    void aServiceRefusingTheRoleShowsTheAccessDeniedMessageNotAnUnexpectedError() {
        login("curious-user", AppRoles.MARKETER);
        UserService adminOnly = context.getBean(UserService.class);
        Throwable refused = catchThrowable(() -> adminOnly.page(PageRequest.of(0, 10)));
        assertThat(refused).isInstanceOf(AccessDeniedException.class);

        UI.getCurrent().getSession().getErrorHandler().error(new ErrorEvent(new RuntimeException(refused)));

        NotificationsKt.expectNotifications(t("error.accessDenied.title") + " \u2014 " + t("common.accessDenied"));
    }

    @Test
    void everySessionGetsTheErrorHandler() {
        assertThat(UI.getCurrent().getSession().getErrorHandler()).isInstanceOf(CrmErrorHandler.class);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
