-- A cleared (customer, list entity) pair: later screenings do not open an alert for it while it is active.
CREATE TABLE allow_list_entry (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenant (id),
    customer_id    uuid NOT NULL REFERENCES customer (id),
    entity_id      text NOT NULL,
    reason         text NOT NULL,
    approved_by    text NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz,
    status         text NOT NULL CHECK (status IN ('active', 'reopened')),
    reopened_at    timestamptz,
    reopen_reason  text
);
CREATE INDEX allow_list_tenant ON allow_list_entry (tenant_id, customer_id);
CREATE INDEX allow_list_entity ON allow_list_entry (entity_id) WHERE status = 'active';
