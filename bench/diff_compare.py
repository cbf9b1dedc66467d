"""Issue 16's table: for each schema pair, the statements drizzle-kit generate and kei's db-change --to wrote, which
of them lose data or hold a lock that blocks the table for longer than a catalogue change, and squawk's findings on
each tool's files (squawk's defaults, the files as each tool writes them).
Usage: diff_compare.py WORK   (WORK/<case>/drizzle/*.sql and WORK/<case>/kei/migrations/*.sql)"""
import collections
import json
import pathlib
import re
import subprocess
import sys

work = pathlib.Path(sys.argv[1])


def statements(text):
    # drizzle separates statements with --> statement-breakpoint; kei writes one per line after its comments
    text = text.replace("--> statement-breakpoint", "\n")
    out, current = [], []
    for line in text.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line.strip())
        if line.rstrip().endswith(";"):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return [s for s in out if not s.upper().startswith("SET ")]


def judge(s, file_name, created, text):
    """What a statement costs a live table, by PostgreSQL's lock table (ALTER TABLE, CREATE INDEX docs)."""
    u = s.upper()
    target = re.search(r'(?:ALTER TABLE|ON) "?(\w+)"?', s)
    if target and target.group(1) in created and not u.startswith("CREATE TABLE"):
        return "on a table this file creates: empty, nobody waits"
    if re.search(r"\bDROP (COLUMN|TABLE)\b", u):
        if "_contract_" in file_name:
            return "kei's contract step: the values were copied to the new column first (the down puts it back)"
        if "kei_saved_" in text:
            return "loses data, after this run's confirmation; the rows are kept in a kei_saved_ table for the down"
        return "loses data"
    if re.search(r"ALTER COLUMN \S+ (SET DATA )?TYPE (CHARACTER VARYING|VARCHAR|TEXT)", u):
        return "binary-coercible here (a varchar made longer): a catalogue change, no rewrite"
    if re.search(r"ALTER COLUMN \S+ (SET DATA )?TYPE", u):
        return "ACCESS EXCLUSIVE for a full table rewrite: reads and writes wait"
    if u.startswith("CREATE") and " INDEX " in u and "CONCURRENTLY" not in u:
        return "SHARE lock: writes wait for the whole build"
    if "FOREIGN KEY" in u and "NOT VALID" not in u and "CREATE TABLE" not in u:
        return "SHARE ROW EXCLUSIVE on both tables for a full validating scan"
    if "SET NOT NULL" in u:
        proven = "VALIDATE CONSTRAINT" in text.upper() and "IS NOT NULL" in text.upper()
        return ("cheap: a validated CHECK proves it" if proven
                else "ACCESS EXCLUSIVE for a full scan: reads and writes wait")
    if "RENAME COLUMN" in u or "RENAME TO" in u:
        if "_contract_" in file_name:
            return "kei's contract step, with the old column's drop: no application sees the twin's name"
        return "instant, but the running application's queries break"
    return ""


def squawk(files):
    if not files:
        return collections.Counter()
    run = subprocess.run(["squawk", "--reporter", "json", *map(str, files)], capture_output=True, text=True)
    return collections.Counter(f["rule_name"] for f in json.loads(run.stdout or "[]"))


for case in sorted(p for p in work.iterdir() if p.is_dir()):
    print(f"### {case.name}\n")
    for tool in ("drizzle", "drizzle-tty-default", "drizzle-tty-rename", "kei"):
        d = case / tool
        if not d.exists():
            continue
        if tool == "kei":
            files = sorted(p for p in (d / "migrations").glob("*.sql") if not p.name.endswith(".down.sql"))
        else:
            files = sorted((d / "out").glob("0001_*.sql")) if (d / "out").exists() else []
        note = (d / "note.txt").read_text().strip() if (d / "note.txt").exists() else ""
        print(f"- **{tool}**: {len(files)} file(s)" + (f"; {note}" if note else ""))
        for f in files:
            text = f.read_text()
            created = set(re.findall(r'CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?', text))
            for s in statements(text):
                cost = judge(s, f.name, created, text)
                print(f"  - `{s[:150]}`" + (f" — **{cost}**" if cost else ""))
        found = squawk(files)
        print(f"  - squawk: {sum(found.values())} finding(s)"
              + (" (" + ", ".join(f"{r} {n}" for r, n in sorted(found.items())) + ")" if found else ""))
    print()
