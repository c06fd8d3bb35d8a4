package com.idic.crm.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.idic.crm.customer.CustomerKeys;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.order.OrderRecord;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void sameSeedAndSizeGiveTheSameData() {
        DemoDataGenerator a = new DemoDataGenerator(42, 500, 8000, TODAY);
        DemoDataGenerator b = new DemoDataGenerator(42, 500, 8000, TODAY);
        assertThat(a.customers().toList()).isEqualTo(b.customers().toList());
        assertThat(a.orders().toList()).isEqualTo(b.orders().toList());
        assertThat(new DemoDataGenerator(43, 500, 8000, TODAY).customers().toList()).isNotEqualTo(a.customers().toList());
    }

    @Test
    void ordersAddUpToTheRequestedNumberWithUniqueIdsInTheLastThreeYears() {
        DemoDataGenerator generator = new DemoDataGenerator(7, 1000, 20000, TODAY);
        List<GeneratedOrder> orders = generator.orders().toList();
        assertThat(orders).hasSize(20000);
        assertThat(orders.stream().map(GeneratedOrder::externalId).distinct().count()).isEqualTo(20000);
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.orderDate()).isBetween(TODAY.minusYears(3).minusDays(1), TODAY);
            assertThat(o.cost()).isLessThanOrEqualTo(o.amount());
            assertThat(o.amount().subtract(o.cost()).divide(o.amount(), 3, java.math.RoundingMode.HALF_UP))
                    .isBetween(new BigDecimal("0.19"), new BigDecimal("0.41"));
            if (o.paidDate() != null) {
                assertThat(o.paidDate()).isBeforeOrEqualTo(TODAY);
            }
        });
    }

    @Test
    void revenueIsSkewedTowardsAFewBigCustomers() {
        DemoDataGenerator generator = new DemoDataGenerator(20261123, 2000, 40000, TODAY);
        Map<String, BigDecimal> revenue = new HashMap<>();
        generator.orders().forEach(o -> revenue.merge(o.customerExternalId(), o.amount(), BigDecimal::add));
        List<BigDecimal> sorted = revenue.values().stream().sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top5Percent = sorted.stream().limit(2000 / 20).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(top5Percent.doubleValue() / total.doubleValue()).as("share of revenue of the top 5%% of customers").isGreaterThan(0.35);
    }

    @Test
    void aRealisticMixWithDuplicatesStaleRecordsAndValidRecords() {
        DemoDataGenerator generator = new DemoDataGenerator(99, 2000, 10000, TODAY);
        List<CustomerRecord> customers = generator.customers().toList();
        long organizations = customers.stream().filter(c -> c.type() == CustomerType.ORGANIZATION).count();
        assertThat(organizations).isBetween(400L, 600L);
        assertThat(customers.stream().map(CustomerRecord::region).distinct().count()).isEqualTo(10);
        assertThat(customers.stream().filter(c -> c.lastVerifiedOn() == null || c.lastVerifiedOn().isBefore(TODAY.minusYears(1))).count())
                .isGreaterThan(200);
        Map<String, Long> byPhone = customers.stream().collect(Collectors.groupingBy(c -> CustomerKeys.phone(c.phone()), Collectors.counting()));
        assertThat(byPhone.values().stream().filter(n -> n > 1).count()).as("customers sharing a phone").isGreaterThan(5);
        assertThat(customers.stream().map(CustomerRecord::name).anyMatch(n -> n.chars().anyMatch(ch -> ch > 0x4E00))).isTrue();
        assertThat(customers.stream().map(CustomerRecord::name).anyMatch(n -> n.matches("[A-Za-z ]+"))).isTrue();
        assertThat(java.util.stream.IntStream.range(0, 2000).mapToObj(generator::contacts).filter(l -> !l.isEmpty()).count()).isGreaterThan(50);

        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(customers).allSatisfy(c -> assertThat(validator.validate(c)).isEmpty());
        assertThat(generator.orders().limit(3000).map(o -> o.toRecord(1L)))
                .allSatisfy((OrderRecord o) -> assertThat(validator.validate(o)).isEmpty());
        assertThat(Set.copyOf(customers.stream().map(CustomerRecord::stage).toList())).hasSizeGreaterThan(5);
    }

    @Test
    void customersBuyInAFewCategoriesOfTheirOwnNotInAll() {
        DemoDataGenerator generator = new DemoDataGenerator(20261123, 2000, 40000, TODAY);
        Map<String, Set<String>> bought = generator.orders().collect(Collectors.groupingBy(GeneratedOrder::customerExternalId,
                Collectors.mapping(GeneratedOrder::category, Collectors.toSet())));

        assertThat(bought.values()).allSatisfy(categories -> assertThat(categories).hasSizeBetween(1, 5));
        assertThat(java.util.stream.IntStream.range(0, 2000).filter(i -> generator.orderCount(i) > 0))
                .allSatisfy(i -> assertThat(generator.purchaseProfile(i))
                        .containsAll(bought.get(DemoDataGenerator.customerExternalId(i))));
        assertThat(bought.values().stream().flatMap(Set::stream).distinct()).hasSize(8);
    }
}
