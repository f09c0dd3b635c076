-- Four-eyes for allow-list entries (tollgate.allow-list.four-eyes, on by default): an entry is 'pending' until a
-- different analyst confirms it, and only an active entry clears a pair.
ALTER TABLE allow_list_entry DROP CONSTRAINT allow_list_entry_status_check;
ALTER TABLE allow_list_entry ADD CONSTRAINT allow_list_entry_status_check
    CHECK (status IN ('pending', 'active', 'reopened'));
ALTER TABLE allow_list_entry ADD COLUMN confirmed_by text;
ALTER TABLE allow_list_entry ADD COLUMN confirmed_at timestamptz;
