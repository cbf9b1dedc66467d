"""Imports db/models.py from the project folder given as argv[1], configures every mapper (so each relationship is
checked), and prints what Base.metadata holds as JSON: per table its columns, keys, constraints and indexes."""

import json
import sys

sys.path.insert(0, sys.argv[1])

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import configure_mappers  # noqa: E402

from db.models import Base  # noqa: E402

configure_mappers()
tables = {}
for table in Base.metadata.tables.values():
    foreign_keys = []
    for fk in table.foreign_key_constraints:
        element = fk.elements[0]
        foreign_keys.append(
            [fk.name, element.parent.name, element.column.table.name, element.column.name, fk.ondelete]
        )
    constraints = []
    for c in table.constraints:
        if isinstance(c, sa.UniqueConstraint):
            constraints.append(["unique", c.name, [col.name for col in c.columns]])
        elif isinstance(c, sa.CheckConstraint):
            constraints.append(["check", c.name])
    relationships = []
    mapper = next(m for m in Base.registry.mappers if m.local_table is table)
    for r in mapper.relationships:
        relationships.append([r.key, r.mapper.local_table.name, r.direction.name, r.back_populates])
    tables[table.name] = {
        "class": mapper.class_.__name__,
        "columns": [[c.name, c.nullable] for c in table.columns],
        "primaryKey": [table.primary_key.name, [c.name for c in table.primary_key.columns]],
        "foreignKeys": sorted(foreign_keys),
        "constraints": sorted(constraints),
        "indexes": sorted([i.name, [c.name for c in i.columns]] for i in table.indexes),
        "relationships": sorted(relationships),
    }
print(json.dumps(tables, sort_keys=True))
