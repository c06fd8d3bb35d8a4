package com.idic.crm.segmentation.ui;

import java.time.LocalDate;

import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.SegmentationSettingsService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see and do what in the segmentation views (DEVELOPERS.md: checked on views and service methods). */
class SegmentationAccessTest extends KaribuTest {

    @Autowired SegmentationService runs;
    @Autowired SegmentationSettingsService settings;

    @Test
    void serviceDeskCannotOpenRunsSettingsOrSegments() {
        login("desk", AppRoles.SERVICE_DESK);
        for (Class<?> view : new Class<?>[] {SegmentationRunsView.class, SegmentationSettingsView.class, SegmentsView.class,
                ScoredCustomersView.class, RetentionWhatIfView.class}) {
            UI.getCurrent().navigate(view.asSubclass(com.vaadin.flow.component.Component.class));
            _assertOne(AccessDeniedView.class);
            _assertNone(view.asSubclass(com.vaadin.flow.component.Component.class));
        }
    }

    @Test
    void serviceDeskCannotStartARunOrSaveSettingsThroughTheServices() {
        login("desk", AppRoles.SERVICE_DESK);
        assertThatThrownBy(() -> runs.start(LocalDate.now(), RunProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(SegmentationSettings.defaults(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.resetToDefaults(0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMarketerSeesTheRunsButCannotStartOneNorOpenTheSettings() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(SegmentationRunsView.class);
        _get(SegmentationRunsView.class);
        _assertNone(Button.class, spec -> spec.withText("Start run"));
        assertThatThrownBy(() -> runs.start(LocalDate.now(), RunProgress.NONE)).isInstanceOf(AccessDeniedException.class);

        UI.getCurrent().navigate(SegmentationSettingsView.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void aManagerSeesTheStartButton() {
        login("boss", AppRoles.MANAGER);
        UI.getCurrent().navigate(SegmentationRunsView.class);
        assertThat(_get(SegmentationRunsView.class).start.isVisible()).isTrue();
        _assertOne(Button.class, spec -> spec.withText("Start run"));
    }
}
