#!/usr/bin/env python3
"""Writes N realistic PostgreSQL migrations (an up and a .down.sql each) into DIR, the same bytes for the same N and
seed: a growing schema of tables with foreign keys, then the changes real projects make to it (indexes, plain and
CONCURRENTLY in `-- kei:no-transaction` files; ADD COLUMN with and without defaults; FK and CHECK constraints with
and without NOT VALID, and their VALIDATE; SET NOT NULL, with and without the CHECK-first pattern; type changes, some
binary-coercible, some rewriting; renames; DROP COLUMN; UPDATE backfills, plain and with `-- kei:backfill`).
The schema is tracked, so every file refers to tables and columns that exist at that point and the folder applies in
order on an empty database (`bench/lint-vs-squawk.sh --apply` checks it).

usage: gen_migrations.py DIR [N] [SEED]   (defaults 500 and 20261201)
"""
import datetime
import os
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261201)

NOUNS = ["users", "accounts", "orders", "order_items", "products", "invoices", "payments", "shipments", "addresses",
         "sessions", "comments", "posts", "tags", "events", "subscriptions", "plans", "teams", "memberships",
         "projects", "tasks", "audit_entries", "notifications", "webhooks", "api_keys", "coupons", "refunds",
         "carts", "reviews", "categories", "suppliers", "warehouses", "stock_moves", "employees", "departments",
         "tickets", "messages", "attachments", "devices", "logins", "feature_flags", "invitations", "exports",
         "imports", "reports", "dashboards", "widgets", "price_lists", "tax_rates", "currencies", "regions"]
# (column name stem, type, default or None)
COLUMNS = [("name", "text", None), ("title", "varchar(200)", None), ("email", "varchar(50)", None),
           ("code", "varchar(50)", None), ("status", "varchar(30)", "'new'"), ("quantity", "integer", "0"),
           ("amount", "numeric(12,2)", "0"), ("position", "integer", None), ("external_ref", "varchar(50)", None),
           ("notes", "text", None), ("metadata", "jsonb", "'{}'"), ("is_active", "boolean", "true"),
           ("archived", "boolean", "false"), ("starts_at", "timestamptz", None), ("ends_at", "timestamptz", None),
           ("score", "integer", None), ("weight", "numeric(8,3)", None), ("locale", "varchar(10)", "'en'"),
           ("counter", "integer", "0"), ("slug", "varchar(50)", None)]

tables = {}          # name -> {column: type}
nullable = {}        # name -> set of nullable columns
fk_candidates = []   # (table, column, parent) columns that point at a parent's id without a constraint yet
not_valid = []       # (table, constraint, column) added NOT VALID, waiting for VALIDATE
nn_checks = []       # (table, column, constraint): CHECK (column IS NOT NULL) NOT VALID, waiting
indexes = []         # (table, index name, concurrent)
names = set()


def singular(t):
    return t[:-3] + "y" if t.endswith("ies") else t[:-1] if t.endswith("s") else t


def fresh(base):
    name, n = base, 2
    while name in names:
        name, n = f"{base}_{n}", n + 1
    names.add(name)
    return name


def column_for(table):
    stem, typ, default = rng.choice(COLUMNS)
    col, n = stem, 2
    while col in tables[table]:
        col, n = f"{stem}_{n}", n + 1
    return col, typ, default


def pick(pred=lambda t: True):
    choice = [t for t in tables if pred(t)]
    return rng.choice(choice) if choice else None


def cols_of(t, pred):
    return [c for c, typ in tables[t].items() if c != "id" and pred(c, typ)]


def create_table():
    left = [n for n in NOUNS if n not in tables and n not in names]
    base = rng.choice(left) if left else rng.choice(NOUNS) + "_" + str(len(tables))
    t = fresh(base)
    cols = {"id": "bigint"}
    nullable[t] = set()
    lines = ["    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"]
    extra = []
    parents = rng.sample(list(tables), min(len(tables), rng.choice([0, 1, 1, 2])))
    for p in parents:
        c = singular(p) + "_id"
        if c in cols:
            continue
        cols[c] = "bigint"
        lines.append(f"    {c} bigint NOT NULL REFERENCES {p} (id)" + (" ON DELETE CASCADE" if rng.random() < .3 else ""))
        if rng.random() < .7:
            extra.append(f"CREATE INDEX {fresh(t + '_' + c + '_idx')} ON {t} ({c});")
    tables[t] = cols
    for _ in range(rng.randint(2, 6)):
        c, typ, default = column_for(t)
        cols[c] = typ
        if default is not None:
            lines.append(f"    {c} {typ} NOT NULL DEFAULT {default}")
        elif rng.random() < .4:
            lines.append(f"    {c} {typ} NOT NULL")
        else:
            lines.append(f"    {c} {typ}")
            nullable[t].add(c)
    cols["created_at"] = "timestamptz"
    lines.append("    created_at timestamptz NOT NULL DEFAULT now()")
    up = f"CREATE TABLE {t} (\n" + ",\n".join(lines) + "\n);\n" + "".join(e + "\n" for e in extra)
    return f"create_{t}", up, f"DROP TABLE {t};\n"


def create_index(concurrent, unique=False):
    t = pick(lambda t: cols_of(t, lambda c, typ: typ != "jsonb"))
    c = rng.choice(cols_of(t, lambda c, typ: typ != "jsonb"))
    name = fresh(f"{t}_{c}_{'key' if unique else 'idx'}")
    u = "UNIQUE " if unique else ""
    indexes.append((t, name, concurrent))
    if concurrent:
        return (f"index_{t}_{c}", f"-- kei:no-transaction\nCREATE {u}INDEX CONCURRENTLY IF NOT EXISTS {name} ON {t} ({c});\n",
                f"-- kei:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS {name};\n")
    return f"index_{t}_{c}", f"CREATE {u}INDEX {name} ON {t} ({c});\n", f"DROP INDEX {name};\n"


def add_column(kind):
    t = pick()
    if kind == "volatile":
        c = fresh_col(t, "public_id")
        tables[t][c] = "uuid"
        return (f"add_{t}_{c}", f"ALTER TABLE {t} ADD COLUMN {c} uuid NOT NULL DEFAULT gen_random_uuid();\n",
                f"ALTER TABLE {t} DROP COLUMN {c};\n")
    if kind == "fk":
        parent = pick(lambda p: p != t and singular(p) + "_id" not in tables[t])
        if parent is None:
            return add_column("nullable")
        c, typ, default = singular(parent) + "_id", "bigint", None
        fk_candidates.append((t, c, parent))
    else:
        c, typ, default = column_for(t)
    tables[t][c] = typ
    if kind == "required":
        up = f"ALTER TABLE {t} ADD COLUMN {c} {typ} NOT NULL;\n"
    elif kind == "default":
        up = f"ALTER TABLE {t} ADD COLUMN {c} {typ} NOT NULL DEFAULT {default if default is not None else default_for(typ)};\n"
    else:
        up = f"ALTER TABLE {t} ADD COLUMN {c} {typ};\n"
        nullable[t].add(c)
    return f"add_{t}_{c}", up, f"ALTER TABLE {t} DROP COLUMN {c};\n"


def fresh_col(t, stem):
    c, n = stem, 2
    while c in tables[t]:
        c, n = f"{stem}_{n}", n + 1
    return c


def default_for(typ):
    return {"text": "''", "integer": "0", "bigint": "0", "boolean": "false", "jsonb": "'{}'", "timestamptz": "now()"}.get(
        typ, "0" if typ.startswith("numeric") else "''")


def add_fk(valid):
    if not fk_candidates:
        return add_column("fk")
    t, c, parent = fk_candidates.pop(rng.randrange(len(fk_candidates)))
    if t not in tables or c not in tables[t] or parent not in tables:
        return add_column("fk")
    name = fresh(f"{t}_{c}_fkey")
    up = f"ALTER TABLE {t}\n    ADD CONSTRAINT {name} FOREIGN KEY ({c}) REFERENCES {parent} (id)"
    if valid:
        up += ";\n"
    elif rng.random() < .15:  # the slip: VALIDATE in the same (transactional) file
        up += " NOT VALID;\n" + f"ALTER TABLE {t} VALIDATE CONSTRAINT {name};\n"
    else:
        up += " NOT VALID;\n"
        not_valid.append((t, name, c))
    return f"fk_{t}_{c}", up, f"ALTER TABLE {t} DROP CONSTRAINT {name};\n"


def add_check(valid):
    t = pick(lambda t: cols_of(t, lambda c, typ: typ in ("integer", "bigint") or typ.startswith(("numeric", "varchar"))))
    if t is None:
        return add_column("nullable")
    c = rng.choice(cols_of(t, lambda c, typ: typ in ("integer", "bigint") or typ.startswith(("numeric", "varchar"))))
    typ = tables[t][c]
    cond = f"char_length({c}) > 0" if typ.startswith("varchar") else f"{c} >= 0"
    name = fresh(f"{t}_{c}_check")
    up = f"ALTER TABLE {t} ADD CONSTRAINT {name} CHECK ({cond})" + (";\n" if valid else " NOT VALID;\n")
    if not valid:
        not_valid.append((t, name, c))
    return f"check_{t}_{c}", up, f"ALTER TABLE {t} DROP CONSTRAINT {name};\n"


def validate():
    if not not_valid:
        return add_check(False)
    t, name, c = not_valid.pop(0)
    if t not in tables or c not in tables[t]:
        return add_check(False)
    return (f"validate_{name}", f"ALTER TABLE {t} VALIDATE CONSTRAINT {name};\n",
            "-- VALIDATE CONSTRAINT has nothing to undo: the constraint goes with its own migration's down\n")


def set_not_null(careful):
    if careful and nn_checks and rng.random() < .6:
        t, c, name = nn_checks.pop(0)
        if t in tables and c in tables[t]:
            nullable[t].discard(c)
            return (f"not_null_{t}_{c}", f"ALTER TABLE {t} VALIDATE CONSTRAINT {name};\n"
                    f"ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL;\nALTER TABLE {t} DROP CONSTRAINT {name};\n",
                    f"ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL;\n"
                    f"ALTER TABLE {t} ADD CONSTRAINT {name} CHECK ({c} IS NOT NULL) NOT VALID;\n")
    t = pick(lambda t: nullable[t] & set(tables[t]))
    if t is None:
        return add_column("nullable")
    c = rng.choice(sorted(nullable[t] & set(tables[t])))
    if careful:
        name = fresh(f"{t}_{c}_not_null")
        nn_checks.append((t, c, name))
        return (f"check_not_null_{t}_{c}", f"ALTER TABLE {t} ADD CONSTRAINT {name} CHECK ({c} IS NOT NULL) NOT VALID;\n",
                f"ALTER TABLE {t} DROP CONSTRAINT {name};\n")
    nullable[t].discard(c)
    return (f"not_null_{t}_{c}", f"ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL;\n",
            f"ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL;\n")


def change_type():
    t = pick(lambda t: cols_of(t, lambda c, typ: typ == "integer" or typ.startswith("varchar(")))
    if t is None:
        return add_column("nullable")
    c = rng.choice(cols_of(t, lambda c, typ: typ == "integer" or typ.startswith("varchar(")))
    old = tables[t][c]
    if old == "integer":
        new = "bigint"                                   # rewrites the table
    elif rng.random() < .25:
        new = "varchar(20)"                              # shorter: rewrites and may fail
    else:
        new = rng.choice(["varchar(200)", "varchar(255)", "text"])  # longer or text: binary-coercible
        if new == old:
            new = "text"
    tables[t][c] = new
    return (f"{t}_{c}_to_{new.split('(')[0]}", f"ALTER TABLE {t} ALTER COLUMN {c} TYPE {new};\n",
            f"ALTER TABLE {t} ALTER COLUMN {c} TYPE {old};\n")


def rename(table):
    if table:
        t = pick()
        new = fresh(t + "_v2" if not t.endswith("_v2") else t + "b")
        tables[new] = tables.pop(t)
        nullable[new] = nullable.pop(t)
        for lst in (fk_candidates, not_valid, nn_checks, indexes):
            lst[:] = [tuple(new if (i == 0 or (i == 2 and lst is fk_candidates)) and x == t else x
                            for i, x in enumerate(e)) for e in lst]
        return f"rename_{t}", f"ALTER TABLE {t} RENAME TO {new};\n", f"ALTER TABLE {new} RENAME TO {t};\n"
    t = pick(lambda t: cols_of(t, lambda c, typ: not c.endswith("_id")))
    c = rng.choice(cols_of(t, lambda c, typ: not c.endswith("_id")))
    new = fresh_col(t, c + "_old" if rng.random() < .3 else "display_" + c)
    tables[t][new] = tables[t].pop(c)
    if c in nullable[t]:
        nullable[t].discard(c)
        nullable[t].add(new)
    for lst in (fk_candidates, nn_checks):
        lst[:] = [e for e in lst if not (e[0] == t and e[1] == c)]
    not_valid[:] = [(a, b, new if (a, x) == (t, c) else x) for a, b, x in not_valid]
    return f"rename_{t}_{c}", f"ALTER TABLE {t} RENAME COLUMN {c} TO {new};\n", f"ALTER TABLE {t} RENAME COLUMN {new} TO {c};\n"


def drop_column():
    t = pick(lambda t: cols_of(t, lambda c, typ: not c.endswith("_id") and c != "created_at"))
    if t is None:
        return add_column("nullable")
    c = rng.choice(cols_of(t, lambda c, typ: not c.endswith("_id") and c != "created_at"))
    typ = tables[t].pop(c)
    nullable[t].discard(c)
    for lst in (fk_candidates, nn_checks):
        lst[:] = [e for e in lst if not (e[0] == t and e[1] == c)]
    not_valid[:] = [e for e in not_valid if not (e[0] == t and e[2] == c)]
    return f"drop_{t}_{c}", f"ALTER TABLE {t} DROP COLUMN {c};\n", f"ALTER TABLE {t} ADD COLUMN {c} {typ};\n"


def backfill(batched):
    t = pick(lambda t: nullable[t] & set(tables[t]))
    if t is None:
        return add_column("nullable")
    c = rng.choice(sorted(nullable[t] & set(tables[t])))
    typ = tables[t][c]
    value = default_for(typ) if typ != "timestamptz" else "created_at"
    stmt = f"UPDATE {t} SET {c} = {value} WHERE {c} IS NULL;\n"
    down = "-- the backfilled values stay: nothing to undo\n"
    if batched:
        return (f"backfill_{t}_{c}",
                f"-- kei:no-transaction\n-- kei:backfill batch {rng.choice([1000, 5000, 10000])}\n" + stmt, down)
    return f"backfill_{t}_{c}", stmt, down


OPS = [(15, create_table), (6, lambda: create_index(False)), (9, lambda: create_index(True)),
       (2, lambda: create_index(True, unique=True)), (8, lambda: add_column("nullable")),
       (4, lambda: add_column("fk")), (6, lambda: add_column("default")), (2, lambda: add_column("volatile")),
       (1, lambda: add_column("required")), (3, lambda: add_fk(True)), (5, lambda: add_fk(False)),
       (2, lambda: add_check(True)), (3, lambda: add_check(False)), (5, validate), (2, lambda: set_not_null(False)),
       (4, lambda: set_not_null(True)), (6, change_type), (3, lambda: rename(False)), (1, lambda: rename(True)),
       (3, drop_column), (3, lambda: backfill(False)), (2, lambda: backfill(True))]
weights = [w for w, _ in OPS]

os.makedirs(out, exist_ok=True)
when = datetime.datetime(2024, 1, 2, 9, 0, 0)
for i in range(count):
    op = create_table if i < 12 else rng.choices([f for _, f in OPS], weights)[0]
    name, up, down = op()
    if rng.random() < .05 and not up.startswith("-- kei:no-transaction"):
        up = "SET lock_timeout = '5s';\n" + up
    when += datetime.timedelta(minutes=rng.randint(7, 4000))
    stem = f"{when:%Y%m%d%H%M%S}_{name[:60]}"
    with open(os.path.join(out, stem + ".sql"), "w") as f:
        f.write(up)
    with open(os.path.join(out, stem + ".down.sql"), "w") as f:
        f.write(down)
