-- The count of commits pages may show, moved by every instance after each (`Tx::commit`) and
-- read by the others' page caches (issue #22). Keep in step with ../sqlite/0042_writes_seen.sql.
--
-- A sequence, not a row: moving it takes no lock that writers would queue for.
CREATE SEQUENCE writes_seen;
