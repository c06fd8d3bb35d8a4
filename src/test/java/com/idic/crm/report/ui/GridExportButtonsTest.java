package com.idic.crm.report.ui;

import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.customer.ui.CustomerListView;
import com.idic.crm.customization.ui.ApprovalQueueView;
import com.idic.crm.customization.ui.RequestsView;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.ui.ScoredCustomersView;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every role that may open a list may export it: the export follows the rights of its view. */
class GridExportButtonsTest extends KaribuTest {

    @Test
    void theServiceDeskExportsTheCustomerList() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(CustomerListView.class);
        assertExportOffered(_get(CustomerListView.class));
    }

    @Test
    void aMarketerExportsTheScoredCustomers() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(ScoredCustomersView.class);
        assertExportOffered(_get(ScoredCustomersView.class));
    }

    @Test
    void theServiceDeskExportsTheCustomizationRequests() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(RequestsView.class);
        assertExportOffered(_get(RequestsView.class));
    }

    @Test
    void aManagerExportsTheApprovalQueueWhichOthersCannotOpen() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        assertExportOffered(_get(ApprovalQueueView.class));
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(ApprovalQueueView.class);
        _assertNone(ApprovalQueueView.class);
        _assertOne(AccessDeniedView.class);
    }

    private static void assertExportOffered(com.vaadin.flow.component.Component view) {
        Anchor export = _get(view, Anchor.class, spec -> spec.withClasses("grid-export"));
        assertThat(export.getHref()).isNotBlank();
        assertThat(_get(export, Button.class).getText()).isEqualTo("Export to Excel");
    }
}
