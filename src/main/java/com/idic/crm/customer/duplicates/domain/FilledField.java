package com.idic.crm.customer.duplicates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One empty field of the kept record that a merge filled from the duplicate. */
@Embeddable
public class FilledField {

    @Enumerated(EnumType.STRING)
    @Column(name = "field_name", nullable = false)
    private FillableField field;

    @Column(name = "previous_value")
    private String previousValue;

    @Column(name = "filled_value", nullable = false)
    private String filledValue;

    protected FilledField() {
    }

    public FilledField(FillableField field, String previousValue, String filledValue) {
        this.field = field;
        this.previousValue = previousValue;
        this.filledValue = filledValue;
    }

    public FillableField getField() { return field; }
    public String getPreviousValue() { return previousValue; }
    public String getFilledValue() { return filledValue; }
}
