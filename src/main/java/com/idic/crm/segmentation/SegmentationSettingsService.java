package com.idic.crm.segmentation;

import java.util.List;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * The settings of the segmentation rules: managers edit them (validated, with who and when, and a
 * history); marketers may read them to understand the figures.
 */
@Service
public class SegmentationSettingsService {

    /** The settings now in force (the defaults until a manager saves any). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public StoredSettings current() {
        throw new UnsupportedOperationException("first API commit");
    }

    /**
     * Saves {@code settings} if they are valid ({@link InvalidSettingsException} otherwise) and nobody saved
     * since {@code expectedVersion} was read ({@link SettingsConflictException} otherwise).
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public StoredSettings save(SegmentationSettings settings, long expectedVersion) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Saves {@link SegmentationSettings#defaults()} (a change like any other, kept in the history). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public StoredSettings resetToDefaults(long expectedVersion) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Saved versions, newest first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<StoredSettings> history(int limit) {
        throw new UnsupportedOperationException("first API commit");
    }
}
