package com.idic.crm.customer.duplicates.domain;

import java.util.Arrays;
import java.util.List;

import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;

/**
 * What merging {@code duplicate} into {@code kept} changes on the customer records: the
 * duplicate's contacts move, and each field empty on the kept record but set on the
 * duplicate is filled. A value the kept record already has always wins.
 */
public record MergePlan(List<FilledField> fills, List<CustomerContact> contactsToMove) {

    public static MergePlan of(Customer kept, Customer duplicate) {
        List<FilledField> fills = Arrays.stream(FillableField.values())
                .filter(field -> field.isEmptyOn(kept) && !field.isEmptyOn(duplicate))
                .map(field -> new FilledField(field, field.valueOf(kept), field.valueOf(duplicate)))
                .toList();
        return new MergePlan(fills, List.copyOf(duplicate.getContacts()));
    }

    public void applyTo(Customer kept) {
        fills.forEach(fill -> fill.getField().set(kept, fill.getFilledValue()));
        contactsToMove.forEach(contact -> contact.moveTo(kept));
    }
}
