#!/usr/bin/env python3
"""Compares `kei-migrate lint --format json` with `squawk --reporter json` on one folder of migrations: findings in
total and by rule (split into up and down files), and, per kind of migration (the generator's name prefix, see
bench/gen_migrations.py), how many up files each tool flags and with which rules. squawk's style and robustness
rules that have no kei counterpart by design (timeouts that kei-migrate sets itself, IF [NOT] EXISTS, text over
varchar, bigint over int) are counted apart, so the safety rules can be compared.

usage: lint_compare.py KEI.json SQUAWK.json DIR
"""
import collections
import json
import os
import re
import sys

kei = json.load(open(sys.argv[1]))
squawk = json.load(open(sys.argv[2]))
folder = sys.argv[3]
STYLE = {"prefer-robust-stmts", "require-statement-timeout", "require-lock-timeout", "prefer-text-field",
         "prefer-bigint-over-int", "prefer-identity", "prefer-timestamptz", "prefer-bigint-over-smallint"}
ups = sorted(f for f in os.listdir(folder) if f.endswith(".sql") and not f.endswith(".down.sql"))
downs = sorted(f for f in os.listdir(folder) if f.endswith(".down.sql"))


def side(path):
    return "down" if path.endswith(".down.sql") else "up"


k = [(os.path.basename(f["file"]), f["rule"], f["level"], f["line"]) for f in kei["findings"]]
s = [(os.path.basename(f["file"]), f["rule_name"], f["level"].lower(), f["line"] + 1) for f in squawk]
print(f"files: {len(ups)} up + {len(downs)} down = {len(ups) + len(downs)} (kei reports {kei['files']})")
print(f"kei:    {len(k)} findings ({kei['errors']} errors, {kei['warnings']} warnings), "
      f"in {len({f for f, *_ in k})} files")
print(f"squawk: {len(s)} findings, in {len({f for f, *_ in s})} files; without its style/robustness rules "
      f"({', '.join(sorted(STYLE & {r for _, r, _, _ in s}))}): {sum(r not in STYLE for _, r, _, _ in s)}, "
      f"in {len({f for f, r, *_ in s if r not in STYLE})} files")
for name, rows in (("kei", k), ("squawk", s)):
    print(f"\n{name} by rule: rule | level | up | down")
    by = collections.Counter((r, lvl, side(f)) for f, r, lvl, _ in rows)
    for r, lvl in sorted({(r, lvl) for r, lvl, _ in by}, key=lambda x: -(by[(x[0], x[1], "up")] + by[(x[0], x[1], "down")])):
        print(f"  {r} | {lvl} | {by[(r, lvl, 'up')]} | {by[(r, lvl, 'down')]}" + (" (style)" if r in STYLE else ""))


def kind(f):
    name = re.sub(r"^\d{14}_", "", f)[:-4]
    for prefix, label in (("create_", "CREATE TABLE"), ("index_", "CREATE INDEX"), ("add_", "ADD COLUMN"),
                          ("fk_", "ADD FOREIGN KEY"), ("check_not_null_", "CHECK (c IS NOT NULL) NOT VALID"),
                          ("check_", "ADD CHECK"), ("validate_", "VALIDATE CONSTRAINT"), ("not_null_", "SET NOT NULL"),
                          ("rename_", "RENAME"), ("drop_", "DROP COLUMN"), ("backfill_", "UPDATE backfill")):
        if name.startswith(prefix):
            text = open(os.path.join(folder, f)).read()
            if label == "CREATE INDEX":
                label += " CONCURRENTLY (no-transaction)" if "CONCURRENTLY" in text else " (plain)"
            elif label == "ADD COLUMN":
                label += (" volatile DEFAULT" if "gen_random_uuid" in text else " NOT NULL DEFAULT" if "DEFAULT" in text
                          else " NOT NULL, no DEFAULT" if "NOT NULL" in text else " nullable")
            elif label in ("ADD FOREIGN KEY", "ADD CHECK"):
                label += (" NOT VALID + VALIDATE, one file" if "VALIDATE" in text else " NOT VALID" if "NOT VALID" in text
                          else " (validating)")
            elif label == "SET NOT NULL":
                label += " after VALIDATE of an earlier CHECK" if "VALIDATE" in text else " (plain)"
            elif label == "UPDATE backfill":
                label += " (kei:backfill)" if "kei:backfill" in text else " (plain UPDATE)"
            return label
    m = re.search(r"TYPE (\w+(\(\d+\))?)", open(os.path.join(folder, f)).read())
    if m:
        return "ALTER COLUMN TYPE " + ("int -> bigint" if m.group(1) == "bigint" else "-> " + m.group(1))
    return "other"


print("\nup files by kind: kind | files | kei: files flagged (rules) | squawk safety rules: files flagged (rules)")
kinds = collections.defaultdict(list)
for f in ups:
    kinds[kind(f)].append(f)
for label in sorted(kinds):
    fs = set(kinds[label])
    kr = collections.Counter(r for f, r, *_ in k if f in fs)
    sr = collections.Counter(r for f, r, *_ in s if f in fs and r not in STYLE)
    print(f"  {label} | {len(fs)} | {len({f for f, *_ in k if f in fs})} ({', '.join(f'{r} {n}' for r, n in kr.most_common())})"
          f" | {len({f for f, r, *_ in s if f in fs and r not in STYLE})} ({', '.join(f'{r} {n}' for r, n in sr.most_common())})")
