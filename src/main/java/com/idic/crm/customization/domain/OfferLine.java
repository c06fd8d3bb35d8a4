package com.idic.crm.customization.domain;

import java.math.BigDecimal;

import com.idic.crm.customization.LineNames;
import com.idic.crm.customization.OfferLineInput;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of an offer; it changes only through its offer, whose version guards it. */
@Entity
@Table(name = "offer_line")
public class OfferLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_line_seq")
    @SequenceGenerator(name = "offer_line_seq", sequenceName = "offer_line_seq", allocationSize = 50)
    private Long id;

    private Long catalogItemId;
    private String code;
    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal unitCost;
    private BigDecimal discountPercent;
    private boolean reward;
    /** The catalog item's names when the line was saved; null on custom and reward lines. */
    private String nameEn;
    private String nameZh;

    protected OfferLine() {
    }

    OfferLine(OfferLineInput input) {
        this.catalogItemId = input.catalogItemId();
        this.code = input.code() == null || input.code().isBlank() ? null : input.code().trim();
        this.description = input.description().trim();
        // stored as the database keeps them, so a line reads back equal to what was saved (validation allows two decimals)
        this.quantity = input.quantity().setScale(2);
        this.unitPrice = input.unitPrice().setScale(2);
        this.unitCost = input.unitCost().setScale(2);
        this.discountPercent = input.discountPercent().setScale(2);
        this.reward = input.reward();
        this.nameEn = input.names() == null ? null : input.names().en();
        this.nameZh = input.names() == null ? null : input.names().zh();
    }

    public OfferLineInput toInput() {
        return new OfferLineInput(catalogItemId, code, description, quantity, unitPrice, unitCost, discountPercent, reward,
                nameEn == null ? null : new LineNames(nameEn, nameZh));
    }

    public Long getId() { return id; }
}
