package com.idic.crm.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.idic.crm.customer.CustomerChanged.FieldChange;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;

/**
 * The editable values of a customer record at one moment, keyed by column name, so that two
 * moments can be compared field by field for the history.
 */
record CustomerSnapshot(Map<String, String> fields, Map<Long, String> contacts) {

    private static final Map<String, Function<Customer, Object>> FIELDS = columns();

    static CustomerSnapshot of(Customer customer) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach((column, getter) -> values.put(column, text(getter.apply(customer))));
        Map<Long, String> contacts = customer.getContacts().stream()
                .filter(contact -> contact.getId() != null)
                .collect(Collectors.toMap(CustomerContact::getId, CustomerSnapshot::describe, (a, b) -> a, LinkedHashMap::new));
        return new CustomerSnapshot(values, contacts);
    }

    /** The fields whose value differs in {@code later}, in form order. */
    List<FieldChange> fieldChangesTo(CustomerSnapshot later) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((column, value) -> {
            String newValue = later.fields.get(column);
            if (!Objects.equals(value, newValue)) {
                changes.add(new FieldChange(column, value, newValue));
            }
        });
        return changes;
    }

    List<CustomerChanged> contactChangesTo(CustomerSnapshot later, long customerId) {
        List<CustomerChanged> changes = new ArrayList<>();
        contacts.forEach((id, description) -> {
            String now = later.contacts.get(id);
            if (now == null) {
                changes.add(contactEvent(customerId, CustomerChangeKind.CONTACT_REMOVED, description, null));
            } else if (!now.equals(description)) {
                changes.add(contactEvent(customerId, CustomerChangeKind.CONTACT_CHANGED, description, now));
            }
        });
        later.contacts.forEach((id, description) -> {
            if (!contacts.containsKey(id)) {
                changes.add(contactEvent(customerId, CustomerChangeKind.CONTACT_ADDED, null, description));
            }
        });
        return changes;
    }

    private static CustomerChanged contactEvent(long customerId, CustomerChangeKind kind, String before, String after) {
        return CustomerChanged.of(customerId, kind, List.of(new FieldChange("contact", before, after)));
    }

    /** One line naming the contact and how to reach them. */
    static String describe(CustomerContact contact) {
        return Stream.of(contact.getName(), contact.getRole(), contact.getPhone(), contact.getEmail())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" \u00b7 "));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> choice ? choice.name() : value.toString();
    }

    private static Map<String, Function<Customer, Object>> columns() {
        Map<String, Function<Customer, Object>> fields = new LinkedHashMap<>();
        fields.put("name", Customer::getName);
        fields.put("type", Customer::getType);
        fields.put("phone", Customer::getPhone);
        fields.put("email", Customer::getEmail);
        fields.put("address", Customer::getAddress);
        fields.put("region", Customer::getRegion);
        fields.put("relationship_type", Customer::getRelationshipType);
        fields.put("stage", Customer::getStage);
        fields.put("source", Customer::getSource);
        fields.put("gender", Customer::getGender);
        fields.put("birth_date", Customer::getBirthDate);
        fields.put("occupation", Customer::getOccupation);
        fields.put("family_status", Customer::getFamilyStatus);
        fields.put("founding_date", Customer::getFoundingDate);
        fields.put("industry", Customer::getIndustry);
        fields.put("company_size", Customer::getCompanySize);
        fields.put("business_status", Customer::getBusinessStatus);
        fields.put("notes", Customer::getNotes);
        fields.put("last_verified_on", Customer::getLastVerifiedOn);
        return Collections.unmodifiableMap(fields);
    }
}
