#!/bin/bash
# usage: cpu_of_server.sh VERSION SCENARIO [args...]: runs /tmp/VERSION/failnight-bench SCENARIO against
# /tmp/VERSION/failnight and prints its throughput with the CPU seconds of the server process(es)
v=$1; shift; sc=$1; shift
/tmp/$v/failnight-bench $sc --server /tmp/$v/failnight "$@" > /tmp/cpurun.$v.out 2>&1 &
b=$!
declare -A cpu
while kill -0 $b 2>/dev/null; do
  for p in $(pgrep -f "/tmp/$v/failnight serve"); do
    s=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null) && [ -n "$s" ] && cpu[$p]=$s
  done
  sleep 0.1
done
tot=0; for p in "${!cpu[@]}"; do tot=$((tot+cpu[$p])); done
bt=$(grep -E "^\| $sc " /tmp/cpurun.$v.out | tail -1 | awk -F'|' '{print $7}')
echo "$v $sc $bt server_cpu=$(echo "scale=2; $tot/100" | bc)s"
