package com.idic.crm.base.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangedColumnsTest {

    @Test
    void anUpdateNamesOnlyTheChangedColumnsAndBumpsTheVersion() {
        assertThat(new ChangedColumns("customer", "version").sql(List.of("name", "name_key")))
                .isEqualTo("UPDATE customer SET name = ?, name_key = ?, version = version + 1 WHERE id = ?");
        assertThat(new ChangedColumns("customer", null).sql(List.of("phone")))
                .isEqualTo("UPDATE customer SET phone = ? WHERE id = ?");
    }

    @Test
    void rowsWithoutChangesAreNotQueuedAndNamesAreNeverTakenFromData() {
        ChangedColumns updates = new ChangedColumns("customer", "version");
        updates.update(1, Map.of());
        assertThat(updates.size()).isZero();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name; DROP TABLE customer", "x");
        assertThatThrownBy(() -> updates.update(2, changes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangedColumns("customer c", "version")).isInstanceOf(IllegalArgumentException.class);
    }
}
