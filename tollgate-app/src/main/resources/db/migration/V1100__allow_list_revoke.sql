-- Revoking an allow-list entry and changing its expiry.
--
-- 'revoked' is final: a compliance decision that the pair must be screened again. Like 'pending' and 'reopened' it
-- clears nothing (only an active, unexpired entry does), and it always says who revoked it, when and why.
ALTER TABLE allow_list_entry DROP CONSTRAINT allow_list_entry_status_check;
ALTER TABLE allow_list_entry ADD CONSTRAINT allow_list_entry_status_check
    CHECK (status IN ('pending', 'active', 'reopened', 'revoked'));
ALTER TABLE allow_list_entry ADD COLUMN revoked_by text;
ALTER TABLE allow_list_entry ADD COLUMN revoked_at timestamptz;
ALTER TABLE allow_list_entry ADD COLUMN revoke_reason text;
ALTER TABLE allow_list_entry ADD CONSTRAINT allow_list_entry_revocation_check
    CHECK ((status = 'revoked') = (revoked_by IS NOT NULL AND revoked_at IS NOT NULL AND revoke_reason IS NOT NULL));

-- The last change of the expiry (every change, with the old and new expiry, is in the audit log).
ALTER TABLE allow_list_entry ADD COLUMN expiry_changed_by text;
ALTER TABLE allow_list_entry ADD COLUMN expiry_changed_at timestamptz;
ALTER TABLE allow_list_entry ADD COLUMN expiry_change_reason text;

-- Whose proposal a confirmation approves, and who therefore may not confirm it (four-eyes rule): the analyst who
-- created the entry or, once its expiry was extended, the analyst who extended it.
ALTER TABLE allow_list_entry ADD COLUMN proposed_by text;
UPDATE allow_list_entry SET proposed_by = approved_by;
ALTER TABLE allow_list_entry ALTER COLUMN proposed_by SET NOT NULL;

-- The re-open on a list change looks entries up by entity among the active and the pending ones (pending entries
-- are re-opened too since V701, and an extension now returns active entries to pending); revoked and re-opened
-- entries stay out of the index, as before.
DROP INDEX allow_list_entity;
CREATE INDEX allow_list_entity ON allow_list_entry (entity_id) WHERE status IN ('active', 'pending');
