#!/usr/bin/env python3
"""What writers wait while a migration runs: a naive migration against kei db-change's generated one, for the same
three changes on a table of ROWS rows (issue 13): items.score integer NOT NULL set to 0 on the existing rows, an index
on items (score), and the foreign key items (owner_id) -> owners (id).

Before every run, a fresh database: owners (10,000 rows) and items (ROWS rows, every owner_id in owners, no foreign
key yet), VACUUM ANALYZE, CHECKPOINT. Then WRITERS threads, each on its own connection (psycopg, autocommit), write to
items in a tight loop, each statement its own transaction: 3 in 4 an UPDATE of a random existing row by id, 1 in 4 an
INSERT of a new row with a random valid owner_id. Each logical write is timed from its first attempt to its success
(wall-clock start, latency). An INSERT names score once the column exists, as an application deployed for the
expand step does: it tries with score, falls back to the old column list on "column does not exist", and tries with
score again on a NOT NULL violation; the whole sequence is one write and one latency. After one second of steady
writing the migration runs; the figures are those of the writes that overlap its window (the whole kei-migrate
process, JVM start included), and the longest is the writers' longest stall.

- naive: three files (the column, its one-statement backfill and SET NOT NULL in one transaction; a plain CREATE
  INDEX; a plain ADD FOREIGN KEY), applied with `bin/kei-migrate up`, with `-- kei:allow` comments for the four
  errors lint-before-up would refuse them for. The same runner as the safe side, so the only difference is the SQL.
- safe: the files bench/ChangeSafePlan.java writes from this database's live schema (Recipes.plan, StepFiles.of),
  applied with `bin/kei-migrate up --contract`; lint before up runs on them unaided, and a refusal fails the run.

After each run: score NOT NULL and 0 on every old row, idx_items_score valid, fk_items_owner validated
(pg_constraint.convalidated), no CHECK left behind, rows = ROWS + the writers' inserts, sum(w) = their updates (no
write lost). The two take turns going first. One line per run, a table of medians, and where the safe side's
longest stalls start (per migration file, from kei_schema_history's start and duration of each file).

usage: change_vs_naive.py BASE_URL RUNS ROWS   (BASE_URL: postgres://user@host:port, no database)
environment: KEI_CP (classpath for bench/ChangeSafePlan.java: target/classes and the Maven classpath), WRITERS (4),
SAFE_LOCK_TIMEOUT (a what-if, default unset: the
generated files' `lock_timeout = '2s'` rewritten to this value and kei-migrate run with --lock-timeout of it),
LONG_READER (seconds, default 0 = none): a reader transaction that takes ACCESS SHARE on items as the migration starts
and holds it that long, as a report or a pg_dump would (every ACCESS EXCLUSIVE step then queues behind it, and the
writers behind that step, for up to kei-migrate's lock_timeout per attempt)
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
from urllib.parse import urlparse

import psycopg
from psycopg import errors

base = sys.argv[1].rstrip("/")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
writers_n = int(os.environ.get("WRITERS", "4"))
long_reader = float(os.environ.get("LONG_READER", "0"))
# what-if, off by default: the safe files' lock_timeout (and kei-migrate's --lock-timeout) set to this, e.g. 200ms
safe_lock_timeout = os.environ.get("SAFE_LOCK_TIMEOUT", "")
owners_n = 10_000
kei_cp = os.environ["KEI_CP"]
db = "cn"
db_url = f"{base}/{db}"
u = urlparse(base)
jdbc_url = f"jdbc:postgresql://{u.hostname}:{u.port}/{db}?user={u.username}"

work = tempfile.mkdtemp(prefix="kei-change-bench-")
atexit.register(shutil.rmtree, work, True)
naive_dir = os.path.join(work, "naive")
os.makedirs(naive_dir)
NAIVE = {
    "20261201000000_add_items_score": (
        "-- naive: the column, its backfill in one statement and SET NOT NULL, in one transaction\n"
        "ALTER TABLE items ADD COLUMN score integer;\n"
        "-- kei:allow unbatched-write naive baseline of issue 13's benchmark: one UPDATE of every row\n"
        "UPDATE items SET score = 0;\n"
        "-- kei:allow set-not-null-needs-check naive baseline of issue 13's benchmark: the scan under ACCESS EXCLUSIVE\n"
        "ALTER TABLE items ALTER COLUMN score SET NOT NULL;\n",
        "ALTER TABLE items DROP COLUMN score;\n"),
    "20261201000001_add_idx_items_score": (
        "-- naive: a plain CREATE INDEX (SHARE: writes wait for the whole build)\n"
        "-- kei:allow require-concurrent-index naive baseline of issue 13's benchmark\n"
        "CREATE INDEX idx_items_score ON items (score);\n",
        "DROP INDEX idx_items_score;\n"),
    "20261201000002_add_fk_items_owner": (
        "-- naive: a plain ADD FOREIGN KEY (SHARE ROW EXCLUSIVE on both tables while every row is checked)\n"
        "-- kei:allow constraint-missing-not-valid naive baseline of issue 13's benchmark\n"
        "ALTER TABLE items ADD CONSTRAINT fk_items_owner FOREIGN KEY (owner_id) REFERENCES owners (id);\n",
        "ALTER TABLE items DROP CONSTRAINT fk_items_owner;\n"),
}
for name, (up, down) in NAIVE.items():
    with open(os.path.join(naive_dir, name + ".sql"), "w") as f:
        f.write(up)
    with open(os.path.join(naive_dir, name + ".down.sql"), "w") as f:
        f.write(down)


def fresh_db():
    with psycopg.connect(base + "/postgres", autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {db}")
        c.execute(f"CREATE DATABASE {db}")
    with psycopg.connect(db_url, autocommit=True) as c:
        c.execute("CREATE TABLE owners (id bigint PRIMARY KEY, name text NOT NULL)")
        c.execute(f"INSERT INTO owners SELECT g, 'owner ' || g FROM generate_series(1, {owners_n}) g")
        c.execute("CREATE TABLE items (id bigint PRIMARY KEY, owner_id bigint NOT NULL, note text,"
                  " w integer NOT NULL DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now())")
        c.execute(f"INSERT INTO items (id, owner_id, note) SELECT g, 1 + g % {owners_n}, md5(g::text)"
                  f" FROM generate_series(1, {rows}) g")
        c.execute("VACUUM ANALYZE owners")
        c.execute("VACUUM ANALYZE items")
        c.execute("CHECKPOINT")


class Writer(threading.Thread):
    def __init__(self, k, seed):
        super().__init__(daemon=True)
        self.k = k
        self.rng = random.Random(seed)
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.samples = []   # (wall-clock start, latency s, kind)
        self.updates = 0
        self.inserts = 0
        self.retries = 0    # failed attempts inside a logical insert (column missing, NOT NULL)
        self.has_score = False
        self.error = None
        self.pid = None

    def insert(self, c, key, owner):
        if self.has_score:
            c.execute("INSERT INTO items (id, owner_id, note, score) VALUES (%s, %s, 'w', 0)", (key, owner))
            return
        try:
            c.execute("INSERT INTO items (id, owner_id, note, score) VALUES (%s, %s, 'w', 0)", (key, owner))
            self.has_score = True
            return
        except errors.UndefinedColumn:
            self.retries += 1
        try:
            c.execute("INSERT INTO items (id, owner_id, note) VALUES (%s, %s, 'w')", (key, owner))
        except errors.NotNullViolation:
            self.retries += 1
            c.execute("INSERT INTO items (id, owner_id, note, score) VALUES (%s, %s, 'w', 0)", (key, owner))
            self.has_score = True

    def run(self):
        try:
            with psycopg.connect(db_url, autocommit=True, prepare_threshold=None) as c:
                c.execute("SET application_name = 'bench-writer'")
                self.pid = c.info.backend_pid
                self.ready.set()
                next_id = 100_000_000 * (self.k + 1)
                while not self.stop.is_set():
                    t0 = time.time()
                    p0 = time.perf_counter()
                    if self.rng.random() < 0.25:
                        next_id += 1
                        self.insert(c, next_id, self.rng.randint(1, owners_n))
                        kind = "i"
                        self.inserts += 1
                    else:
                        c.execute("UPDATE items SET w = w + 1 WHERE id = %s", (self.rng.randint(1, rows),))
                        kind = "u"
                        self.updates += 1
                    self.samples.append((t0, time.perf_counter() - p0, kind))
        except Exception as e:  # noqa: BLE001 - reported by the run
            self.error = e
            self.ready.set()


class Monitor(threading.Thread):
    """Every 10 ms, what each writer's backend waits on (pg_stat_activity) and who blocks it (pg_blocking_pids):
    names the lock and the migration file (kei-migrate sets application_name kei-migrate:<version>) behind a stall."""
    SQL = ("SELECT a.pid, a.wait_event_type || ':' || a.wait_event, coalesce(b.application_name, ''),"
           " coalesce(left(regexp_replace(b.query, '\\s+', ' ', 'g'), 70), ''),"
           " (SELECT string_agg(DISTINCT l.mode, ',') FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted)"
           " FROM pg_stat_activity a LEFT JOIN LATERAL unnest(pg_blocking_pids(a.pid)) bp(pid) ON true"
           " LEFT JOIN pg_stat_activity b ON b.pid = bp.pid"
           " WHERE a.application_name = 'bench-writer' AND a.state = 'active' AND a.wait_event_type IS NOT NULL"
           " AND a.wait_event_type NOT IN ('Client', 'Activity')")

    def __init__(self):
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.samples = []   # (wall-clock time, writer pid, wait, blocker app, blocker query, lock mode waited for)

    def run(self):
        with psycopg.connect(db_url, autocommit=True) as c:
            c.execute("SET application_name = 'bench-monitor'")
            while not self.stop.is_set():
                t = time.time()
                for row in c.execute(self.SQL).fetchall():
                    self.samples.append((t,) + tuple(row))
                time.sleep(0.01)


def explain(stall, pid, mon):
    """What the monitor saw the writer wait on during one stall."""
    t0, lat, _ = stall
    seen = {}
    for t, p, wait, app, q, mode in mon.samples:
        if p == pid and t0 <= t <= t0 + lat:
            key = f"{wait} wanting {mode}" if mode else wait
            key += f", blocked by {app}: {q}" if app else ""
            seen[key] = seen.get(key, 0) + 1
    if not seen:
        return "no wait sampled (CPU or scheduling)"
    return "; ".join(f"{k} ({n} samples)" for k, n in sorted(seen.items(), key=lambda kv: -kv[1]))


def hold_reader(seconds, go):
    with psycopg.connect(db_url, autocommit=True) as c:
        c.execute("SET application_name = 'bench-long-reader'")
        go.wait()
        c.execute("BEGIN")
        c.execute("SELECT count(*) FROM items WHERE id <= 100")
        time.sleep(seconds)
        c.execute("COMMIT")


def lock_waits(mon):
    """The writers' lock waits the monitor sampled, by what blocked them: samples (10 ms apart) per blocker."""
    seen = {}
    for t, p, wait, app, q, mode in mon.samples:
        if wait.startswith("Lock:"):
            key = f"{wait} wanting {mode or '?'} behind {app.replace('kei-migrate:', '') or '?'}: {q.strip()}"
            seen[key] = seen.get(key, 0) + 1
    return sorted(seen.items(), key=lambda kv: -kv[1])


def safe_dir(run):
    d = os.path.join(work, f"safe-{run}")
    t = time.perf_counter()
    p = subprocess.run(["java", "-cp", kei_cp, "bench/ChangeSafePlan.java", jdbc_url, d], capture_output=True,
                       text=True)
    if p.returncode != 0:
        sys.exit(f"ChangeSafePlan failed ({p.returncode}):\n{p.stderr}")
    return d, time.perf_counter() - t


def check(kind, ws):
    ups = sum(w.updates for w in ws)
    ins = sum(w.inserts for w in ws)
    with psycopg.connect(db_url) as c:
        notnull = c.execute("SELECT attnotnull FROM pg_attribute WHERE attrelid = 'items'::regclass"
                            " AND attname = 'score'").fetchone()
        bad, total, w = c.execute(f"SELECT count(*) FILTER (WHERE id <= {rows} AND score IS DISTINCT FROM 0),"
                                  " count(*), sum(w) FROM items").fetchone()
        idx = c.execute("SELECT i.indisvalid AND i.indisready FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
                        " WHERE x.relname = 'idx_items_score'").fetchone()
        fk = c.execute("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_items_owner'"
                       " AND conrelid = 'items'::regclass AND contype = 'f'").fetchone()
        checks = c.execute("SELECT count(*) FROM pg_constraint WHERE conrelid = 'items'::regclass"
                           " AND contype = 'c'").fetchone()[0]
        files = c.execute("SELECT name, extract(epoch FROM applied_at)::float8, execution_ms FROM kei_schema_history"
                          " ORDER BY version").fetchall()
    problems = []
    if not notnull or not notnull[0]:
        problems.append("score is not NOT NULL")
    if bad:
        problems.append(f"{bad} old rows with score not 0")
    if not idx or not idx[0]:
        problems.append("idx_items_score missing or invalid")
    if not fk or not fk[0]:
        problems.append("fk_items_owner missing or not validated")
    if checks:
        problems.append(f"{checks} CHECK constraints left on items")
    if total != rows + ins:
        problems.append(f"{total} rows, expected {rows} + {ins} inserted")
    if w != ups:
        problems.append(f"sum(w) {w} against {ups} updates")
    if problems:
        sys.exit(f"{kind}: check failed: " + "; ".join(problems))
    return files


def run_once(kind, i):
    fresh_db()
    gen = 0.0
    if kind == "safe":
        folder, gen = safe_dir(i)
        cmd = ["bin/kei-migrate", "--database-url", db_url, "--dir", folder, "up", "--contract"]
        if safe_lock_timeout:
            for name in os.listdir(folder):
                path = os.path.join(folder, name)
                with open(path) as f:
                    text = f.read()
                with open(path, "w") as f:
                    f.write(text.replace("lock_timeout = '2s'", f"lock_timeout = '{safe_lock_timeout}'"))
            cmd[1:1] = ["--lock-timeout", safe_lock_timeout]
    else:
        cmd = ["bin/kei-migrate", "--database-url", db_url, "--dir", naive_dir, "up"]
    ws = [Writer(k, 1000 * i + 10 * k + (kind == "safe")) for k in range(writers_n)]
    for w in ws:
        w.start()
    for w in ws:
        w.ready.wait()
    mon = Monitor()
    if os.environ.get("MONITOR", "1") != "0":
        mon.start()
    go = threading.Event()
    reader = threading.Thread(target=hold_reader, args=(long_reader, go), daemon=True)
    if long_reader:
        reader.start()
    time.sleep(1.0)   # the writers at their steady pace before the migration starts
    go.set()
    time.sleep(0.05 if long_reader else 0)
    start = time.time()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    end = time.time()
    time.sleep(0.2)
    for w in ws + [mon]:
        w.stop.set()
    for w in ws:
        w.join()
    if mon.is_alive():
        mon.join()
    for w in ws:
        if w.error:
            sys.exit(f"{kind}: writer {w.k} failed: {w.error!r}")
    if p.returncode != 0:
        sys.exit(f"{kind} migration failed ({p.returncode}):\n{p.stderr}")
    files = check(kind, ws)
    samples = [s + (w.pid,) for w in ws for s in w.samples]
    during = [s for s in samples if s[0] <= end and s[0] + s[1] >= start]
    before = sorted(s[1] for s in samples if start - 1.0 <= s[0] and s[0] + s[1] < start)
    lat = sorted(s[1] for s in during)
    worst = max(during, key=lambda s: s[1])

    # each write belongs to the file its [start, end] overlaps most (kei_schema_history: start and duration of each)
    def where(s):
        if files and s[0] + s[1] <= files[0][1]:
            return "before the first file (JVM start, connection, lock, lint)"
        if files and s[0] >= files[-1][1] + files[-1][2] / 1000:
            return "after the last file"
        best, best_overlap = "between files", 0.0
        for name, at, ms in files:
            overlap = min(s[0] + s[1], at + ms / 1000) - max(s[0], at)
            if overlap > best_overlap:
                best, best_overlap = name, overlap
        return best
    per_file = {}
    for s in during:
        per_file[where(s)] = max(per_file.get(where(s), 0.0), s[1])
    worst_at = [where(worst)]
    return {"wall": end - start, "max": lat[-1], "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
            "p50": statistics.median(lat), "writes": len(lat), "wps": len(lat) / (end - start),
            "before_p99": before[min(len(before) - 1, int(len(before) * 0.99))] if before else 0.0,
            "before_wps": len(before), "before_max": before[-1] if before else 0.0, "gen": gen,
            "over100": sum(1 for x in lat if x > 0.1), "worst_t": worst[0] - start, "why": explain(worst[:3], worst[3], mon),
            "locks": lock_waits(mon), "waits": sum(1 for x in mon.samples if start <= x[0] <= end), "retries": sum(w.retries for w in ws),
            "worst_kind": worst[2], "worst_at": worst_at[0] if worst_at else "between files",
            "files": [(n, ms) for n, at, ms in files], "per_file": per_file,
            "lint": [line for line in p.stderr.splitlines() if "warning" in line or "Lint" in line]}


la0 = os.getloadavg()
print(f"{rows} rows in items, {owners_n} owners, {writers_n} writers (3/4 UPDATE by id, 1/4 INSERT), {runs} runs each;"
      + (f" a reader holding ACCESS SHARE on items for {long_reader:g} s from the start;" if long_reader else "")
      + (f" the safe files' lock_timeout set to {safe_lock_timeout} (what-if);" if safe_lock_timeout else "")
      + f" load average at the start {la0[0]:.2f} {la0[1]:.2f} {la0[2]:.2f}", flush=True)
results = {"naive": [], "safe": []}
for i in range(runs):
    for kind in (["naive", "safe"] if i % 2 == 0 else ["safe", "naive"]):
        r = run_once(kind, i)
        results[kind].append(r)
        print(f"run {i + 1} {kind:>5}: {r['wall']:.2f} s; writers: {r['writes']} writes during it ({r['wps']:.0f}/s;"
              f" {r['before_wps']}/s the second before), median {r['p50'] * 1000:.2f} ms, p99 {r['p99'] * 1000:.1f} ms"
              f" (before: {r['before_p99'] * 1000:.1f} ms), longest {r['max'] * 1000:.1f} ms (before: {r['before_max'] * 1000:.1f} ms),"
              f" {r['over100']} over 100 ms; check ok\n      longest: an {'UPDATE' if r['worst_kind'] == 'u' else 'INSERT'}"
              f" at +{r['worst_t']:.2f} s in {r['worst_at']}: {r['why']}", flush=True)
        if kind == "safe":
            print(f"      plan written in {r['gen']:.2f} s (a JVM, LiveSchema.read, Recipes.plan)")
        locks = r["locks"]
        print(f"      writers seen waiting in {r['waits']} samples (10 ms apart), on a lock in"
              f" {sum(n for _, n in locks)}" + (":" if locks else ""))
        for k, n in locks[:6]:
            print(f"        {n:>4} x {k}")
        for line in r["lint"]:
            print("      kei-migrate: " + line.strip())
        for n, ms in r["files"]:
            print(f"      {n:<26} {ms:>6} ms   longest write in it {r['per_file'].get(n, 0.0) * 1000:8.1f} ms")
        for n, v in r["per_file"].items():
            if n not in dict(r["files"]):
                print(f"      {n}: longest write there {v * 1000:.1f} ms")

M = ("wall", "max", "p99", "p50", "wps", "before_wps", "before_p99", "before_max", "over100")
med = {k: {m: statistics.median(r[m] for r in v) for m in M} for k, v in results.items()}
print(f"\nmedians of {runs} runs ({rows} rows, {writers_n} writers):")
print("| migration | wall time | longest stall | p99 | median write | writes over 100 ms | writes/s (second before) |")
print("|---|---|---|---|---|---|---|")
for k in ("naive", "safe"):
    m = med[k]
    print(f"| {k} | {m['wall']:.2f} s | {m['max'] * 1000:.1f} ms | {m['p99'] * 1000:.1f} ms | {m['p50'] * 1000:.2f} ms"
          f" | {m['over100']:.0f} | {m['wps']:.0f} ({m['before_wps']:.0f}) |")
ratio = med["safe"]["max"] / med["naive"]["max"]
print(f"| safe / naive | {med['safe']['wall'] / med['naive']['wall']:.2f} | {ratio:.4f} |"
      f" {med['safe']['p99'] / med['naive']['p99']:.4f} | | | {med['safe']['wps'] / med['naive']['wps']:.2f} |")
print(f"the second before each run (no migration): longest write {med['naive']['before_max'] * 1000:.1f} ms (naive runs),"
      f" {med['safe']['before_max'] * 1000:.1f} ms (safe runs); p99 {med['naive']['before_p99'] * 1000:.1f} and"
      f" {med['safe']['before_p99'] * 1000:.1f} ms")
worst_safe = max(r["max"] for r in results["safe"])
print(f"longest single stall over all runs: naive {max(r['max'] for r in results['naive']) * 1000:.1f} ms,"
      f" safe {worst_safe * 1000:.1f} ms")
met = ratio <= 1 / 20 and med["safe"]["max"] < 0.250
print(f"target (safe longest stall <= 1/20 of naive and < 250 ms): {'met' if met else 'NOT met'} on medians"
      f" ({ratio:.4f}, {med['safe']['max'] * 1000:.1f} ms); worst safe run {worst_safe * 1000:.1f} ms")
steps = [n for n, ms in results["safe"][0]["files"]]
print("safe, per file (medians): duration, longest write in it")
for n in steps:
    d = statistics.median(dict(r["files"])[n] for r in results["safe"])
    s = statistics.median(r["per_file"].get(n, 0.0) for r in results["safe"])
    x = max(r["per_file"].get(n, 0.0) for r in results["safe"])
    print(f"  {n:<26} {d:>8.0f} ms {s * 1000:>9.1f} ms (longest over the runs {x * 1000:.1f} ms)")
print("load average (1, 5, 15 min) at the end: %.2f %.2f %.2f" % os.getloadavg())
