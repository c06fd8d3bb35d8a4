package com.idic.crm.customization.domain;

import java.time.Instant;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomizationRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aRequestIsReviewedAndJudgedFeasibleOnceTypeAndMeansAreChosen() {
        CustomizationRequest request = request();
        assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);

        request.startReview();
        assertThatThrownBy(() -> request.decideFeasible(NOW)).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.typeAndMeansNeeded");
        request.choose(CustomizationType.COSMETIC, DeliveryMeans.STANDARD_PLUS_SERVICE);
        request.decideFeasible(NOW);

        assertThat(request.getState()).isEqualTo(RequestState.FEASIBLE);
        assertThat(request.getDecidedAt()).isEqualTo(NOW);
        assertThat(RequestWorkflow.offersAllowed(request.getState())).isTrue();
    }

    @Test
    void notFeasibleNeedsAReasonAndIsFinal() {
        CustomizationRequest request = request();
        request.startReview();

        assertThatThrownBy(() -> request.decideNotFeasible("  ", NOW)).isInstanceOf(CustomizationRefusedException.class);
        assertThat(request.getState()).isEqualTo(RequestState.FEASIBILITY_REVIEW);
        request.decideNotFeasible("We cannot source the material", NOW);

        assertThat(request.getState()).isEqualTo(RequestState.NOT_FEASIBLE);
        assertThat(request.getDecisionReason()).isEqualTo("We cannot source the material");
        assertThatThrownBy(() -> request.choose(CustomizationType.ADAPTIVE, DeliveryMeans.MODULAR))
                .isInstanceOf(CustomizationRefusedException.class);
        assertThatThrownBy(request::startReview).isInstanceOf(CustomizationRefusedException.class);
        assertThat(RequestWorkflow.offersAllowed(request.getState())).isFalse();
    }

    @Test
    void aDecisionCannotSkipTheReview() {
        CustomizationRequest request = request();
        request.choose(CustomizationType.ADAPTIVE, DeliveryMeans.MODULAR);

        assertThatThrownBy(() -> request.decideFeasible(NOW)).isInstanceOf(CustomizationRefusedException.class)
                .extracting("messageKey").isEqualTo("customization.refused.requestStep");
        assertThatThrownBy(() -> request.decideNotFeasible("no", NOW)).isInstanceOf(CustomizationRefusedException.class);
        assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);
    }

    @ParameterizedTest
    @CsvSource({
            "SUBMITTED, FEASIBILITY_REVIEW, true",
            "SUBMITTED, FEASIBLE, false",
            "SUBMITTED, NOT_FEASIBLE, false",
            "FEASIBILITY_REVIEW, FEASIBLE, true",
            "FEASIBILITY_REVIEW, NOT_FEASIBLE, true",
            "FEASIBILITY_REVIEW, SUBMITTED, false",
            "FEASIBLE, NOT_FEASIBLE, false",
            "FEASIBLE, FEASIBILITY_REVIEW, false",
            "NOT_FEASIBLE, FEASIBLE, false"})
    void legalAndIllegalSteps(RequestState from, RequestState to, boolean allowed) {
        assertThat(RequestWorkflow.allows(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "PLATINUM, MAINTAIN, COLLABORATIVE",
            "IRON, VIP, COLLABORATIVE",
            "GOLD, MAINTAIN, TRANSPARENT",
            "IRON, IMPROVE, COSMETIC",
            "IRON, ABANDON, ADAPTIVE",
            "LEAD, IMPROVE, ADAPTIVE",
            "-, -, ADAPTIVE"})
    void theSuggestionFollowsTierAndQuadrant(Tier tier, Quadrant quadrant, CustomizationType expected) {
        CustomizationRequest request = request();
        request.valueAtSubmission(tier, quadrant);
        assertThat(request.getSuggestedType()).isEqualTo(expected);
    }

    private static CustomizationRequest request() {
        CustomizationRequest request = new CustomizationRequest(1L, "Acme", NeedLevel.PRODUCT, "Printers in our colours",
                RequestSource.SALES_VISIT, "marketer", NOW);
        request.valueAtSubmission(Tier.GOLD, Quadrant.VIP);
        return request;
    }
}
