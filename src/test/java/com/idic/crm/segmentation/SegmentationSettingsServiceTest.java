package com.idic.crm.segmentation;

import java.math.BigDecimal;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class SegmentationSettingsServiceTest {

    @Autowired
    SegmentationSettingsService service;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noSavedSettings() {
        jdbc.update("DELETE FROM segmentation_settings");
        jdbc.update("DELETE FROM segmentation_settings_history");
    }

    @Test
    @WithMockUser(username = "marta", roles = "MARKETER")
    void beforeAnySaveTheDefaultsOfDomainSection6AreInForce() {
        StoredSettings current = service.current();
        assertThat(current.version()).isZero();
        SegmentationSettings s = current.settings();
        assertThat(s.rfm().recency2Months()).isEqualTo(12);
        assertThat(s.rfm().frequency5Orders()).isEqualTo(24);
        assertThat(s.rfm().monetary4Max()).isEqualByComparingTo("5000");
        assertThat(s.pyramid().ironShare()).isEqualByComparingTo("0.20");
        assertThat(s.abc().bShare()).isEqualByComparingTo("0.95");
        assertThat(s.clv().discountRate()).isEqualByComparingTo("0.10");
        assertThat(s.clv().retention(1)).isEqualByComparingTo("0.20");
        assertThat(s.credit().termD()).isEqualTo(255);
        assertThat(s.lifecycle().growthFactor()).isEqualByComparingTo("1.1");
    }

    @Test
    @WithMockUser(username = "max", roles = "MANAGER")
    void aManagerSavesGoodSettingsWithWhoAndWhenAndAHistory() {
        SegmentationSettings changed = withPyramid("0.02", "0.06", "0.25");
        StoredSettings saved = service.save(changed, 0);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.changedBy()).isEqualTo("max");
        assertThat(service.current().settings()).isEqualTo(changed);

        StoredSettings reset = service.resetToDefaults(1);
        assertThat(reset.version()).isEqualTo(2);
        assertThat(service.current().settings()).isEqualTo(SegmentationSettings.defaults());
        assertThat(service.history(10)).extracting(StoredSettings::version, h -> h.settings().pyramid().goldShare())
                .containsExactly(tuple(2L, new BigDecimal("0.05")), tuple(1L, new BigDecimal("0.06")));
    }

    @Test
    @WithMockUser(username = "max", roles = "MANAGER")
    void settingsThatMakeNoSenseAreRefusedAtTheirFieldAndNothingIsSaved() {
        SegmentationSettings bad = withPyramid("0.05", "0.04", "1.20");
        assertThatThrownBy(() -> service.save(bad, 0)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new SettingsProblem("pyramid.goldShare", SegmentationSettings.NOT_INCREASING),
                        new SettingsProblem("pyramid.ironShare", SegmentationSettings.ABOVE_ONE)));
        assertThat(service.current().version()).isZero();
        assertThat(service.history(10)).isEmpty();
    }

    @Test
    @WithMockUser(username = "max", roles = "MANAGER")
    void aSaveBasedOnStaleSettingsIsRefusedNamingWhoChangedThem() {
        service.save(withPyramid("0.02", "0.06", "0.25"), 0);
        assertThatThrownBy(() -> service.save(withPyramid("0.03", "0.06", "0.25"), 0))
                .isInstanceOfSatisfying(SettingsConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("max"));
        assertThat(service.current().settings().pyramid().platinumShare()).isEqualByComparingTo("0.02");
    }

    @Test
    @WithMockUser(username = "sam", roles = "SERVICE_DESK")
    void theServiceDeskCannotEditOrReadTheSettings() {
        assertThatThrownBy(() -> service.save(SegmentationSettings.defaults(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.current()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marta", roles = "MARKETER")
    void aMarketerCannotEditTheSettings() {
        assertThatThrownBy(() -> service.resetToDefaults(0)).isInstanceOf(AccessDeniedException.class);
    }

    static SegmentationSettings withPyramid(String platinum, String gold, String iron) {
        SegmentationSettings d = SegmentationSettings.defaults();
        return new SegmentationSettings(d.rfm(), new SegmentationSettings.Pyramid(new BigDecimal(platinum),
                new BigDecimal(gold), new BigDecimal(iron)), d.abc(), d.clv(), d.credit(), d.lifecycle(),
                LocalTime.of(3, 30));
    }
}
