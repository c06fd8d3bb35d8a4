package com.idic.crm.complaint.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart drawn on the server as SVG (no chart library, no npm): one labelled bar per value, the value
 * written above it. Values are scaled to {@code max}; texts are escaped.
 */
final class SvgBars {

    record Bar(String label, double value, String valueText) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int BOTTOM = 30;
    private static final int TOP = 22;

    private SvgBars() {
    }

    static Div chart(String title, List<Bar> bars, double max, String cssClass) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"svg-bars %s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\">",
                cssClass, WIDTH, HEIGHT, HtmlUtils.htmlEscape(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                HEIGHT - BOTTOM, WIDTH, HEIGHT - BOTTOM));
        if (!bars.isEmpty()) {
            double slot = (double) WIDTH / bars.size();
            double barWidth = Math.min(56, slot * 0.6);
            double plot = HEIGHT - BOTTOM - TOP;
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                double h = max <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / max)) * plot;
                double x = slot * i + (slot - barWidth) / 2;
                double y = HEIGHT - BOTTOM - h;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" class=\"bar\"/>",
                        x, y, barWidth, h));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2, y - 6, HtmlUtils.htmlEscape(bar.valueText())));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"label\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2, HEIGHT - BOTTOM + 18, HtmlUtils.htmlEscape(bar.label())));
            }
        }
        svg.append("</svg>");
        // set as innerHTML so the browser parses it as SVG; Flow's own elements would be created outside the SVG namespace
        Div chart = new Div();
        chart.addClassName("svg-chart");
        chart.getElement().setProperty("innerHTML", svg.toString());
        return chart;
    }
}
