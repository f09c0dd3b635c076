-- The analyst console's "assign to me": who is working an alert, and since when. An alert's decision stays in the
-- alert feature's columns; the assignee only organises the queue (a decision does not need it).
ALTER TABLE alert ADD COLUMN assignee text;
ALTER TABLE alert ADD COLUMN assigned_at timestamptz;
CREATE INDEX alert_assignee ON alert (tenant_id, assignee) WHERE assignee IS NOT NULL;
