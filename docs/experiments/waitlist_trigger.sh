#!/bin/bash
# usage: waitlist_trigger.sh: the waitlist counter's trigger on PostgreSQL, per row (migration 0012)
# against per statement (0045), alone (issue #22, 2026-12-07). A database `fnexp` with the
# migrations' schema, the foreign keys' triggers off, one night's counter; each transaction locks
# the counter and inserts 40 waitlisted RSVPs with the app's columns (pgbench -M prepared, as
# sqlx prepares); three rounds, the two triggers enabled in turn. Drops `fnexp` at the end.
set -e
P="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
cd "$(dirname "$0")/../.."
$P -c "DROP DATABASE IF EXISTS fnexp" -c "CREATE DATABASE fnexp"
for f in migrations/postgres/*.sql; do $P -d fnexp -f "$f" > /dev/null; done
$P -d fnexp -c "ALTER TABLE rsvps DISABLE TRIGGER ALL" -c "ALTER TABLE seat_counts DISABLE TRIGGER ALL" \
  -c "INSERT INTO seat_counts (event_id, capacity) VALUES (1, 150)" \
  -c "CREATE TRIGGER rsvps_waitlist_count_ins_row AFTER INSERT ON rsvps FOR EACH ROW EXECUTE FUNCTION rsvps_waitlist_count()"
script=$(mktemp)
python3 - > "$script" <<'PY'
row = lambda i: (f"('Guest {i}', 'p'||:client_id||'-'||:r||'-{i}@x.test', 'waitlisted', md5(:r::text||'t{i}'), 0, "
                 f"md5(:r::text||'c{i}'), NULL, NULL, NULL, 'en', 1, 1, 1, 1, 1)")
print("\\set r random(1, 1000000000)\nBEGIN;\nSELECT * FROM seat_counts WHERE event_id = 1 FOR UPDATE;")
print("INSERT INTO rsvps (name, email, status, token, plus_ones, checkin_code, ticket_type_id, amount, currency, "
      "language, waitlisted_at, coc_accepted_at, event_id, created_at, updated_at) VALUES "
      + ", ".join(row(i) for i in range(40)) + " RETURNING *;\nCOMMIT;")
PY
for round in 1 2 3; do
  for t in row statement; do
    if [ $t = row ]; then on=rsvps_waitlist_count_ins_row; off=rsvps_waitlist_count_inserted
    else on=rsvps_waitlist_count_inserted; off=rsvps_waitlist_count_ins_row; fi
    $P -d fnexp -c "ALTER TABLE rsvps ENABLE TRIGGER $on" -c "ALTER TABLE rsvps DISABLE TRIGGER $off" -c "VACUUM seat_counts"
    echo "$t: $(pgbench -h 127.0.0.1 -U postgres -n -M prepared -f "$script" -c 1 -t 300 fnexp 2>&1 | grep 'latency average')"
  done
done
echo "counter $($P -d fnexp -Atc 'SELECT waitlisted FROM seat_counts') = rows $($P -d fnexp -Atc 'SELECT COUNT(*) FROM rsvps')"
rm "$script"
$P -c "DROP DATABASE fnexp"
