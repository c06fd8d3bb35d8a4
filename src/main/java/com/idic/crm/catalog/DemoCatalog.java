package com.idic.crm.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.idic.crm.catalog.domain.CatalogItem;
import com.idic.crm.catalog.domain.CatalogItemRepository;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static com.idic.crm.catalog.CatalogItemKind.*;

/**
 * The demo company's catalog, in the categories its demo orders use, so recommendations and offers
 * have something to work with on a new install. Only into an empty catalog.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
public class DemoCatalog {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogItemRepository items;

    DemoCatalog(CatalogItemRepository items) {
        this.items = items;
    }

    // started by the application before anyone signs in; it writes only its own feature's table
    @PermitAll
    @EventListener(ApplicationReadyEvent.class)
    @Order(150)
    @Transactional
    public void fillIfEmpty() {
        if (items.count() > 0) {
            return;
        }
        items.saveAll(items());
        log.info("Demo catalog: {} items", items.count());
    }

    /** The demo items, new (not saved) each call. */
    public static List<CatalogItem> items() {
        return List.of(
                item(PRODUCT, "PRN-A4", "A4 laser printer", "A4激光打印机", "Office Equipment", "2380.00", "1650.00"),
                item(PRODUCT, "PRN-A3", "A3 colour printer", "A3彩色打印机", "Office Equipment", "6900.00", "4800.00"),
                item(PRODUCT, "DSK-STD", "Office desk 160 cm", "办公桌160厘米", "Furniture", "1450.00", "870.00"),
                item(PRODUCT, "CHR-ERG", "Ergonomic chair", "人体工学椅", "Furniture", "1980.00", "1120.00"),
                item(PRODUCT, "LAP-14", "Business laptop 14\"", "14英寸商务笔记本电脑", "Electronics", "6499.00", "5200.00"),
                item(PRODUCT, "MON-27", "27\" monitor", "27英寸显示器", "Electronics", "1899.00", "1350.00"),
                item(PRODUCT, "TNR-BK", "Toner cartridge, black", "黑色硒鼓", "Consumables", "420.00", "190.00"),
                item(PRODUCT, "PPR-A4", "Copy paper A4, box of 5 reams", "A4复印纸(5包/箱)", "Consumables", "145.00", "98.00"),
                item(PRODUCT, "LIC-OFF", "Office suite licence, 1 year", "办公套件许可(1年)", "Software Licences", "899.00", "420.00"),
                item(PRODUCT, "LIC-CRM", "CRM licence per seat, 1 year", "CRM席位许可(1年)", "Software Licences", "2400.00", "600.00"),
                item(MODULE, "MOD-DUPLEX", "Duplex unit for printers", "打印机双面器模块", "Office Equipment", "680.00", "380.00"),
                item(MODULE, "MOD-TRAY", "Extra paper tray 550 sheets", "550页附加纸盒", "Office Equipment", "520.00", "260.00"),
                item(MODULE, "MOD-DSKEXT", "Desk extension with cable duct", "带线槽办公桌延伸模块", "Furniture", "620.00", "310.00"),
                item(MODULE, "MOD-DOCK", "Laptop docking station", "笔记本扩展坞", "Electronics", "1280.00", "760.00"),
                item(MODULE, "MOD-RPT", "CRM reporting module", "CRM报表模块", "Software Licences", "3600.00", "900.00"),
                item(SERVICE, "SRV-INST", "On-site installation", "上门安装", "Maintenance Service", "300.00", "140.00"),
                item(SERVICE, "SRV-MAINT", "Maintenance contract, 1 year", "一年维护合同", "Maintenance Service", "1800.00", "950.00"),
                item(SERVICE, "SRV-TRAIN", "User training, half day", "用户培训(半天)", "Training", "1200.00", "500.00"),
                item(SERVICE, "SRV-ADMIN", "Administrator training, 2 days", "管理员培训(2天)", "Training", "5600.00", "2600.00"),
                item(SERVICE, "SRV-ENGRAVE", "Logo engraving and custom packaging", "标志雕刻与定制包装", "Custom Solutions", "260.00", "90.00"),
                item(SERVICE, "SRV-DESIGN", "Workplace design consultation", "办公空间设计咨询", "Custom Solutions", "4800.00", "2100.00"),
                item(PARTNER, "PTN-CLOUD", "Cloud backup 1 TB (partner)", "云备份1TB(合作伙伴)", "Software Licences", "1500.00", "1100.00"),
                item(PARTNER, "PTN-LEASE", "Equipment leasing per month (partner)", "设备租赁/月(合作伙伴)", "Custom Solutions", "980.00", "820.00"),
                item(PARTNER, "PTN-MOVE", "Office relocation service (partner)", "办公室搬迁服务(合作伙伴)", "Custom Solutions", "8800.00", "7200.00"),
                retired(item(PRODUCT, "PRN-OLD", "Inkjet printer (discontinued)", "喷墨打印机(已停产)", "Office Equipment", "990.00", "760.00")));
    }

    private static CatalogItem item(CatalogItemKind kind, String code, String en, String zh, String category,
                                    String price, String cost) {
        return new CatalogItem(kind, code, en, zh, category, new BigDecimal(price), new BigDecimal(cost));
    }

    private static CatalogItem retired(CatalogItem item) {
        item.setActive(false);
        return item;
    }
}
