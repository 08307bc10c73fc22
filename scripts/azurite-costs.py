#!/usr/bin/env python3
"""Times three kinds of Azurite requests on a task hub's data: a history partition query, a point
read and a queue peek (25 each, the median of the last 20), to show what Azurite's cost grows with.
Python standard library only; the emulator's well-known account key.

  scripts/azurite-costs.py TABLE_PORT QUEUE_PORT TASK_HUB

Start Azurite on the data first, e.g. after `scripts/benchmark.sh scale`:
  source scripts/common.sh; start_azurite 10000 10001 10002 /tmp/az.log --location .testrun/azurite-scale
"""
import base64
import email.utils
import hashlib
import hmac
import http.client
import statistics
import sys
import time
import urllib.parse

KEY = base64.b64decode("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
ACCOUNT = "devstoreaccount1"


def timed_get(port, path, query, string_to_sign, extra_headers):
    date = email.utils.formatdate(usegmt=True)
    signature = base64.b64encode(hmac.new(KEY, string_to_sign(date).encode(), hashlib.sha256).digest()).decode()
    headers = {"x-ms-date": date, "x-ms-version": "2019-02-02", "Authorization": f"SharedKeyLite {ACCOUNT}:{signature}", **extra_headers}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    start = time.perf_counter()
    connection.request("GET", f"/{ACCOUNT}/{path}" + (f"?{query}" if query else ""), headers=headers)
    response = connection.getresponse()
    response.read()
    return time.perf_counter() - start


def table_get(port, path, query=""):
    return timed_get(port, path, query, lambda date: f"{date}\n/{ACCOUNT}/{ACCOUNT}/{path}",
                     {"Accept": "application/json;odata=nometadata"})


def queue_get(port, path, query):
    return timed_get(port, path, query,
                     lambda date: f"GET\n\n\n\nx-ms-date:{date}\nx-ms-version:2019-02-02\n/{ACCOUNT}/{ACCOUNT}/{path}", {})


def main():
    table_port, queue_port, hub = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    timings = {"history partition query": [], "point read": [], "queue peek": []}
    for _ in range(25):
        timings["history partition query"].append(
            table_get(table_port, f"{hub}History()", "$filter=" + urllib.parse.quote("PartitionKey eq 'none'")))
        timings["point read"].append(table_get(table_port, f"{hub}Instances(PartitionKey='none',RowKey='')"))
        timings["queue peek"].append(queue_get(queue_port, f"{hub}-control-00/messages", "peekonly=true"))
    for name, values in timings.items():
        print(f"{name}: median {statistics.median(values[5:]) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
