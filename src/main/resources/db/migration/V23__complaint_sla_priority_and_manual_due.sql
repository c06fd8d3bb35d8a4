-- The SLA targets follow the priority people set (at intake or a deliberate change), not one raised by escalation;
-- a due date set by hand (with when it was set, so later waits on the customer still move it) outlives policy changes.
ALTER TABLE complaint
    ADD COLUMN sla_priority                VARCHAR(10) NULL AFTER priority_rank,
    ADD COLUMN first_response_due_manual   DATETIME(6) NULL AFTER first_response_due,
    ADD COLUMN first_response_manual_set_at DATETIME(6) NULL AFTER first_response_due_manual,
    ADD COLUMN resolution_due_manual       DATETIME(6) NULL AFTER resolution_due,
    ADD COLUMN resolution_manual_set_at    DATETIME(6) NULL AFTER resolution_due_manual;

-- Complaints already escalated: the SLA priority is what the first escalation after the last change by a person
-- raised it from; otherwise the priority as it stands.
UPDATE complaint c
SET c.sla_priority = COALESCE(
        (SELECT h.from_value
         FROM complaint_history h
         WHERE h.complaint_id = c.id AND h.kind = 'PRIORITY' AND h.username = 'system'
           AND NOT EXISTS (SELECT 1 FROM complaint_history p
                           WHERE p.complaint_id = c.id AND p.kind = 'PRIORITY' AND p.username <> 'system'
                             AND (p.at > h.at OR (p.at = h.at AND p.id > h.id)))
         ORDER BY h.at, h.id
         LIMIT 1),
        c.priority);

ALTER TABLE complaint MODIFY sla_priority VARCHAR(10) NOT NULL;
