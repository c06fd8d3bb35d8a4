package com.idic.crm.customer.duplicates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.idic.crm.customer.CustomerChangeKind;
import com.idic.crm.customer.CustomerChanged;
import com.idic.crm.customer.duplicates.domain.FillableField;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge remembers the values it filled in and overwrote, to undo exactly; once a customer is
 * anonymized those are erased personal data too. They are emptied in the anonymization's
 * transaction, which leaves such a merge impossible to undo (its fields no longer match).
 */
@Component
class MergeValuesForgetting {

    private final JdbcClient jdbc;

    MergeValuesForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void forgetAnonymizedValues(CustomerChanged event) {
        if (event.kind() != CustomerChangeKind.ANONYMIZED) {
            return;
        }
        Set<String> fillable = Arrays.stream(FillableField.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> erased = event.fields().stream().map(field -> field.field().toUpperCase(Locale.ROOT))
                .filter(fillable::contains).distinct().toList();
        if (erased.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE customer_merge_field f JOIN customer_merge m ON m.id = f.merge_id
                   SET f.previous_value = NULL, f.filled_value = ''
                 WHERE (m.kept_id = :customer OR m.merged_id = :customer) AND f.field_name IN (:fields)""")
                .param("customer", event.customerId()).param("fields", erased).update();
    }
}
