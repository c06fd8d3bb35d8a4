package com.idic.crm.customization.ui;

import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.NewRequest;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RequestViewsTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired CustomizationService requests;

    private final int tag = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    @Test
    void aNeedTakenDownOnTheCustomerPageIsReviewedAndJudgedFeasible() {
        login("marketer", AppRoles.MARKETER);
        long customerId = customers.create(new NewCustomer("Needs " + tag, CustomerType.ORGANIZATION));
        UI.getCurrent().navigate("customers/" + customerId);
        TabSheet tabs = _get(TabSheet.class);
        int index = tabIndex(tabs, "Customization");
        tabs.setSelectedIndex(index);

        CustomerCustomizationPanel panel = _get(CustomerCustomizationPanel.class);
        _click(panel.newRequest);
        NewRequestDialog dialog = _get(NewRequestDialog.class);
        dialog.needLevel.setValue(NeedLevel.PRODUCT);
        dialog.need.setValue("Printers in our company colours " + tag);
        dialog.source.setValue(RequestSource.SALES_VISIT);
        _click(dialog.submit);

        RequestView page = _get(RequestView.class);
        assertThat(page.type.getValue()).as("the suggestion is preselected").isEqualTo(CustomizationType.ADAPTIVE);
        assertThat(page.feasible.isVisible()).isFalse();
        _click(page.startReview);
        page.type.setValue(CustomizationType.COSMETIC);
        page.deliveryMeans.setValue(DeliveryMeans.STANDARD_PLUS_SERVICE);
        _click(page.feasible);

        RequestRow decided = requests.forCustomer(customerId, 5).get(0);
        assertThat(decided.state()).isEqualTo(RequestState.FEASIBLE);
        assertThat(decided.type()).isEqualTo(CustomizationType.COSMETIC);
        assertThat(decided.suggestedType()).isEqualTo(CustomizationType.ADAPTIVE);
        assertThat(page.feasible.isVisible()).isFalse();
        assertThat(page.type.isReadOnly()).isTrue();
    }

    @Test
    void notFeasibleAsksForTheReason() {
        login("marketer", AppRoles.MARKETER);
        long id = submitted();
        requests.startReview(id, requests.find(id).orElseThrow().version());
        UI.getCurrent().navigate(RequestView.class, id);
        RequestView page = _get(RequestView.class);

        _click(page.notFeasible);
        ReasonDialog dialog = _get(ReasonDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(RequestState.FEASIBILITY_REVIEW);
        dialog.reason.setValue("No supplier for this material");
        _click(dialog.confirm);

        RequestRow decided = requests.find(id).orElseThrow();
        assertThat(decided.state()).isEqualTo(RequestState.NOT_FEASIBLE);
        assertThat(decided.decisionReason()).isEqualTo("No supplier for this material");
    }

    @Test
    void theListFiltersByStateAndTheServiceDeskCannotDecide() {
        login("marketer", AppRoles.MARKETER);
        long id = submitted();
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(RequestsView.class);
        RequestsView list = _get(RequestsView.class);
        list.owner.setValue("marketer");
        list.state.setValue(RequestState.SUBMITTED);
        assertThat(GridKt._findAll(list.grid)).extracting(RequestRow::id).contains(id);
        list.state.setValue(RequestState.FEASIBLE);
        assertThat(GridKt._findAll(list.grid)).extracting(RequestRow::id).doesNotContain(id);

        UI.getCurrent().navigate(RequestView.class, id);
        RequestView page = _get(RequestView.class);
        assertThat(page.startReview.isVisible()).isFalse();
        assertThat(page.type.isReadOnly()).isTrue();
    }

    @Test
    void aRequestFromAComplaintLinksToIt() {
        login("desk", AppRoles.SERVICE_DESK);
        long customerId = customers.create(new NewCustomer("Complained " + tag, CustomerType.INDIVIDUAL));
        long id = requests.submit(new NewRequest(customerId, NeedLevel.SERVICE, "Replacement on site", null, null,
                RequestSource.COMPLAINT, 42L));
        UI.getCurrent().navigate(RequestView.class, id);

        assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains("Complaint #42");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class))
                .anySatisfy(anchor -> assertThat(anchor.getHref()).isEqualTo("complaints/42"));
    }

    private long submitted() {
        long customerId = customers.create(new NewCustomer("Requests " + tag, CustomerType.INDIVIDUAL));
        return requests.submit(new NewRequest(customerId, NeedLevel.SERVICE, "Weekend installation " + tag, null,
                "Mr Wang", RequestSource.CAMPAIGN, null));
    }

    static int tabIndex(TabSheet tabs, String label) {
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals(label)) {
                return i;
            }
        }
    }
}
