package com.idic.crm.catalog.ui;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogItemKind;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuTest {

    @Autowired CatalogService catalog;

    private final String tag = "V" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void aMarketerAddsAnItemThroughTheForm() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(CatalogView.class);
        CatalogView view = _get(CatalogView.class);

        _click(view.add);
        fill(view.form, "prn-" + tag, "2380.00");
        _click(view.form.save);

        view.search.setValue("PRN-" + tag);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("PRN-" + tag, "Printer " + tag, "Product", "CN¥2,380.00");
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    void aNegativePriceIsShownAtTheFieldAndNothingSaved() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(CatalogView.class);
        CatalogView view = _get(CatalogView.class);

        _click(view.add);
        fill(view.form, "BAD-" + tag, "-5.00");
        _click(view.form.save);

        assertThat(view.form.listPrice.isInvalid()).isTrue();
        assertThat(view.form.isVisible()).isTrue();
        assertThat(catalog.page(new CatalogFilter("BAD-" + tag, null, false), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void theServiceDeskSeesTheCatalogButNoEditing() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(CatalogView.class);
        CatalogView view = _get(CatalogView.class);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.form.isVisible()).isFalse();
    }

    private void fill(CatalogItemForm form, String code, String price) {
        form.kind.setValue(CatalogItemKind.PRODUCT);
        form.code.setValue(code);
        form.nameEn.setValue("Printer " + tag);
        form.nameZh.setValue("打印机" + tag);
        form.category.setValue("Office Equipment");
        form.listPrice.setValue(new BigDecimal(price));
        form.unitCost.setValue(new BigDecimal("1650.00"));
    }
}
