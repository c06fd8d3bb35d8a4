package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.WorkedExample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java rules reproduce every customer and column of the worked example (no database). */
class ReferenceSegmentationWorkedExampleTest {

    @Test
    void reproducesTheWorkedExample() {
        Map<String, Long> ids = new HashMap<>();
        List<ReferenceSegmentation.Customer> customers = new ArrayList<>();
        for (Map<String, String> row : WorkedExample.rows("customers.csv")) {
            long id = customers.size() + 1;
            ids.put(row.get("external_id"), id);
            customers.add(new ReferenceSegmentation.Customer(id, CustomerType.valueOf(row.get("type"))));
        }
        List<OrderFact> orders = WorkedExample.rows("orders.csv").stream().map(row -> new OrderFact(
                ids.get(row.get("customer_external_id")), LocalDate.parse(row.get("order_date")),
                new BigDecimal(row.get("amount")), new BigDecimal(row.get("cost")), decimal(row.get("paid_amount")),
                row.get("paid_date").isEmpty() ? null : LocalDate.parse(row.get("paid_date")))).toList();

        ReferenceSegmentation.Result result = new ReferenceSegmentation(SegmentationSettings.defaults(),
                WorkedExample.ANALYSIS_DATE).score(customers, orders, Map.of());

        Map<String, CustomerScore> byExternalId = new HashMap<>();
        ids.forEach((externalId, id) -> byExternalId.put(externalId, result.scores().get(id)));
        assertThat(WorkedExample.rows("expected.csv")).hasSize(150);
        assertThat(WorkedExample.differences(byExternalId)).isEmpty();
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
