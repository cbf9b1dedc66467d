#!/usr/bin/env python3
"""Backfill throughput and what a concurrent writer waits, for one plain UPDATE of every row (psql) against
kei-migrate's batched backfill of the same UPDATE (`-- kei:backfill batch N` in a `-- kei:no-transaction` file,
`bin/kei-migrate up`), on a table of ROWS rows recreated in a fresh database before every run.

While each runs, a writer on its own connection updates random single rows of the table in a tight loop, each
statement its own transaction (autocommit), and records each statement's latency; the figures are those of the
statements that started while the run did. After each run: every row's c is 1 (updated exactly once), the row count
is unchanged, and the writer's column adds up to the statements it ran (no write lost). Against one UPDATE the
writer runs until it meets a row the UPDATE has already changed, then waits for its commit: a run has few
statements, so its p99 is the longest wait or the next one down, and the writer's rate says more. The two take turns going
first. Prints one line per run, then medians.

usage: backfill_vs_update.py BASE_URL [RUNS] [ROWS] [BATCH]   (BASE_URL: postgres://user@host:port, no database)
"""
import atexit
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import psycopg

base = sys.argv[1].rstrip("/")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
batch = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
psql = os.environ.get("PSQL", "psql")
db_url = base + "/bf"
UPDATE = "UPDATE t SET c = c + 1, note = upper(note)"

folder = tempfile.mkdtemp(prefix="kei-backfill-")
atexit.register(shutil.rmtree, folder, True)
with open(os.path.join(folder, "20261201000000_backfill_c.sql"), "w") as f:
    f.write(f"-- kei:no-transaction\n-- kei:backfill batch {batch}\n{UPDATE};\n")
with open(os.path.join(folder, "20261201000000_backfill_c.down.sql"), "w") as f:
    f.write("-- the backfilled values stay: nothing to undo\n")


def fresh_table():
    with psycopg.connect(base + "/postgres", autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS bf")
        c.execute("CREATE DATABASE bf")
    with psycopg.connect(db_url, autocommit=True) as c:
        c.execute("CREATE TABLE t (id bigint PRIMARY KEY, a integer NOT NULL, c integer NOT NULL DEFAULT 0,"
                  " w integer NOT NULL DEFAULT 0, note text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())")
        c.execute(f"INSERT INTO t (id, a, note) SELECT g, g % 1000, md5(g::text) FROM generate_series(1, {rows}) g")
        c.execute("VACUUM ANALYZE t")
        c.execute("CHECKPOINT")


class Writer(threading.Thread):
    def __init__(self, seed):
        super().__init__(daemon=True)
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.samples = []   # (start, latency) in perf_counter seconds
        self.ready = threading.Event()

    def run(self):
        with psycopg.connect(db_url, autocommit=True, prepare_threshold=0) as c:
            c.execute("SET application_name = 'bench-writer'")
            self.ready.set()
            while not self.stop.is_set():
                key = self.rng.randint(1, rows)
                t0 = time.perf_counter()
                c.execute("UPDATE t SET w = w + 1 WHERE id = %s", (key,))
                self.samples.append((t0, time.perf_counter() - t0))


def run_once(kind, seed):
    fresh_table()
    writer = Writer(seed)
    writer.start()
    writer.ready.wait()
    time.sleep(0.5)  # the writer at its steady pace before the run starts
    if kind == "update":
        cmd = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db_url, "-c", UPDATE]
    else:
        cmd = ["bin/kei-migrate", "--database-url", db_url, "--dir", folder, "up"]
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    end = time.perf_counter()
    writer.stop.set()
    writer.join()
    if p.returncode != 0:
        sys.exit(f"{kind} failed ({p.returncode}):\n{p.stderr}")
    with psycopg.connect(db_url) as c:
        bad, total, w = c.execute("SELECT count(*) FILTER (WHERE c <> 1 OR note <> upper(md5(id::text))), count(*),"
                                  " sum(w) FROM t").fetchone()
    if bad or total != rows or w != len(writer.samples):
        sys.exit(f"{kind}: {bad} rows not updated exactly once, {total} rows, writer sum {w} against "
                 f"{len(writer.samples)} statements")
    during = sorted(lat for t0, lat in writer.samples if start <= t0 <= end)
    p99 = during[min(len(during) - 1, int(len(during) * 0.99))] if during else 0.0
    rate = [line for line in p.stderr.splitlines() if "rows/s" in line]
    return {"wall": end - start, "max": during[-1] if during else 0.0, "p99": p99, "writes": len(during),
            "writes_per_s": len(during) / (end - start),
            "median_write": statistics.median(during) if during else 0.0, "kei_line": rate[-1] if rate else ""}


results = {"update": [], "kei": []}
print(f"{rows} rows, batch {batch}, {runs} runs each; check after each: c = 1 on every row, writer's sum(w) = its"
      " statements")
for i in range(runs):
    order = ["update", "kei"] if i % 2 == 0 else ["kei", "update"]
    for kind in order:
        r = run_once(kind, 1000 * i + (kind == "kei"))
        results[kind].append(r)
        print(f"run {i + 1} {kind:>6}: {r['wall']:.2f} s, {rows / r['wall']:,.0f} rows/s; writer: {r['writes']} statements"
              f" during the run ({r['writes_per_s']:.0f}/s), median {r['median_write'] * 1000:.2f} ms, p99 {r['p99'] * 1000:.1f} ms,"
              f" max {r['max'] * 1000:.1f} ms; check ok" + (f"\n      kei: {r['kei_line'].strip()}" if r["kei_line"] else ""),
              flush=True)

med = {k: {m: statistics.median(r[m] for r in v) for m in ("wall", "max", "p99", "writes", "writes_per_s", "median_write")}
       for k, v in results.items()}
print("\nmedians of", runs, "runs:")
for k in ("update", "kei"):
    m = med[k]
    print(f"  {k:>6}: {m['wall']:.2f} s, {rows / m['wall']:,.0f} rows/s; writer p99 {m['p99'] * 1000:.1f} ms,"
          f" max {m['max'] * 1000:.1f} ms, {m['writes']:.0f} statements during the run ({m['writes_per_s']:.0f}/s)"
          f" (longest over all runs: {max(r['max'] for r in results[k]) * 1000:.1f} ms)")
print(f"  ratio kei/update: time {med['kei']['wall'] / med['update']['wall']:.2f}, rows/s "
      f"{med['update']['wall'] / med['kei']['wall']:.2f}, writer max {med['kei']['max'] / med['update']['max']:.4f},"
      f" writer p99 {med['kei']['p99'] / med['update']['p99']:.4f}")
print("load average (1, 5, 15 min) at the end: %.2f %.2f %.2f" % os.getloadavg())
