package com.idic.crm.complaint;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/complaints}: 201 with the new complaint, 200 with the first result when the
 * Idempotency-Key was used before, 400 with every field problem as JSON. Authenticated by API key
 * (the /api security chain).
 */
@RestController
class ComplaintIntakeApi {

    private final ComplaintIntakeService intake;

    ComplaintIntakeApi(ComplaintIntakeService intake) {
        this.intake = intake;
    }

    @RolesAllowed(AppRoles.API_CLIENT)
    @PostMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<IntakeResult> post(@RequestBody(required = false) ComplaintIntake body,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = intake.earlier(idempotencyKey);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(earlier.get());
            }
        }
        try {
            IntakeResult created = intake.intake(body, idempotencyKey);
            return ResponseEntity.created(URI.create("/complaints/" + created.complaintId())).body(created);
        } catch (DuplicateKeyException e) {
            // a simultaneous post with the same key won; this one was rolled back
            return ResponseEntity.ok(intake.earlier(idempotencyKey).orElseThrow(() -> e));
        }
    }

    @ExceptionHandler(IntakeRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(IntakeRejectedException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 400, "error", "validation", "problems", e.problems()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 400, "error", "validation", "problems",
                        List.of(new IntakeRejectedException.FieldProblem("body", "Not a JSON object of the documented fields."))));
    }
}
