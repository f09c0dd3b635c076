-- Webhooks: per-tenant endpoints, and an outbox of deliveries written in the transaction of the event they announce.
CREATE TABLE webhook_endpoint (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    url         text NOT NULL,
    -- the signing secret itself: HMAC needs it. Shown once at creation, never returned or logged afterwards.
    secret      text NOT NULL,
    events      text[] NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL
);
CREATE INDEX webhook_endpoint_tenant ON webhook_endpoint (tenant_id) WHERE active;

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    endpoint_id      uuid NOT NULL REFERENCES webhook_endpoint (id),
    event_type       text NOT NULL,
    -- the exact bytes sent and signed
    body             text NOT NULL,
    status           text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz
);
CREATE INDEX webhook_delivery_tenant ON webhook_delivery (tenant_id, endpoint_id, created_at);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
