-- Why a run failed, as a code the views translate (RunFailure) and who cancelled it; failure_reason
-- keeps the technical summary for whoever reads the database, the full detail is in the server log.
ALTER TABLE segmentation_run
    ADD COLUMN failure      VARCHAR(24) NULL AFTER status,
    ADD COLUMN cancelled_by VARCHAR(64) NULL AFTER failure;

UPDATE segmentation_run SET
    failure = CASE WHEN failure_reason LIKE 'Interrupted%' THEN 'INTERRUPTED'
                   WHEN failure_reason LIKE '%Cancelled by %' THEN 'CANCELLED'
                   ELSE 'UNEXPECTED' END,
    cancelled_by = IF(failure_reason LIKE '%Cancelled by %', SUBSTRING_INDEX(failure_reason, 'Cancelled by ', -1), NULL)
WHERE status = 'FAILED';
