-- Done emails by age, for pruning (issue #22). Keep in step with ../sqlite/0031_outbox_prune.sql.
--
-- `outbox::prune` deletes delivered and failed emails past their retention, oldest first; this
-- index holds only done rows, so a pass reads the ones old enough and stops, however many
-- recent rows the outbox has.
CREATE INDEX outbox_done ON outbox (created_at) WHERE sent_at IS NOT NULL OR failed_at IS NOT NULL;
