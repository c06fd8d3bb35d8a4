package com.idic.crm.segmentation;

import java.math.BigDecimal;

/** One cell of the R x F grid: customers with these scores and their average monetary total (24 months). */
public record RfmCell(int recency, int frequency, long customers, BigDecimal averageAmountInWindow) {
}
