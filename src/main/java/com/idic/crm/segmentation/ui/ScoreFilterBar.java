package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.AbcClass;
import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The scored-customer filters on one wrapping line; tells its listener whenever the filter changes. */
class ScoreFilterBar extends Div {

    final ComboBox<Tier> tier = choice("segments.filter.tier", "segments.tier.", List.of(Tier.values()));
    final ComboBox<AbcClass> abc = choice("segments.filter.abc", "segments.abc.", List.of(AbcClass.values()));
    final ComboBox<Quadrant> quadrant = choice("segments.filter.quadrant", "segments.quadrant.", List.of(Quadrant.values()));
    final TextField rfm = new TextField();
    final Select<Integer> rMin = score("segments.filter.r", "segments.filter.from");
    final Select<Integer> rMax = score("segments.filter.r", "segments.filter.to");
    final Select<Integer> fMin = score("segments.filter.f", "segments.filter.from");
    final Select<Integer> fMax = score("segments.filter.f", "segments.filter.to");
    final Select<Integer> mMin = score("segments.filter.m", "segments.filter.from");
    final Select<Integer> mMax = score("segments.filter.m", "segments.filter.to");
    final ComboBox<CreditRating> credit = choice("segments.filter.credit", "segments.credit.", List.of(CreditRating.values()));
    final ComboBox<LifecycleStage> stage = choice("segments.filter.stage", "segments.stage.", List.of(LifecycleStage.values()));
    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<CustomerType> type = choice("segments.filter.type", "customer.type.", List.of(CustomerType.values()));
    private final Runnable onChange;
    private Long runId;
    private boolean showing;

    ScoreFilterBar(List<String> regions, Runnable onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        rfm.setPlaceholder(getTranslation("segments.filter.rfm"));
        rfm.setAriaLabel(getTranslation("segments.filter.rfm"));
        rfm.setTooltipText(getTranslation("segments.filter.rfm.invalid"));
        rfm.setPattern("[1-5]{0,3}");
        rfm.setMaxLength(3);
        rfm.setI18n(new TextField.TextFieldI18n().setPatternErrorMessage(getTranslation("segments.filter.rfm.invalid")));
        rfm.setValueChangeMode(ValueChangeMode.LAZY);
        rfm.setClearButtonVisible(true);
        rfm.addClassName("rfm-code");
        region.setItems(regions);
        region.setPlaceholder(getTranslation("segments.filter.region"));
        region.setAriaLabel(getTranslation("segments.filter.region"));
        region.setClearButtonVisible(true);
        Button clear = new Button(getTranslation("action.clear"), VaadinIcon.CLOSE_SMALL.create(), click -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(tier, abc, quadrant, rfm, rMin, rMax, fMin, fMax, mMin, mMax, credit, stage, region, type, clear);
        fields().forEach(field -> field.addValueChangeListener(event -> {
            if (!showing) {
                onChange.run();
            }
        }));
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(tier, abc, quadrant, rfm, rMin, rMax, fMin, fMax, mMin, mMax, credit, stage, region, type);
    }

    /** Shows {@code filter} in the fields without telling the listener. */
    void show(ScoreFilter filter) {
        showing = true;
        runId = filter.runId();
        tier.setValue(filter.tier());
        abc.setValue(filter.abcClass());
        quadrant.setValue(filter.quadrant());
        rfm.setValue(filter.rfmCode() == null ? "" : filter.rfmCode());
        rMin.setValue(filter.recencyMin());
        rMax.setValue(filter.recencyMax());
        fMin.setValue(filter.frequencyMin());
        fMax.setValue(filter.frequencyMax());
        mMin.setValue(filter.monetaryMin());
        mMax.setValue(filter.monetaryMax());
        credit.setValue(filter.creditRating());
        stage.setValue(filter.stage());
        region.setValue(filter.region());
        type.setValue(filter.customerType());
        showing = false;
    }

    ScoreFilter filter() {
        String code = ScoreQuery.RFM_CODE.matcher(rfm.getValue()).matches() ? rfm.getValue() : null;
        return new ScoreFilter(runId, tier.getValue(), abc.getValue(), quadrant.getValue(), code,
                rMin.getValue(), rMax.getValue(), fMin.getValue(), fMax.getValue(), mMin.getValue(), mMax.getValue(),
                credit.getValue(), stage.getValue(), region.getValue(), type.getValue(), true);
    }

    private void clear() {
        show(ScoreFilter.all().inRun(runId));
        onChange.run();
    }

    private <E extends Enum<E>> ComboBox<E> choice(String placeholderKey, String labelPrefix, List<E> values) {
        ComboBox<E> box = new ComboBox<>();
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setClearButtonVisible(true);
        return box;
    }

    private Select<Integer> score(String scoreKey, String boundKey) {
        Select<Integer> select = new Select<>();
        select.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(scoreKey) + " " + getTranslation(boundKey));
        select.setPlaceholder(getTranslation(scoreKey) + " " + getTranslation(boundKey));
        select.setAriaLabel(getTranslation(scoreKey) + " " + getTranslation(boundKey));
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(scoreKey) + " " + getTranslation(boundKey) + " " + value);
        select.addClassName("score-range");
        return select;
    }
}
