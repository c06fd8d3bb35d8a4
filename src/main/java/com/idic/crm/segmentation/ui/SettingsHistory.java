package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.StoredSettings;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Saved versions of the settings, newest first, each with what it changed against the one before. */
class SettingsHistory extends Grid<SettingsHistory.Entry> {

    record Entry(StoredSettings version, String changes) {
    }

    SettingsHistory(Clock clock) {
        addColumn(entry -> entry.version().changedAt() == null ? ""
                : Formats.dateTime(LocalDateTime.ofInstant(entry.version().changedAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("segments.settings.history.when")).setWidth("11rem").setFlexGrow(0);
        addColumn(entry -> entry.version().changedBy()).setHeader(getTranslation("segments.settings.history.who"))
                .setWidth("8rem").setFlexGrow(0);
        addColumn(Entry::changes).setHeader(getTranslation("segments.settings.history.what")).setFlexGrow(1)
                .setTooltipGenerator(Entry::changes);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    void show(List<StoredSettings> newestFirst) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            SegmentationSettings before = i + 1 < newestFirst.size() ? newestFirst.get(i + 1).settings() : SegmentationSettings.defaults();
            entries.add(new Entry(newestFirst.get(i), changes(before, newestFirst.get(i).settings())));
        }
        setItems(entries);
    }

    private String changes(SegmentationSettings before, SegmentationSettings after) {
        List<SettingsCatalog.Field> changed = SettingsCatalog.changed(before, after);
        if (changed.isEmpty()) {
            return getTranslation("segments.settings.history.nothing");
        }
        return changed.stream().map(field -> getTranslation("segments.settings.history.change",
                        getTranslation("segments.settings.field." + field.path()),
                        SegmentationSettingsView.display(field, field.read().apply(before)),
                        SegmentationSettingsView.display(field, field.read().apply(after))))
                .collect(Collectors.joining("; "));
    }
}
