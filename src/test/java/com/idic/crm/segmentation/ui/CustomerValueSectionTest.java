package com.idic.crm.segmentation.ui;

import java.time.LocalDate;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerValueSectionTest extends KaribuTest {

    static final LocalDate ANALYSIS = LocalDate.of(2026, 11, 23);

    @Autowired SegmentationService runs;
    @Autowired CustomerRepository customerRepository;
    @Autowired CustomerOrderRepository orderRepository;

    long customer;

    @BeforeEach
    void scoredCustomer() {
        ScoredFixtures fixtures = new ScoredFixtures(customerRepository, orderRepository);
        customer = fixtures.customer("Value", CustomerType.INDIVIDUAL);
        fixtures.order(customer, LocalDate.of(2026, 9, 30), "1200.00", "700.00");
        fixtures.order(customer, LocalDate.of(2025, 12, 1), "400.00", "100.00");
        login("boss", AppRoles.MANAGER);
        if (runs.lifecycleOverride(customer).isPresent()) {
            runs.clearLifecycleOverride(customer);
        }
        assertThat(runs.runNow(ANALYSIS, (id, step) -> { }).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void theValueTabExplainsEachScoreToTheServiceDesk() {
        login("desk", AppRoles.SERVICE_DESK);
        String text = openValueTab();

        assertThat(text).contains("R = 4: last purchase Sep 30, 2026, 54 days before the analysis date Nov 23, 2026")
                .contains("F = 2: 2 purchases in the 24 months up to Nov 23, 2026")
                .contains("M = 3: purchases of CN\u00a5")
                .contains("CLV ")
                .contains("Growth: more interaction, raise satisfaction, stimulate more buying.");
        _assertNone(Button.class, spec -> spec.withText("Set stage by hand"));
    }

    @Test
    void theExplanationAndStrategiesFollowTheUsersLanguage() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().setLocale(CrmI18NProvider.CHINESE);
        String text = openValueTab();

        assertThat(text).contains("R = 4：最近一次购买 2026年9月30日，距分析日期 2026年11月23日 54 天")
                .contains("成长期：加强互动，提高满意度，刺激更多购买。");
    }

    @Test
    void aMarketerSetsTheStageByHandWithAReason() {
        login("marketer", AppRoles.MARKETER);
        openValueTab();

        _click(_get(Button.class, spec -> spec.withText("Set stage by hand")));
        LifecycleOverrideDialog dialog = _get(LifecycleOverrideDialog.class);
        _setValue(dialog.stage, LifecycleStage.DECLINE);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.reason.isInvalid()).isTrue();
        _setValue(dialog.reason, "Moved to a competitor for tea");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        String text = _get(CustomerValuePanel.class).getElement().getTextRecursively();
        assertThat(text).contains("Lifecycle stage Decline, set by hand by marketer").contains("Moved to a competitor for tea");
        assertThat(runs.lifecycleOverride(customer)).hasValueSatisfying(set -> assertThat(set.stage()).isEqualTo(LifecycleStage.DECLINE));
    }

    private String openValueTab() {
        UI.getCurrent().navigate("customers/" + customer);
        TabSheet tabs = _get(TabSheet.class);
        int index = -1;
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(UI.getCurrent().getTranslation("segments.value.title"))) {
                index = i;
            }
        }
        assertThat(index).as("Value tab").isPositive();
        tabs.setSelectedIndex(index);
        return _get(CustomerValuePanel.class).getElement().getTextRecursively();
    }
}
