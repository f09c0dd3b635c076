-- One alert per potential match: (customer, screened subject) x list entity.
CREATE TABLE alert (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenant (id),
    customer_id     uuid NOT NULL REFERENCES customer (id),
    subject         text NOT NULL,
    subject_name    text NOT NULL,
    entity_id       text NOT NULL,
    entity_name     text NOT NULL,
    source          text NOT NULL,
    score           double precision NOT NULL,
    screening_id    uuid NOT NULL REFERENCES screening_result (id),
    status          text NOT NULL CHECK (status IN ('open', 'pending_confirmation', 'true_match', 'false_positive',
                                                    'escalated')),
    created_at      timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    note            text,
    reason          text,
    confirmed_by    text,
    confirmed_at    timestamptz
);
CREATE INDEX alert_tenant ON alert (tenant_id, status, created_at);
CREATE INDEX alert_customer ON alert (tenant_id, customer_id);

-- Every action on an alert, in order (the alert row holds the latest state).
CREATE TABLE alert_action (
    id          bigserial PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    alert_id    uuid NOT NULL REFERENCES alert (id),
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    note        text,
    reason      text
);
CREATE INDEX alert_action_tenant ON alert_action (tenant_id, alert_id, id);
