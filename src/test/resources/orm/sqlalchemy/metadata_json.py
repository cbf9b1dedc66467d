"""Imports db/models.py from the project folder argv[1], configures every mapper (so each relationship's columns and
back_populates are checked), and prints what Base.metadata and the mappers hold as a JSON array of facts, one string
each: tables, columns in order with NOT NULL, keys, constraints, indexes and relationships."""

import json
import sys

sys.path.insert(0, sys.argv[1])

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import configure_mappers  # noqa: E402

from db.models import Base  # noqa: E402


def names(columns):
    return ",".join(c.name for c in columns)


configure_mappers()
facts = []
for table in Base.metadata.tables.values():
    t = table.name
    facts.append(f"table {t}")
    for position, c in enumerate(table.columns):
        facts.append(f"column {t} {position} {c.name}{'' if c.nullable else ' not null'}")
    facts.append(f"primary key {t} {table.primary_key.name} ({names(table.primary_key.columns)})")
    for fk in table.foreign_key_constraints:
        e = fk.elements[0]
        facts.append(
            f"foreign key {t} {fk.name} ({e.parent.name}) -> {e.column.table.name} ({e.column.name})"
            f" on delete {fk.ondelete}"
        )
    for c in table.constraints:
        if isinstance(c, sa.UniqueConstraint):
            facts.append(f"unique {t} {c.name} ({names(c.columns)})")
        elif isinstance(c, sa.CheckConstraint):
            facts.append(f"check {t} {c.name}")
    for i in table.indexes:
        facts.append(f"index {t} {i.name} ({names(i.columns)})")
for mapper in Base.registry.mappers:
    t = mapper.local_table.name
    for r in mapper.relationships:
        facts.append(
            f"relationship {t} -> {r.mapper.local_table.name} {r.direction.name}"
            f" ({','.join(sorted(c.name for c in r.local_columns))})"
            f" -> ({','.join(sorted(c.name for c in r.remote_side))})"
        )
print(json.dumps(sorted(facts), indent=1))
