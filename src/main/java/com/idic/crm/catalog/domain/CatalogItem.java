package com.idic.crm.catalog.domain;

import java.math.BigDecimal;

import com.idic.crm.catalog.CatalogItemKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One thing an offer can contain, with its list price and what it costs us (for the offer's margin). */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

    /** Upper-case letters, digits and dashes: codes are typed and read aloud on the phone. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_item_seq")
    @SequenceGenerator(name = "catalog_item_seq", sequenceName = "catalog_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CatalogItemKind kind;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE_PATTERN)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_zh")
    private String nameZh;

    @Size(max = 100)
    private String category;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal listPrice;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal unitCost;

    private boolean active = true;

    public CatalogItem() {
    }

    public CatalogItem(CatalogItemKind kind, String code, String nameEn, String nameZh, String category,
                       BigDecimal listPrice, BigDecimal unitCost) {
        this.kind = kind;
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.category = category;
        this.listPrice = listPrice;
        this.unitCost = unitCost;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CatalogItemKind getKind() { return kind; }
    public void setKind(CatalogItemKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public BigDecimal getListPrice() { return listPrice; }
    public void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
    public BigDecimal getUnitCost() { return unitCost; }
    public void setUnitCost(BigDecimal unitCost) { this.unitCost = unitCost; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
