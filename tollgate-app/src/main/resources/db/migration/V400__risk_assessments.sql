-- The decision and risk of a customer version under a policy version; the latest row is in force.
CREATE TABLE risk_assessment (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    customer_id      uuid NOT NULL REFERENCES customer (id),
    customer_version integer NOT NULL,
    policy_version   text NOT NULL,
    tier             text NOT NULL CHECK (tier IN ('low', 'medium', 'high', 'prohibited')),
    score            integer NOT NULL,
    decision         text NOT NULL CHECK (decision IN ('approve', 'review', 'reject')),
    edd              boolean NOT NULL,
    reasons          jsonb NOT NULL,
    assessed_at      timestamptz NOT NULL,
    assessed_by      text NOT NULL
);
CREATE INDEX risk_assessment_tenant ON risk_assessment (tenant_id, customer_id, assessed_at);
