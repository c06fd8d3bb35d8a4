package com.idic.crm.customization;

import java.util.List;

import com.idic.crm.catalog.CatalogItemRow;

/** A category the customer's peers bought and the customer has not, with what the catalog has in it. */
public record Recommendation(String category, long peersWhoBought, int peers, List<CatalogItemRow> items) {
}
