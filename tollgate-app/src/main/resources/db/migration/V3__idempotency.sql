-- Idempotency-Key support for creates: the first response to a key is stored and returned for every retry
-- of the same request by the same tenant; a retry with a different request is refused (422).
CREATE TABLE idempotency_key (
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    key           text NOT NULL,
    request_hash  text NOT NULL,
    status        int NOT NULL,
    location      text,
    response      text NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
