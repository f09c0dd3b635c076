-- Tenants: one provider (the cloud provider running Tollgate) and resellers under it.
-- Every tenant-owned table carries tenant_id and is only read through a TenantScope (see docs/service.md).
CREATE TABLE tenant (
    id          uuid PRIMARY KEY,
    parent_id   uuid REFERENCES tenant (id),
    kind        text NOT NULL CHECK (kind IN ('provider', 'reseller')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL,
    -- a provider is a root, a reseller hangs under a provider (one level, no deeper trees)
    CHECK ((kind = 'provider') = (parent_id IS NULL))
);
CREATE INDEX tenant_parent ON tenant (parent_id);
CREATE UNIQUE INDEX reseller_name_unique ON tenant (parent_id, lower(name)) WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX provider_name_unique ON tenant (lower(name)) WHERE parent_id IS NULL;

-- People who log in to the console. Usernames are global: the login form has no tenant field.
CREATE TABLE app_user (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenant (id),
    username       text NOT NULL CHECK (length(username) BETWEEN 1 AND 100),
    password_hash  text NOT NULL,
    role           text NOT NULL CHECK (role IN ('admin', 'analyst', 'auditor', 'integration')),
    enabled        boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));
CREATE INDEX app_user_tenant ON app_user (tenant_id);

-- API keys for machines. Only the SHA-256 of the key is stored; the prefix identifies a key in lists and logs.
CREATE TABLE api_key (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    prefix        text NOT NULL UNIQUE,
    key_hash      text NOT NULL UNIQUE,
    role          text NOT NULL CHECK (role IN ('admin', 'analyst', 'auditor', 'integration')),
    created_at    timestamptz NOT NULL,
    created_by    text NOT NULL,
    revoked_at    timestamptz,
    -- when the key's use was last written to the audit log (at most once a minute, see ApiKeyService)
    last_used_at  timestamptz
);
CREATE INDEX api_key_tenant ON api_key (tenant_id);
