#!/usr/bin/env python3
"""Runs commands alternately, N times each, and prints the median wall time of each and their ratio.

usage: timing.py RUNS NAME_A 'command a' NAME_B 'command b'
Alternating the two spreads the machine's noise over both; medians resist outliers.
"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
times = {name: [] for name, _ in pairs}
for _ in range(runs):
    for name, cmd in pairs:
        start = time.perf_counter()
        subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL)
        times[name].append(time.perf_counter() - start)
medians = {name: statistics.median(t) for name, t in times.items()}
for name, _ in pairs:
    t = sorted(times[name])
    print(f"{name:>12}: median {medians[name]*1000:7.1f} ms  (min {t[0]*1000:.1f}, max {t[-1]*1000:.1f}, n={runs})")
if len(pairs) == 2:
    a, b = pairs[0][0], pairs[1][0]
    print(f"ratio {a}/{b}: {medians[a] / medians[b]:.2f}")
