package com.idic.crm.segmentation;

import java.time.Clock;
import java.util.List;

import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.domain.SettingsStore;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings of the segmentation rules: managers edit them (validated, with who and when, and a
 * history); marketers may read them to understand the figures.
 */
@Service
public class SegmentationSettingsService {

    private final SettingsStore store;
    private final Clock clock;

    SegmentationSettingsService(SettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The settings now in force (the defaults until a manager saves any). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public StoredSettings current() {
        return store.current();
    }

    /**
     * Saves {@code settings} if they are valid ({@link InvalidSettingsException} otherwise) and nobody saved
     * since {@code expectedVersion} was read ({@link SettingsConflictException} otherwise).
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional
    public StoredSettings save(SegmentationSettings settings, long expectedVersion) {
        if (settings == null) {
            throw new InvalidSettingsException(List.of(new SettingsProblem("settings", SegmentationSettings.REQUIRED)));
        }
        settings.requireValid();
        return store.save(settings, expectedVersion, CurrentUser.usernameOrSystem(), clock.instant())
                .orElseThrow(() -> {
                    StoredSettings now = store.current();
                    return new SettingsConflictException(now.changedBy(), now.changedAt());
                });
    }

    /** Saves {@link SegmentationSettings#defaults()} (a change like any other, kept in the history). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional
    public StoredSettings resetToDefaults(long expectedVersion) {
        return save(SegmentationSettings.defaults(), expectedVersion);
    }

    /** Saved versions, newest first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<StoredSettings> history(int limit) {
        return store.history(limit);
    }
}
