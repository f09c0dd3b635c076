-- Audit records as their transactions wrote them, before the sequencer links them into the chain (audit_event).
-- A business transaction inserts here without any lock, so its commit never waits behind another's; the sequencer
-- moves committed rows into audit_event in id order, in batches, under the chain head's lock, and deletes them
-- here in the same transaction. Readers of the log seal first, so they see every committed record.
CREATE TABLE audit_pending (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL,
    tenant_id     uuid,
    actor         text NOT NULL,
    action        text NOT NULL,
    subject_type  text NOT NULL,
    subject_id    text NOT NULL,
    details       text NOT NULL
);

-- a pending record is never changed, only sealed (moved) or left
CREATE FUNCTION audit_pending_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_pending rows are not updated';
END
$$;
CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_refuse_update();
