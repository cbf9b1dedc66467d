#!/usr/bin/env python3
"""Runs commands alternately, N times each, and prints the median wall and CPU time of each and the ratio of the
first to each of the others.

usage: timing.py RUNS NAME_A 'command a' NAME_B 'command b' [NAME_C 'command c' ...]
Alternating the commands spreads the machine's noise over all of them; medians resist outliers. CPU time (user +
system of the command and its children) moves much less than wall time when the machine is loaded.
"""
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
times = {name: [] for name, _ in pairs}
cpu = {name: [] for name, _ in pairs}
for _ in range(runs):
    for name, cmd in pairs:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times[name].append(time.perf_counter() - start)
        cpu[name].append(usage.ru_utime + usage.ru_stime)
        if status != 0:
            sys.exit(f"{name} failed (wait status {status}): {cmd}")
medians = {name: statistics.median(t) for name, t in times.items()}
cpus = {name: statistics.median(t) for name, t in cpu.items()}
for name, _ in pairs:
    t = sorted(times[name])
    print(f"{name:>12}: median {medians[name]*1000:7.1f} ms  (min {t[0]*1000:.1f}, max {t[-1]*1000:.1f}, n={runs})"
          f"  cpu {cpus[name]*1000:.1f} ms")
a = pairs[0][0]
for b, _ in pairs[1:]:
    print(f"ratio {a}/{b}: {medians[a] / medians[b]:.2f}  (cpu {cpus[a] / cpus[b]:.2f})")
print("load average (1, 5, 15 min) at the end: %.2f %.2f %.2f" % os.getloadavg())
