-- The audit log: append-only and hash-chained. Each record's hash is SHA-256 over its canonical form, which
-- includes the previous record's hash (see AuditChain for the exact format). tenant_id has no foreign key on
-- purpose: the evidence must not depend on the life of other rows.
CREATE TABLE audit_event (
    seq           bigint PRIMARY KEY,
    at            timestamptz NOT NULL,
    tenant_id     uuid,
    actor         text NOT NULL,
    action        text NOT NULL,
    subject_type  text NOT NULL,
    subject_id    text NOT NULL,
    details       text NOT NULL,   -- canonical JSON, kept byte for byte as hashed
    prev_hash     text NOT NULL,
    hash          text NOT NULL
);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id, seq);
CREATE INDEX audit_event_tenant ON audit_event (tenant_id, seq);
CREATE INDEX audit_event_action ON audit_event (action, seq);
CREATE INDEX audit_event_at ON audit_event (at);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append, so concurrent writers
-- take sequence numbers one after another and each links to the record committed before it.
CREATE TABLE audit_chain_head (
    id    int PRIMARY KEY CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- Append-only for the application: updates, deletes and truncation are refused. (A superuser can still disable
-- the trigger; the hash chain is what detects that.)
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
