package com.idic.crm.customer.duplicates.domain;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.domain.Customer;

/**
 * The customer fields a merge may fill on the kept record when it has no value and the
 * duplicate has one. Values travel as text so a merge can store what it overwrote and an
 * undo can put back exactly that. Name, type and stage are the kept record's own choice
 * and never filled; the external id is unique and stays with its record.
 */
public enum FillableField {
    PHONE(Customer::getPhone, Customer::setPhone),
    EMAIL(Customer::getEmail, Customer::setEmail),
    ADDRESS(Customer::getAddress, Customer::setAddress),
    REGION(Customer::getRegion, Customer::setRegion),
    GENDER(c -> text(c.getGender()), (c, v) -> c.setGender(v == null ? null : Gender.valueOf(v))),
    BIRTH_DATE(c -> text(c.getBirthDate()), (c, v) -> c.setBirthDate(v == null ? null : LocalDate.parse(v))),
    FOUNDING_DATE(c -> text(c.getFoundingDate()), (c, v) -> c.setFoundingDate(v == null ? null : LocalDate.parse(v))),
    INDUSTRY(Customer::getIndustry, Customer::setIndustry),
    COMPANY_SIZE(Customer::getCompanySize, Customer::setCompanySize),
    BUSINESS_STATUS(Customer::getBusinessStatus, Customer::setBusinessStatus),
    OCCUPATION(Customer::getOccupation, Customer::setOccupation),
    FAMILY_STATUS(Customer::getFamilyStatus, Customer::setFamilyStatus),
    SOURCE(c -> text(c.getSource()), (c, v) -> c.setSource(v == null ? null : InformationSource.valueOf(v))),
    NOTES(Customer::getNotes, Customer::setNotes);

    private final Function<Customer, String> getter;
    private final BiConsumer<Customer, String> setter;

    FillableField(Function<Customer, String> getter, BiConsumer<Customer, String> setter) {
        this.getter = getter;
        this.setter = setter;
    }

    /** The stored value as text, exactly (a blank string stays blank), or null. */
    public String valueOf(Customer customer) {
        return getter.apply(customer);
    }

    public void set(Customer customer, String value) {
        setter.accept(customer, value);
    }

    public boolean isEmptyOn(Customer customer) {
        return isEmpty(valueOf(customer));
    }

    public static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
