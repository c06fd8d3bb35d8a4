package com.idic.crm.customization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferState;
import com.idic.crm.segmentation.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfferWorkflowTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "DRAFT, EDIT, DRAFT",
            "REJECTED_INTERNAL, EDIT, DRAFT",
            "DRAFT, SUBMIT_FOR_APPROVAL, PENDING_APPROVAL",
            "REJECTED_INTERNAL, SUBMIT_FOR_APPROVAL, PENDING_APPROVAL",
            "PENDING_APPROVAL, APPROVE, APPROVED",
            "PENDING_APPROVAL, REJECT, REJECTED_INTERNAL",
            "DRAFT, SEND, SENT",
            "APPROVED, SEND, SENT",
            "SENT, ACCEPT, ACCEPTED",
            "SENT, DECLINE, DECLINED",
            "SENT, RENEGOTIATE, RENEGOTIATION",
            "SENT, EXPIRE, EXPIRED",
            "APPROVED, EXPIRE, EXPIRED",
            "PENDING_APPROVAL, WITHDRAW, WITHDRAWN",
            "SENT, WITHDRAW, WITHDRAWN",
            "ACCEPTED, START_DELIVERY, IN_DELIVERY",
            "IN_DELIVERY, DELIVER, DELIVERED"})
    void legalSteps(OfferState from, OfferAction action, OfferState to) {
        assertThat(OfferWorkflow.next(from, action)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "PENDING_APPROVAL, EDIT",
            "APPROVED, EDIT",
            "SENT, EDIT",
            "PENDING_APPROVAL, SEND",
            "DRAFT, APPROVE",
            "APPROVED, APPROVE",
            "DRAFT, ACCEPT",
            "APPROVED, ACCEPT",
            "ACCEPTED, WITHDRAW",
            "DECLINED, ACCEPT",
            "EXPIRED, SEND",
            "RENEGOTIATION, EDIT",
            "RENEGOTIATION, ACCEPT",
            "DRAFT, EXPIRE",
            "ACCEPTED, DELIVER",
            "DELIVERED, START_DELIVERY",
            "WITHDRAWN, SEND"})
    void illegalSteps(OfferState from, OfferAction action) {
        assertThat(OfferWorkflow.allows(from, action)).isFalse();
        assertThatThrownBy(() -> OfferWorkflow.next(from, action)).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.offerStep");
    }

    @Test
    void aRejectedOfferKeepsTheManagersReasonAndBecomesADraftWhenEdited() {
        Offer offer = new Offer(1L, 2L, "Acme", Tier.GOLD, LocalDate.of(2026, 4, 1), "marketer", AT);
        offer.edit(LocalDate.of(2026, 4, 1), null, List.of(OfferPricingTest.line("1", "100.00", "90.00", "0")));
        offer.step(OfferAction.SUBMIT_FOR_APPROVAL, null, "marketer", AT);
        offer.step(OfferAction.REJECT, "Margin too thin for a gold customer", "manager", AT);

        assertThat(offer.getState()).isEqualTo(OfferState.REJECTED_INTERNAL);
        assertThat(offer.getStateReason()).isEqualTo("Margin too thin for a gold customer");
        assertThat(offer.getDecidedBy()).isEqualTo("manager");
        offer.edit(LocalDate.of(2026, 4, 1), null, List.of(OfferPricingTest.line("1", "100.00", "70.00", "0")));
        assertThat(offer.getState()).isEqualTo(OfferState.DRAFT);
        assertThat(offer.getMarginPercent()).isEqualByComparingTo("30.00");
    }

    @Test
    void aRenegotiatedOfferContinuesAsTheNextVersionWithTheSameLines() {
        Offer offer = new Offer(1L, 2L, "Acme", Tier.IRON, LocalDate.of(2026, 4, 1), "marketer", AT);
        offer.edit(LocalDate.of(2026, 4, 1), "Delivery in May", List.of(OfferPricingTest.line("2", "50.00", "20.00", "5")));
        offer.step(OfferAction.SEND, null, "marketer", AT);
        offer.step(OfferAction.RENEGOTIATE, null, "marketer", AT);

        Offer next = offer.nextVersion(LocalDate.of(2026, 5, 1), "marketer", AT);
        assertThat(next.getVersionNo()).isEqualTo(2);
        assertThat(next.getState()).isEqualTo(OfferState.DRAFT);
        assertThat(next.lineInputs()).isEqualTo(offer.lineInputs());
        assertThat(next.getNotes()).isEqualTo("Delivery in May");
        assertThatThrownBy(() -> offer.edit(LocalDate.of(2026, 5, 1), null, List.of()))
                .as("the old version is read-only").isInstanceOf(CustomizationRefusedException.class);
    }

    @Test
    void anOfferWithoutLinesIsRefusedBeforeItLeaves() {
        Offer offer = new Offer(1L, 2L, "Acme", null, LocalDate.of(2026, 4, 1), "marketer", AT);
        assertThatThrownBy(offer::refuseIfEmpty).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.noLines");
    }
}
