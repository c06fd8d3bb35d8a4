package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.idic.crm.customization.LineNames;
import com.idic.crm.customization.OfferLineInput;

/** A line while it is edited in the offer editor: the fields may be empty or wrong until saved. */
final class EditableLine {

    final Long catalogItemId;
    final String code;
    String description;
    BigDecimal quantity;
    BigDecimal unitPrice;
    BigDecimal unitCost;
    BigDecimal discountPercent;
    final boolean reward;
    final LineNames names;

    /** A free line the marketer types. */
    static EditableLine blankCustom() {
        return new EditableLine(null, null, "", BigDecimal.ONE, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO, false, null);
    }

    /** A catalog item at its list price, once, in the names the catalog has for it. */
    static EditableLine ofItem(long itemId, String code, LineNames names, Locale locale, BigDecimal listPrice,
                               BigDecimal unitCost) {
        return new EditableLine(itemId, code, names.in(locale), BigDecimal.ONE, listPrice, unitCost, BigDecimal.ZERO,
                false, names);
    }

    private EditableLine(Long catalogItemId, String code, String description, BigDecimal quantity, BigDecimal unitPrice,
                         BigDecimal unitCost, BigDecimal discountPercent, boolean reward, LineNames names) {
        this.reward = reward;
        this.names = names;
        this.catalogItemId = catalogItemId;
        this.code = code;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.unitCost = unitCost;
        this.discountPercent = discountPercent;
    }

    static EditableLine reward(String description, BigDecimal percent) {
        return new EditableLine(null, null, description, BigDecimal.ONE, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), percent, true, null);
    }

    static EditableLine of(OfferLineInput input) {
        return new EditableLine(input.catalogItemId(), input.code(), input.description(), input.quantity(),
                input.unitPrice(), input.unitCost(), input.discountPercent(), input.reward(), input.names());
    }

    /** A free line whose description and cost the marketer types; neither a catalog item nor the reward. */
    boolean custom() {
        return catalogItemId == null && !reward;
    }

    /** The same checks as the service, to mark the field at once; the service checks again on save. */
    boolean quantityValid() {
        return quantity != null && quantity.signum() > 0 && quantity.scale() <= 2;
    }

    boolean priceValid() {
        return unitPrice != null && unitPrice.signum() >= 0 && unitPrice.scale() <= 2;
    }

    boolean costValid() {
        return unitCost != null && unitCost.signum() >= 0 && unitCost.scale() <= 2;
    }

    boolean discountValid() {
        return discountPercent != null && discountPercent.signum() >= 0
                && discountPercent.compareTo(new BigDecimal("100")) <= 0 && discountPercent.scale() <= 2;
    }

    boolean descriptionValid() {
        return description != null && !description.isBlank() && description.length() <= 300;
    }

    boolean valid() {
        return quantityValid() && priceValid() && costValid() && discountValid() && descriptionValid();
    }

    OfferLineInput toInput() {
        return new OfferLineInput(catalogItemId, code, description, quantity, unitPrice, unitCost, discountPercent, reward, names);
    }

    /** What the line reads in the user's language: a catalog item's name in it, a custom line as typed. */
    String description(Locale locale) {
        return names == null ? description : names.in(locale);
    }
}
