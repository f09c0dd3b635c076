-- Retention (docs/service.md, "Retention"): account closing, and the purge of records whose retention has run out.

-- The account's state. A closed account's identity records are kept until the identity period after it was closed or
-- last accessed, whichever is later; an open account's are kept. identity_purged_at marks a customer whose identity
-- records (its versions) were purged while screening evidence that refers to it is still kept: the row then holds
-- no personal data (id, tenant, type and dates only) and goes when the last of that evidence goes.
ALTER TABLE customer ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed'));
ALTER TABLE customer ADD COLUMN closed_at timestamptz;
ALTER TABLE customer ADD COLUMN closed_reason text;
ALTER TABLE customer ADD COLUMN identity_purged_at timestamptz;
ALTER TABLE customer ADD CONSTRAINT customer_closed_has_time CHECK ((status = 'closed') = (closed_at IS NOT NULL));
CREATE INDEX customer_closed ON customer (closed_at) WHERE status = 'closed';

-- customer_version stays append-only for the application. The one exception is the retention purge: a DELETE in a
-- transaction that set tollgate.retention_purge = 'on' (set_config(..., true): for that transaction only). The
-- purge is the only code that sets it; it runs as one transaction that also appends its audit record, so every
-- deletion is in the audit chain. UPDATE stays refused.
CREATE OR REPLACE FUNCTION customer_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('tollgate.retention_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'customer versions are immutable';
END $$;

-- what the purge looks up
CREATE INDEX screening_result_screened ON screening_result (screened_at);
CREATE INDEX alert_screening ON alert (screening_id);
CREATE INDEX risk_assessment_assessed ON risk_assessment (assessed_at);
