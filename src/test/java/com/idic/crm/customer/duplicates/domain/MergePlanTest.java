package com.idic.crm.customer.duplicates.domain;

import java.time.LocalDate;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerContact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MergePlanTest {

    private final Customer kept = new Customer(CustomerType.ORGANIZATION, "Huaxin Trading", LocalDate.of(2020, 1, 1));
    private final Customer duplicate = new Customer(CustomerType.ORGANIZATION, "Huaxin Trading Co.", LocalDate.of(2024, 1, 1));

    @Test
    void onlyFieldsEmptyOnTheKeptRecordAreFilled() {
        kept.setPhone("021-5555-0101");
        kept.setAddress("");
        duplicate.setPhone("021-5555-0199");
        duplicate.setAddress("88 Nanjing Road");
        duplicate.setSource(InformationSource.WEBSITE);
        duplicate.setFoundingDate(LocalDate.of(2001, 5, 4));

        MergePlan plan = MergePlan.of(kept, duplicate);

        assertThat(plan.fills())
                .extracting(FilledField::getField, FilledField::getPreviousValue, FilledField::getFilledValue)
                .containsExactly(
                        tuple(FillableField.ADDRESS, "", "88 Nanjing Road"),
                        tuple(FillableField.FOUNDING_DATE, null, "2001-05-04"),
                        tuple(FillableField.SOURCE, null, "WEBSITE"));
    }

    @Test
    void applyingThePlanFillsTheFieldsAndMovesTheContacts() {
        duplicate.setEmail("sales@huaxin.cn");
        duplicate.setSource(InformationSource.PUBLICATION);
        CustomerContact buyer = duplicate.addContact("Buyer Liu");

        MergePlan.of(kept, duplicate).applyTo(kept);

        assertThat(kept.getEmail()).isEqualTo("sales@huaxin.cn");
        assertThat(kept.getSource()).isEqualTo(InformationSource.PUBLICATION);
        assertThat(buyer.getCustomer()).isSameAs(kept);
    }

    @Test
    void aFilledFieldCanBePutBackFromItsText() {
        duplicate.setFoundingDate(LocalDate.of(2001, 5, 4));
        FilledField fill = MergePlan.of(kept, duplicate).fills().get(0);
        fill.getField().set(kept, fill.getFilledValue());

        fill.getField().set(kept, fill.getPreviousValue());

        assertThat(kept.getFoundingDate()).isNull();
    }
}
