#!/usr/bin/env python3
"""Times `kanbao --search Q --count ARCHIVE` against `grep -rcF Q ARCHIVE`, both warm.

    Scripts/time-search.py ARCHIVE KANBAO QUERY...

Each is run once to warm the caches (and bring the index up to date), then 9 times; the best of
those is printed, with kanbao's time as a fraction of grep's.
"""
import subprocess, sys, time

def best(command, runs=9):
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)

archive, kanbao, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
for query in queries:
    k = best([kanbao, '--search', query, '--count', archive])
    g = best(['grep', '-rcF', query, archive])
    print(f"{query}: kanbao {k:.3f} s, grep -rcF {g:.3f} s: {k / g:.2f} of grep's time")
