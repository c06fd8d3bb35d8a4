package com.idic.crm.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class CustomerBulkWriterTest {

    @Autowired
    CustomerBulkWriter writer;
    @Autowired
    CustomerRepository customers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void bulkInsertsAndJpaSavesNeverCollideOnIds() {
        List<Long> ids = new ArrayList<>();
        ids.add(customers.save(new Customer(CustomerType.INDIVIDUAL, "JPA first " + run, LocalDate.of(2024, 1, 1))).getId());
        writer.upsert(records("a", 120));
        for (int i = 0; i < 60; i++) {
            ids.add(customers.save(new Customer(CustomerType.INDIVIDUAL, "JPA " + i + " " + run, LocalDate.of(2024, 1, 1))).getId());
        }
        writer.upsert(records("b", 75));
        ids.add(customers.save(new Customer(CustomerType.ORGANIZATION, "JPA last " + run, LocalDate.of(2024, 1, 1))).getId());

        List<String> bulkExternalIds = new ArrayList<>();
        records("a", 120).forEach(r -> bulkExternalIds.add(r.externalId()));
        records("b", 75).forEach(r -> bulkExternalIds.add(r.externalId()));
        ids.addAll(writer.idsByExternalId(bulkExternalIds).values());

        Set<Long> distinct = new HashSet<>(ids);
        assertThat(ids).hasSize(1 + 60 + 1 + 195);
        assertThat(distinct).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id > 0);
    }

    @Test
    void upsertInsertsNewAndUpdatesKnownExternalIdsFillingKeysAndDefaults() {
        BulkWriteResult first = writer.upsert(records("c", 3));
        assertThat(first).isEqualTo(new BulkWriteResult(3, 0));

        CustomerRecord changed = new CustomerRecord("C-" + run + "-c-1", CustomerType.ORGANIZATION, "Renamed  Co., Ltd.",
                null, null, LocalDate.of(2001, 5, 1), "Retail", "+86 138-0013-8000", "Sales@Example.COM", "华东",
                null, InformationSource.WEBSITE, null, null, null);
        BulkWriteResult second = writer.upsert(List.of(changed, records("c", 4).get(3)));
        assertThat(second).isEqualTo(new BulkWriteResult(1, 1));

        Customer stored = customers.findByExternalId("C-" + run + "-c-1").orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getName()).isEqualTo("Renamed  Co., Ltd.");
        assertThat(stored.getNameKey()).isEqualTo(CustomerKeys.name("Renamed  Co., Ltd."));
        assertThat(stored.getType()).isEqualTo(CustomerType.ORGANIZATION);
        assertThat(stored.getRelationshipType()).isEqualTo(RelationshipType.GENERAL_CONSUMER);
        // fields import files do not carry are kept on update
        assertThat(stored.getStage()).isEqualTo(PurchaseStage.REPEAT);
        assertThat(stored.getCreatedOn()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(customers.findByExternalId("C-" + run + "-c-0").orElseThrow().getVersion()).isZero();
        assertThat(customers.findByExternalId("C-" + run + "-c-3").orElseThrow().getStage()).isEqualTo(PurchaseStage.POTENTIAL);
    }

    @Test
    void idsByExternalIdAnswersForLargeSetsAndIgnoresCase() {
        List<CustomerRecord> many = records("d", 2500);
        writer.upsert(many);
        List<String> asked = new ArrayList<>(many.stream().map(r -> r.externalId().toLowerCase()).toList());
        asked.add("unknown-" + run);
        assertThat(writer.idsByExternalId(asked)).hasSize(2500).doesNotContainKey("unknown-" + run);
    }

    private List<CustomerRecord> records(String batch, int count) {
        return IntStream.range(0, count).mapToObj(i -> new CustomerRecord("C-" + run + "-" + batch + "-" + i,
                CustomerType.INDIVIDUAL, "Person " + batch + i, Gender.FEMALE, LocalDate.of(1990, 1, 1), null, null,
                "1380013" + String.format("%04d", i), null, "华北", null, null,
                i == 1 ? PurchaseStage.REPEAT : null, i == 1 ? LocalDate.of(2023, 3, 4) : null, null)).toList();
    }
}
