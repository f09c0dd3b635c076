-- The result of every list update or import the service ran (global: lists are shared by all tenants).
CREATE TABLE list_update (
    id             bigserial PRIMARY KEY,
    source         text NOT NULL,
    outcome        text NOT NULL,
    sha256         text,
    previous_hash  text,
    entity_count   integer,
    added          integer,
    removed        integer,
    changed        integer,
    reasons        jsonb NOT NULL,
    at             timestamptz NOT NULL
);
CREATE INDEX list_update_source ON list_update (source, id);
