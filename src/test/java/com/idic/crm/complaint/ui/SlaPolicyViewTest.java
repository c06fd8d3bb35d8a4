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
    @Autowired com.idic.crm.complaint.ComplaintQueries queries;

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
    void aManagerAddsRenamesAndRetiresACategory() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("sla-policy");
        CategoryEditor editor = _get(SlaPolicyView.class).categories;
        String en = "Packaging " + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        editor.newEn.setValue(en);
        _click(editor.add);
        assertThat(editor.newZh.isInvalid()).isTrue();
        assertThat(queries.categories()).noneMatch(c -> c.labelEn().equals(en));
        editor.newZh.setValue("包装");
        _click(editor.add);
        com.idic.crm.complaint.ComplaintCategoryRow added = queries.categories().stream()
                .filter(c -> c.labelEn().equals(en)).findFirst().orElseThrow();
        assertThat(added.labelZh()).isEqualTo("包装");
        assertThat(added.active()).isTrue();

        policies.saveCategory(added, en, "包装问题", false);
        assertThat(queries.categories()).anySatisfy(c -> {
            assertThat(c.labelEn()).isEqualTo(en);
            assertThat(c.labelZh()).isEqualTo("包装问题");
            assertThat(c.active()).isFalse();
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policies.saveCategory(added, en, "旧", true))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theServiceDeskCannotChangeCategories() {
        login("desk", AppRoles.SERVICE_DESK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policies.addCategory("Spam", "垃圾"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theServiceDeskCannotOpenThePolicy() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("sla-policy");
        assertThat(_find(SlaPolicyView.class)).isEmpty();
    }
}
