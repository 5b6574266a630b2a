#!/bin/bash
# usage: pg_cpu.sh VERSION [args...]: `reminders` on PostgreSQL through cpu_of_server.sh, plus the
# CPU seconds of all of PostgreSQL's processes meanwhile (seeding included): the postmaster's own
# and its reaped children's time, and its live children's.
v=$1; shift
pgcpu() {
  pm=$(pgrep -o -x postgres)
  t=$(awk '{print $14+$15+$16+$17}' /proc/$pm/stat)
  for p in $(pgrep -P $pm); do x=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null); t=$((t+${x:-0})); done
  echo $t
}
a=$(pgcpu)
out=$("$(dirname "$0")/cpu_of_server.sh" $v reminders --postgres postgres://postgres@127.0.0.1:5432/postgres "$@")
b=$(pgcpu)
echo "$out pg_cpu=$(echo "scale=2; ($b-$a)/100" | bc)s"
