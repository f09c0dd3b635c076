-- Geo alerts: the access log's signals become alerts in the same table, decided through the same flow as screening
-- alerts (false positive needs a reason, four-eyes for a true match).
--
-- kind 'screening' (every existing row): a potential list match, with its entity and screening result.
-- kind 'geo': an embargoed location or a repeated country mismatch in the access log; no entity, no screening
-- result. `evidence` holds the signal (kind, IP, country, region, rule, event time, counts); `geo_key` is what
-- deduplicates: one unresolved or confirmed geo alert per customer and key ('embargoed_location:UA-CRIMEA',
-- 'country_mismatch:RU'), later signals of the same key are added to its evidence instead of opening another.
ALTER TABLE alert ADD COLUMN kind text NOT NULL DEFAULT 'screening' CHECK (kind IN ('screening', 'geo'));
ALTER TABLE alert ADD COLUMN evidence jsonb;
ALTER TABLE alert ADD COLUMN geo_key text;
ALTER TABLE alert ALTER COLUMN entity_id DROP NOT NULL;
ALTER TABLE alert ALTER COLUMN screening_id DROP NOT NULL;
ALTER TABLE alert ADD CONSTRAINT alert_kind_fields CHECK (
    (kind = 'screening' AND entity_id IS NOT NULL AND screening_id IS NOT NULL AND geo_key IS NULL)
    OR (kind = 'geo' AND geo_key IS NOT NULL AND evidence IS NOT NULL));
-- The deduplication, enforced by the database so that concurrent batches cannot open two alerts for one key.
CREATE UNIQUE INDEX alert_geo_open ON alert (tenant_id, customer_id, geo_key)
    WHERE kind = 'geo' AND status IN ('open', 'pending_confirmation', 'escalated', 'true_match');

-- The declared country now comes from the customer record (nationality and address countries): one source of truth.
DROP TABLE customer_country;
