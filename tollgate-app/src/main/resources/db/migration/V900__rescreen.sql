-- Continuous re-screening: runs, their progress, and the change log that keeps the in-memory customer index current.

-- An alert whose list entity was removed from its list is closed by the system ("delisted on <date>") and kept.
ALTER TABLE alert DROP CONSTRAINT alert_status_check;
ALTER TABLE alert ADD CONSTRAINT alert_status_check
    CHECK (status IN ('open', 'pending_confirmation', 'true_match', 'false_positive', 'escalated', 'closed'));
CREATE INDEX alert_entity_unresolved ON alert (entity_id)
    WHERE status IN ('open', 'pending_confirmation', 'escalated');

-- One re-screening run: a delta after an accepted list update, or a full re-screen of every customer. Runs are
-- system jobs over all tenants, so the row has no tenant; rescreen_run_tenant holds each tenant's share.
CREATE TABLE rescreen_run (
    id                  bigserial PRIMARY KEY,
    kind                text NOT NULL CHECK (kind IN ('delta', 'full')),
    -- list_update, schedule, engine_changed, threshold_changed, policy_changed, manual
    trigger             text NOT NULL,
    status              text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
    -- delta runs: the list source and the snapshot hashes before and after the update
    source              text,
    before_hash         text,
    after_hash          text,
    -- source -> hash of every snapshot in force when the run was created and when it finished
    snapshots_before    jsonb NOT NULL,
    snapshots_after     jsonb,
    engine_version      text NOT NULL,
    threshold           double precision NOT NULL,
    policy_version      text NOT NULL,
    added               integer,
    changed             integer,
    removed             integer,
    total               integer,
    screened            integer NOT NULL DEFAULT 0,
    new_alerts          integer NOT NULL DEFAULT 0,
    closed_alerts       integer NOT NULL DEFAULT 0,
    reopened_allow_list integer NOT NULL DEFAULT 0,
    error_count         integer NOT NULL DEFAULT 0,
    -- the first errors, as text (customer id and message), at most 100
    errors              jsonb NOT NULL DEFAULT '[]',
    requested_by        text NOT NULL,
    created_at          timestamptz NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz,
    duration_ms         bigint
);
CREATE INDEX rescreen_run_open ON rescreen_run (id) WHERE status IN ('pending', 'running');
CREATE INDEX rescreen_run_kind ON rescreen_run (kind, id);

-- A full run walks the customer ids in parts (ranges of the uuid space), one worker per part; each part's cursor
-- moves in the same transaction as the screenings of its batch, so a restart continues where the last commit left.
CREATE TABLE rescreen_run_part (
    run_id     bigint NOT NULL REFERENCES rescreen_run (id),
    part       integer NOT NULL,
    low        uuid NOT NULL,
    high       uuid NOT NULL,
    cursor     uuid,
    done       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (run_id, part)
);

-- Every customer a run screened, once: the primary key makes a second screening of a customer in one run fail
-- instead of passing unnoticed.
CREATE TABLE rescreen_progress (
    run_id       bigint NOT NULL REFERENCES rescreen_run (id),
    customer_id  uuid NOT NULL,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    new_alerts   integer NOT NULL,
    screened_at  timestamptz NOT NULL,
    PRIMARY KEY (run_id, customer_id)
);
CREATE INDEX rescreen_progress_tenant ON rescreen_progress (tenant_id, run_id);

-- Each tenant's counts in a run (what a reseller sees of a run).
CREATE TABLE rescreen_run_tenant (
    tenant_id           uuid NOT NULL REFERENCES tenant (id),
    run_id              bigint NOT NULL REFERENCES rescreen_run (id),
    screened            integer NOT NULL DEFAULT 0,
    new_alerts          integer NOT NULL DEFAULT 0,
    closed_alerts       integer NOT NULL DEFAULT 0,
    reopened_allow_list integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, run_id)
);

-- The screening settings the last full re-screen (or the installation) ran under: a change starts a full run.
CREATE TABLE rescreen_settings (
    id              integer PRIMARY KEY CHECK (id = 1),
    engine_version  text NOT NULL,
    threshold       double precision NOT NULL,
    policy_version  text NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- Which customers changed, by transaction id, so the in-memory reverse index can catch up exactly: a reader takes
-- the rows of transactions from its last snapshot's xmin on, and moves its mark to the current snapshot's xmin
-- (every transaction below it has ended), so a change committed late is never skipped.
CREATE TABLE rescreen_customer_change (
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    customer_id  uuid NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rescreen_customer_change_xid ON rescreen_customer_change (xid);

CREATE FUNCTION rescreen_customer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO rescreen_customer_change (customer_id) VALUES (OLD.id);
        RETURN OLD;
    END IF;
    INSERT INTO rescreen_customer_change (customer_id) VALUES (NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER customer_changed_for_rescreen AFTER INSERT OR DELETE OR UPDATE OF current_version ON customer
    FOR EACH ROW EXECUTE FUNCTION rescreen_customer_changed();
