"""Groups a heaptrack profile's peak by where the memory was asked for.

usage: heaptrack_print -f HEAPTRACK.zst -F stacks.txt --flamegraph-cost-type peak
       python3 docs/experiments/heap_peak.py stacks.txt
Prints the peak heap, the groups of docs/benchmarks.md's table ("Memory: fixed costs off the
heap"), then the 20 largest by the innermost frame of ours or of a library we call.
"""

import collections
import re
import sys

GROUPS = [
    ("OpenAPI document", lambda s: "utoipa" in s),
    ("Fluent messages", lambda s: "fluent" in s),
    ("hyper's read buffers", lambda s: "hyper::" in s and ("poll_read_from_io" in s or "serve_connection" in s)),
    ("SQLite", lambda s: "sqlite3Mem" in s),
]
OURS = ("failnight", "hyper::", "sqlite3", "fluent", "utoipa", "askama", "tokio::", "axum", "sqlx", "lettre", "tower")

total = 0
groups = collections.Counter()
frames = collections.Counter()
with open(sys.argv[1]) as stacks:
    for line in stacks:
        stack, _, cost = line.rstrip().rpartition(" ")
        cost = int(cost)
        total += cost
        groups[next((name for name, test in GROUPS if test(stack)), "the rest")] += cost
        frame = next((f for f in reversed(stack.split(";")) if any(o in f for o in OURS)), "?")
        frames[re.sub(r"::h[0-9a-f]{16}", "", frame)[:120]] += cost
print(f"peak heap {total / 1e6:.2f} MB")
for name, cost in groups.most_common():
    print(f"  {cost / 1e6:6.2f} MB  {name}")
print("by frame:")
for frame, cost in frames.most_common(20):
    print(f"  {cost / 1e6:6.2f} MB  {frame}")
