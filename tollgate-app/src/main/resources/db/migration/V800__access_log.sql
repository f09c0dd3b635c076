-- The account access log: every IP address a customer used, with its time and kind, geo-screened when received.
-- Partitioned by month on the event time; the partitions are created on demand by the application (see
-- AccessEventRepository.ensurePartitions). Append-only: a trigger refuses UPDATE and DELETE unless the transaction
-- is the retention purge (it sets tollgate.access_purge = 'on' locally).
--
-- tenant_id has no foreign key on purpose: a foreign key check runs per row (and locks the tenant row), which
-- roughly doubled the cost of COPY; the service writes only the authenticated caller's tenant, and tenants are never
-- deleted. customer_id has no foreign key yet: the customer table belongs to the customer module, which is built in parallel;
-- the key is to be added (or checked by the service) once both are on main.
CREATE SEQUENCE access_event_id_seq;

CREATE TABLE access_event (
    id            bigint NOT NULL DEFAULT nextval('access_event_id_seq'),
    tenant_id     uuid NOT NULL,
    batch_id      uuid NOT NULL,
    customer_id   uuid NOT NULL,
    at            timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    ip            inet NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('login', 'console', 'api', 'admin', 'payment')),
    user_agent    text,
    -- the geo screening when received: country and region as the lookup reported them ('' when unknown)
    country       text NOT NULL,
    region        text NOT NULL,
    city          text NOT NULL,
    latitude      double precision,
    longitude     double precision,
    flags         text[] NOT NULL,
    rule          text,
    confidence    text NOT NULL,
    policy        text NOT NULL,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX access_event_customer ON access_event (tenant_id, customer_id, at);

CREATE FUNCTION access_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('tollgate.access_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'access_event is append-only (% refused)', TG_OP;
END
$$;
-- Row triggers on a partitioned table are cloned onto every partition, present and future.
CREATE TRIGGER access_event_append_only BEFORE UPDATE OR DELETE ON access_event
    FOR EACH ROW EXECUTE FUNCTION access_event_refuse_change();
CREATE TRIGGER access_event_no_truncate BEFORE TRUNCATE ON access_event
    FOR EACH STATEMENT EXECUTE FUNCTION access_event_refuse_change();

-- Signals found by screening the events: embargoed_location, country_mismatch, anonymiser, impossible_travel.
-- They feed the alert and risk modules once those are on main.
CREATE TABLE access_signal (
    id            bigserial PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    customer_id   uuid NOT NULL,
    kind          text NOT NULL
                  CHECK (kind IN ('embargoed_location', 'country_mismatch', 'anonymiser', 'impossible_travel')),
    at            timestamptz NOT NULL,   -- the time of the (last) event that raised it
    recorded_at   timestamptz NOT NULL,
    batch_id      uuid NOT NULL,
    ip            inet,
    country       text NOT NULL,
    details       jsonb NOT NULL
);
CREATE INDEX access_signal_customer ON access_signal (tenant_id, customer_id, at);

-- The country a customer declared, until the customer module lands (then it comes from the customer record).
CREATE TABLE customer_country (
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    customer_id   uuid NOT NULL,
    country       text NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);
