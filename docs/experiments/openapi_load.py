"""Loads GET /api/v1/openapi.json from 32 keep-alive connections for 10 s.

usage: python3 docs/experiments/openapi_load.py SERVER_PID PORT
Prints the answers a second and the server's peak anonymous memory (`RssAnon`, sampled every
50 ms). Python's client is the slower side once the document is served as written-out bytes.
"""

import http.client
import sys
import threading
import time

pid, port = int(sys.argv[1]), int(sys.argv[2])
SECONDS, CONNECTIONS = 10, 32
stop = time.time() + SECONDS
counts = [0] * CONNECTIONS


def run(i):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    while time.time() < stop:
        connection.request("GET", "/api/v1/openapi.json")
        response = connection.getresponse()
        body = response.read()
        assert response.status == 200 and len(body) > 100_000, (response.status, len(body))
        counts[i] += 1


def rss_anon_kib():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("RssAnon"):
                return int(line.split()[1])
    return 0


threads = [threading.Thread(target=run, args=(i,)) for i in range(CONNECTIONS)]
peak = 0
for thread in threads:
    thread.start()
while any(thread.is_alive() for thread in threads):
    peak = max(peak, rss_anon_kib())
    time.sleep(0.05)
print(f"{sum(counts) / SECONDS:.0f} answers/s, peak RssAnon {peak / 1024:.1f} MiB")
