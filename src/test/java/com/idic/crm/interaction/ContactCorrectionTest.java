package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.TimelineEntry;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "dana", roles = "SERVICE_DESK")
class ContactCorrectionTest {

    @Autowired InteractionService interactions;
    @Autowired CustomerService customers;
    @Autowired CustomerTimeline timeline;
    @Autowired Clock clock;

    @Test
    void theAuthorCorrectsAContactAndTheTimelineShowsTheCorrection() {
        long customer = newCustomer();
        InteractionRow recorded = interactions.record(InteractionServiceTest.contact(customer, "Called abuot the invoce", hoursAgo(3)));

        InteractionRow corrected = interactions.correct(new ContactCorrection(recorded.id(), recorded.version(),
                InteractionChannel.EMAIL, Direction.OUTBOUND, ContentType.INFORMATION, "  Wrote about the invoice  ", hoursAgo(2)));

        assertThat(corrected.summary()).isEqualTo("Wrote about the invoice");
        assertThat(corrected.version()).isGreaterThan(recorded.version());
        assertThat(interactions.find(recorded.id())).get()
                .satisfies(row -> {
                    assertThat(row.channel()).isEqualTo(InteractionChannel.EMAIL);
                    assertThat(row.direction()).isEqualTo(Direction.OUTBOUND);
                    assertThat(row.occurredAt()).isEqualTo(hoursAgo(2));
                    assertThat(row.handledBy()).as("who handled it stays").isEqualTo("dana");
                });
        TimelineEntry onTimeline = timeline.page(customer, TimelineCursor.START, 10, Locale.ENGLISH).entries().get(0);
        assertThat(onTimeline.title()).isEqualTo("E-mail, Outgoing \u00b7 Information");
        assertThat(onTimeline.detail()).startsWith("Wrote about the invoice");
    }

    @Test
    void aCorrectionDecidedOnAStaleVersionIsRefusedAndTheFirstOneKept() {
        long customer = newCustomer();
        InteractionRow seenByBoth = interactions.record(InteractionServiceTest.contact(customer, "First words", hoursAgo(1)));
        interactions.correct(correction(seenByBoth, "Corrected first"));

        assertThatThrownBy(() -> interactions.correct(correction(seenByBoth, "Corrected second")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> interactions.delete(seenByBoth.id(), seenByBoth.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(interactions.find(seenByBoth.id())).get().extracting(InteractionRow::summary).isEqualTo("Corrected first");
    }

    @Test
    void aContactDeletedMeanwhileCannotBeCorrected() {
        InteractionRow row = interactions.record(InteractionServiceTest.contact(newCustomer(), "Wrong customer", hoursAgo(1)));
        interactions.delete(row.id(), row.version());

        assertThat(interactions.find(row.id())).isEmpty();
        assertThatThrownBy(() -> interactions.correct(correction(row, "Too late")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anEmptyOrOverlongSummaryOrAFutureTimeIsRefusedAndNothingChanges() {
        InteractionRow row = interactions.record(InteractionServiceTest.contact(newCustomer(), "As recorded", hoursAgo(1)));

        assertThatThrownBy(() -> interactions.correct(correction(row, "  ")))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> interactions.correct(correction(row, "x".repeat(NewInteraction.MAX_SUMMARY + 1))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> interactions.correct(new ContactCorrection(row.id(), row.version(), row.channel(),
                row.direction(), row.contentType(), "Tomorrow's call", LocalDateTime.now(clock).plusHours(1))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("occurredAt");

        assertThat(interactions.find(row.id())).contains(row);
    }

    @Test
    void onlyTheAuthorOrAManagerCorrectsOrDeletes() {
        InteractionRow danas = interactions.record(InteractionServiceTest.contact(newCustomer(), "Dana's call", hoursAgo(1)));

        signIn("marek", "SERVICE_DESK");
        assertThat(interactions.mayChange(danas)).isFalse();
        assertThatThrownBy(() -> interactions.correct(correction(danas, "Not mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interactions.delete(danas.id(), danas.version())).isInstanceOf(AccessDeniedException.class);
        signIn("ada", "ADMIN");
        assertThatThrownBy(() -> interactions.delete(danas.id(), danas.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(interactions.find(danas.id())).contains(danas);

        signIn("mia", "MANAGER");
        assertThat(interactions.mayChange(danas)).isTrue();
        InteractionRow corrected = interactions.correct(correction(danas, "Corrected by the manager"));
        interactions.delete(corrected.id(), corrected.version());
        assertThat(interactions.find(danas.id())).isEmpty();
    }

    private static ContactCorrection correction(InteractionRow row, String summary) {
        return new ContactCorrection(row.id(), row.version(), row.channel(), row.direction(), row.contentType(), summary,
                row.occurredAt());
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "password",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    private LocalDateTime hoursAgo(int hours) {
        return LocalDateTime.now(clock).withNano(0).minusHours(hours);
    }

    private long newCustomer() {
        return customers.create(new NewCustomer("Corrected " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }
}
