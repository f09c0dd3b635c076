-- Customers, versioned: the customer row names the current version; every change inserts a new customer_version
-- row and nothing in customer_version is ever updated or deleted (a trigger refuses it).
CREATE TABLE customer (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenant (id),
    type             text NOT NULL CHECK (type IN ('individual', 'organization')),
    current_version  integer NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX customer_tenant ON customer (tenant_id, created_at);

CREATE TABLE customer_version (
    customer_id   uuid NOT NULL REFERENCES customer (id),
    version       integer NOT NULL CHECK (version >= 1),
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    -- the identification data as the API takes it (snake_case JSON), plus the derived facts
    data          jsonb NOT NULL,
    -- phone country, foreign-person determination and its evidence, computed when the version was written
    derived       jsonb NOT NULL,
    -- hash of the screened fields: a version whose hash equals the previous one's is not screened again
    screened_hash text NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text NOT NULL,
    PRIMARY KEY (customer_id, version)
);
CREATE INDEX customer_version_tenant ON customer_version (tenant_id, customer_id);

CREATE FUNCTION customer_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'customer versions are immutable';
END $$;
CREATE TRIGGER customer_version_no_change BEFORE UPDATE OR DELETE ON customer_version
    FOR EACH ROW EXECUTE FUNCTION customer_version_immutable();
