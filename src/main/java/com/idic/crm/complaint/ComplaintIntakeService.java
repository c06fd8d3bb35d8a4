package com.idic.crm.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerKeys;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.security.SystemAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from web forms and mail gateways. Everything is checked first and every problem reported
 * with its field; then the customer is found (external id, else e-mail, else phone) or created as a
 * potential customer, and the complaint is taken in as if a clerk had. An Idempotency-Key makes a
 * repeated post return the first result: the key is stored with the complaint under a unique key, so
 * even two simultaneous posts create one complaint.
 */
@Service
@RolesAllowed(AppRoles.API_CLIENT)
public class ComplaintIntakeService {

    public static final int MAX_KEY_LENGTH = 100;

    /** The answer and whether it repeats an earlier one (same Idempotency-Key). */
    public record Outcome(IntakeResult result, boolean repeated) {
    }

    private final ComplaintService complaints;
    private final CustomerBulkWriter customers;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final Clock clock;

    ComplaintIntakeService(ComplaintService complaints, CustomerBulkWriter customers, JdbcClient jdbc, Validator validator,
                           Clock clock) {
        this.complaints = complaints;
        this.customers = customers;
        this.jdbc = jdbc;
        this.validator = validator;
        this.clock = clock;
    }

    /** The earlier result of a post with this key, if any. */
    @Transactional(readOnly = true)
    public Optional<IntakeResult> earlier(String idempotencyKey) {
        return jdbc.sql("SELECT complaint_id, customer_id, customer_created FROM complaint_intake WHERE idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, n) -> new IntakeResult(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), "RECEIVED")).optional();
    }

    /**
     * Takes the complaint in. A duplicate key raced in by a simultaneous post makes the insert of the key
     * fail and the whole transaction roll back; the caller then answers with {@link #earlier}.
     *
     * @throws IntakeRejectedException with every problem found; nothing is saved
     */
    @Transactional
    public IntakeResult intake(ComplaintIntake request, String idempotencyKey) {
        List<IntakeRejectedException.FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new IntakeRejectedException(List.of(new IntakeRejectedException.FieldProblem("body", "A JSON object is required.")));
        }
        for (ConstraintViolation<ComplaintIntake> v : validator.validate(request)) {
            problems.add(new IntakeRejectedException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        ComplaintChannel channel = parse(ComplaintChannel.class, request.channel(), ComplaintChannel.WEB, "channel", problems);
        ComplaintPriority priority = parse(ComplaintPriority.class, request.priority(), ComplaintPriority.NORMAL, "priority", problems);
        if (blank(request.customerExternalId()) && blank(request.customerEmail()) && blank(request.customerPhone())) {
            problems.add(new IntakeRejectedException.FieldProblem("customer",
                    "Give the customer's external id, e-mail or phone."));
        }
        if (!blank(request.customerPhone()) && !validator.validateValue(CustomerRecord.class, "phone", request.customerPhone().trim()).isEmpty()) {
            problems.add(new IntakeRejectedException.FieldProblem("customerPhone", "Not a phone number."));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            problems.add(new IntakeRejectedException.FieldProblem("Idempotency-Key",
                    "Between 1 and " + MAX_KEY_LENGTH + " characters."));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(IntakeRejectedException.FieldProblem::field));
            throw new IntakeRejectedException(problems);
        }
        Optional<Long> known = findCustomer(request);
        long customerId = known.orElseGet(() -> createCustomer(request));
        String createdBy = "api:" + CurrentUser.usernameOrSystem();
        long complaintId = complaints.receive(new NewComplaint(customerId, request.subject().trim(), request.description().trim(),
                channel, priority), createdBy);
        if (idempotencyKey != null) {
            jdbc.sql("""
                    INSERT INTO complaint_intake (idempotency_key, complaint_id, customer_id, customer_created, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(idempotencyKey, complaintId, customerId, known.isEmpty(),
                            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        }
        return new IntakeResult(complaintId, customerId, known.isEmpty(), ComplaintStatus.RECEIVED.name());
    }

    private Optional<Long> findCustomer(ComplaintIntake request) {
        if (!blank(request.customerExternalId())) {
            Optional<Long> id = one("external_id = ?", request.customerExternalId().trim());
            if (id.isPresent()) {
                return id;
            }
        }
        if (!blank(request.customerEmail())) {
            Optional<Long> id = one("email_key = ?", CustomerKeys.email(request.customerEmail()));
            if (id.isPresent()) {
                return id;
            }
        }
        if (!blank(request.customerPhone())) {
            return one("phone_key = ?", CustomerKeys.phone(request.customerPhone()));
        }
        return Optional.empty();
    }

    private Optional<Long> one(String condition, String value) {
        return jdbc.sql("SELECT id FROM customer WHERE merged_into_id IS NULL AND " + condition + " ORDER BY id LIMIT 1")
                .param(value).query(Long.class).optional();
    }

    /** A new potential customer; writing customers is the customer feature's, done as the system. */
    private long createCustomer(ComplaintIntake request) {
        String externalId = blank(request.customerExternalId()) ? "API-" + UUID.randomUUID() : request.customerExternalId().trim();
        String name = !blank(request.customerName()) ? request.customerName().trim()
                : !blank(request.customerEmail()) ? request.customerEmail().trim() : request.customerPhone().trim();
        CustomerRecord record = new CustomerRecord(externalId, CustomerType.INDIVIDUAL, name, null, null, null, null,
                blank(request.customerPhone()) ? null : request.customerPhone().trim(),
                blank(request.customerEmail()) ? null : request.customerEmail().trim(), null,
                RelationshipType.GENERAL_CONSUMER, InformationSource.WEBSITE, PurchaseStage.POTENTIAL,
                LocalDate.now(clock), null);
        return SystemAuthentication.call(() -> {
            customers.upsert(List.of(record));
            return customers.idsByExternalId(List.of(externalId)).get(externalId);
        });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field,
                                               List<IntakeRejectedException.FieldProblem> problems) {
        if (blank(value)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new IntakeRejectedException.FieldProblem(field, "One of " + Arrays.toString(type.getEnumConstants()) + "."));
            return fallback;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
