package com.idic.crm.catalog;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.security.AppRoles;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = AppRoles.MARKETER)
class CatalogServiceTest {

    @Autowired CatalogService catalog;

    private final String tag = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void savedItemsAreFoundByCodeNameAndKindInCodeOrder() {
        catalog.save(item(CatalogItemKind.SERVICE, tag + "-B", "Training day " + tag, "培训日" + tag, "1200.00", "500.00"));
        catalog.save(item(CatalogItemKind.PRODUCT, tag + "-A", "Printer " + tag, "打印机" + tag, "2380.50", "1650.00"));
        CatalogItem retired = item(CatalogItemKind.PRODUCT, tag + "-C", "Old " + tag, "旧" + tag, "10.00", "5.00");
        retired.setActive(false);
        catalog.save(retired);

        assertThat(catalog.page(new CatalogFilter(tag, null, false), PageRequest.of(0, 10)))
                .extracting(CatalogItemRow::code).containsExactly(tag + "-A", tag + "-B", tag + "-C");
        assertThat(catalog.page(new CatalogFilter(tag, null, true), PageRequest.of(0, 10)))
                .extracting(CatalogItemRow::code).containsExactly(tag + "-A", tag + "-B");
        assertThat(catalog.page(new CatalogFilter(tag, CatalogItemKind.SERVICE, false), PageRequest.of(0, 10)))
                .extracting(CatalogItemRow::code).containsExactly(tag + "-B");
        assertThat(catalog.page(new CatalogFilter("打印机" + tag, null, false), PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> {
                    assertThat(row.listPrice()).isEqualByComparingTo("2380.50");
                    assertThat(row.name(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("打印机" + tag);
                });
        assertThat(catalog.page(new CatalogFilter(tag, null, false), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "code"))))
                .extracting(CatalogItemRow::code).containsExactly(tag + "-C", tag + "-B", tag + "-A");
    }

    @Test
    void aSecondItemWithTheSameCodeIsRefused() {
        catalog.save(item(CatalogItemKind.PRODUCT, tag, "First", "第一", "1.00", "1.00"));

        assertThatThrownBy(() -> catalog.save(item(CatalogItemKind.MODULE, tag, "Second", "第二", "2.00", "1.00")))
                .isInstanceOf(CodeTakenException.class);
        assertThat(catalog.page(new CatalogFilter(tag, null, false), PageRequest.of(0, 10)))
                .extracting(CatalogItemRow::nameEn).containsExactly("First");
    }

    @Test
    void aNegativePriceOrABadCodeIsRefusedAndNothingSaved() {
        assertThatThrownBy(() -> catalog.save(item(CatalogItemKind.PRODUCT, tag, "Bad", "坏", "-1.00", "1.00")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> catalog.save(item(CatalogItemKind.PRODUCT, tag.toLowerCase() + " x", "Bad", "坏", "1.00", "1.00")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(catalog.page(new CatalogFilter(tag, null, false), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndTheOtherEditKept() {
        long id = catalog.save(item(CatalogItemKind.PRODUCT, tag, "Desk", "桌子", "100.00", "60.00")).id();
        CatalogItem mine = catalog.edit(id).orElseThrow();
        CatalogItem theirs = catalog.edit(id).orElseThrow();
        theirs.setListPrice(new BigDecimal("120.00"));
        catalog.save(theirs);

        mine.setListPrice(new BigDecimal("90.00"));
        assertThatThrownBy(() -> catalog.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(catalog.find(id).orElseThrow().listPrice()).isEqualByComparingTo("120.00");
    }

    @Test
    @WithMockUser(roles = AppRoles.SERVICE_DESK)
    void theServiceDeskReadsButCannotEdit() {
        assertThat(catalog.page(CatalogFilter.ALL, PageRequest.of(0, 1))).isNotNull();
        assertThatThrownBy(() -> catalog.save(item(CatalogItemKind.PRODUCT, tag, "Desk", "桌子", "1.00", "1.00")))
                .isInstanceOf(AccessDeniedException.class);
    }

    static CatalogItem item(CatalogItemKind kind, String code, String en, String zh, String price, String cost) {
        return new CatalogItem(kind, code, en, zh, "Office Equipment", new BigDecimal(price), new BigDecimal(cost));
    }
}
