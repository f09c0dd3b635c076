-- One screening of one subject (the customer's name, one of its other names, a beneficial owner, the control
-- person) of one customer version, with everything needed to explain and replay it.
CREATE TABLE screening_result (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    customer_id      uuid NOT NULL REFERENCES customer (id),
    customer_version integer NOT NULL,
    subject          text NOT NULL,
    query            jsonb NOT NULL,
    engine_version   text NOT NULL,
    threshold        double precision NOT NULL,
    -- source -> SHA-256 of every list snapshot in force
    snapshots        jsonb NOT NULL,
    -- the hits with their full explanations, as POST /api/v1/screen writes them
    hits             jsonb NOT NULL,
    -- entity ids whose alert was suppressed by the allow-list
    suppressed       jsonb NOT NULL DEFAULT '[]',
    screened_at      timestamptz NOT NULL,
    screened_by      text NOT NULL
);
CREATE INDEX screening_result_tenant ON screening_result (tenant_id, customer_id, screened_at);
