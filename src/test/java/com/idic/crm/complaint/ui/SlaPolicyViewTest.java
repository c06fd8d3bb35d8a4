package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.SlaPolicyService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyViewTest extends KaribuTest {

    @Autowired SlaPolicyService policies;

    @Test
    void aManagerChangesATargetAndBadHolidaysAreRefused() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("sla-policy");
        SlaPolicyView view = _get(SlaPolicyView.class);
        assertThat(view.firstHours.get(ComplaintPriority.URGENT).getValue()).isEqualTo(1.0);
        assertThat(view.resolutionHours.get(ComplaintPriority.LOW).getValue()).isEqualTo(120.0);

        view.holidays.setValue("2026-10-01\nnot a day");
        _click(view.save);
        assertThat(view.holidays.isInvalid()).isTrue();
        assertThat(policies.current().holidays()).isEmpty();

        view.holidays.setValue("2026-10-01");
        view.firstHours.get(ComplaintPriority.URGENT).setValue(0.5);
        _click(view.save);
        try {
            assertThat(policies.current().target(ComplaintPriority.URGENT).firstResponseMinutes()).isEqualTo(30);
            assertThat(policies.current().holidays()).containsExactly(java.time.LocalDate.of(2026, 10, 1));
            assertThat(view.changed.getText()).isEqualTo("Last changed by manager");
        } finally {
            view.firstHours.get(ComplaintPriority.URGENT).setValue(1.0);
            view.holidays.setValue("");
            _click(view.save);
        }
        assertThat(policies.current().target(ComplaintPriority.URGENT).firstResponseMinutes()).isEqualTo(60);
    }

    @Test
    void theServiceDeskCannotOpenThePolicy() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("sla-policy");
        assertThat(_find(SlaPolicyView.class)).isEmpty();
    }
}
