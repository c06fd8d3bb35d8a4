package com.idic.crm.segmentation.ui;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationRun;
import com.vaadin.flow.component.UI;

/** One line per score saying which of the customer's figures gave it (the Value tab). */
final class ScoreExplanation {

    private ScoreExplanation() {
    }

    static List<String> lines(CustomerScore score, SegmentationRun run, UI ui) {
        Locale locale = ui.getLocale();
        String analysisDate = Formats.date(score.analysisDate(), locale);
        List<String> lines = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(score.lastOrderDate(), score.analysisDate());
        lines.add(ui.getTranslation("segments.value.r", score.recency(), Formats.date(score.lastOrderDate(), locale), days, analysisDate));
        lines.add(ui.getTranslation("segments.value.f", score.frequency(), score.ordersInWindow(), analysisDate));
        lines.add(ui.getTranslation("segments.value.m", score.monetary(), Formats.money(score.amountInWindow(), locale), analysisDate));
        if (score.tier() != null) {
            lines.add(ui.getTranslation("segments.value.tier", ui.getTranslation("segments.tier." + score.tier().name()),
                    score.profitRank(), run.customersWithOrders(), Formats.money(score.profit12m(), locale)));
        }
        if (score.abcClass() != null) {
            lines.add(ui.getTranslation("segments.value.abc", score.abcClass().name(), Formats.money(score.revenue12m(), locale),
                    score.revenueRank(), Formats.money(score.revenueAbove(), locale)));
        }
        if (score.clvTotal() != null) {
            lines.add(ui.getTranslation("segments.value.clv", Formats.money(score.clvTotal(), locale),
                    Formats.money(score.clvHistory(), locale), Formats.money(score.clvFuture(), locale)));
        }
        if (score.quadrant() != null) {
            lines.add(ui.getTranslation("segments.value.quadrant", ui.getTranslation("segments.quadrant." + score.quadrant().name()),
                    Formats.money(score.profit12m(), locale), Formats.money(score.clvFuture(), locale)));
        }
        if (score.creditRating() != null) {
            lines.add(ui.getTranslation("segments.value.credit", ui.getTranslation("segments.credit." + score.creditRating().name()),
                    Percent.of(score.collectionShare().doubleValue(), locale), score.longestTermDays()));
        }
        return lines;
    }
}
