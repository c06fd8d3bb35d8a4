-- The earliest instant at which the escalation job has work with a complaint: the warning instant of its SLA targets
-- still on track, stored whenever the due dates are computed (NULL when no target is on track). The job reads only the
-- running complaints whose instant has passed instead of every open complaint each minute.
ALTER TABLE complaint ADD COLUMN sla_check_at DATETIME(6) NULL AFTER resolution_manual_set_at;

-- Open complaints from before this column are checked once at the next pass, which stores their real instant.
UPDATE complaint SET sla_check_at = received_at
WHERE status NOT IN ('INVALID', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'DUPLICATE');

CREATE INDEX ix_complaint_sla_check ON complaint (sla_check_at);
