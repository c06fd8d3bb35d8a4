package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.segmentation.GroupShare;
import com.idic.crm.segmentation.LifecycleStage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** One centred bar per lifecycle stage, in the order a relationship goes through them. */
class LifecycleFunnel extends Div {

    LifecycleFunnel(List<GroupShare> stages, Map<String, String> runFilter) {
        addClassName("funnel");
        Map<String, GroupShare> byName = stages.stream().collect(Collectors.toMap(GroupShare::group, Function.identity()));
        long max = stages.stream().mapToLong(GroupShare::customers).max().orElse(0);
        for (LifecycleStage stage : LifecycleStage.values()) {
            GroupShare share = byName.get(stage.name());
            long count = share == null ? 0 : share.customers();
            Span label = new Span(getTranslation("segments.stage." + stage.name()));
            Div bar = new Div(new Span(String.valueOf(count)));
            bar.addClassName("funnel-bar");
            bar.getStyle().set("--width", Percent.css(max == 0 ? 0 : (double) count / max));
            Div track = new Div(bar);
            track.addClassName("funnel-bar-track");
            RouterLink row = SegmentLink.to(ScoreFilterParameters.with(runFilter, "stage", stage.name()),
                    getTranslation("segments.strategy.stage." + stage.name()), label, track);
            row.addClassName("funnel-row");
            add(row);
        }
    }
}
