package com.idic.crm.customer;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerListOrderTest {

    private static final CustomerFilter ANY = CustomerFilter.any();

    @Test
    void everySortEndsWithTheIdInTheSameDirection() {
        assertThat(CustomerListOrder.of(ANY, Sort.unsorted())).isEqualTo(Sort.by("name", "id"));
        assertThat(CustomerListOrder.of(ANY, Sort.by(Sort.Direction.DESC, "name"))).isEqualTo(Sort.by(Sort.Direction.DESC, "name", "id"));
        assertThat(CustomerListOrder.of(ANY, Sort.by("region"))).isEqualTo(Sort.by("region", "name", "id"));
        assertThat(CustomerListOrder.of(ANY, Sort.by(Sort.Direction.DESC, "lastVerifiedOn")))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "lastVerifiedOn", "id"));
    }

    @Test
    void withinOneRegionTheRegionSortIsTheNameSort() {
        CustomerFilter oneRegion = new CustomerFilter(null, null, null, null, "上海", null, null, false);
        assertThat(CustomerListOrder.of(oneRegion, Sort.by(Sort.Direction.DESC, "region")))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "name", "id"));
    }

    @Test
    void aSearchListsInTheOrderOfItsKey() {
        Sort requested = Sort.by(Sort.Direction.DESC, "region");
        assertThat(CustomerListOrder.of(filter(" Li ", null, null, false), requested)).isEqualTo(Sort.by("nameKey", "region", "id"));
        assertThat(CustomerListOrder.of(filter(null, "139", null, false), requested)).isEqualTo(Sort.by("phoneKey", "id"));
        assertThat(CustomerListOrder.of(filter(null, null, "li@", false), requested)).isEqualTo(Sort.by("emailKey", "id"));
        assertThat(CustomerListOrder.of(filter(null, null, null, true), requested)).isEqualTo(Sort.by("lastVerifiedOn", "id"));
        assertThat(filter("Li", null, null, false).decidesTheOrder()).isTrue();
    }

    @Test
    void punctuationAloneIsNoNameSearch() {
        assertThat(filter(" - ", null, null, false).decidesTheOrder()).isFalse();
        assertThat(ANY.decidesTheOrder()).isFalse();
    }

    @Test
    void anUnindexedColumnIsRefused() {
        assertThatThrownBy(() -> CustomerListOrder.of(ANY, Sort.by("notes"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerListOrder.of(ANY, Sort.by("createdOn"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static CustomerFilter filter(String name, String phone, String email, boolean needsVerification) {
        return new CustomerFilter(name, phone, email, null, null, null, null, needsVerification);
    }
}
