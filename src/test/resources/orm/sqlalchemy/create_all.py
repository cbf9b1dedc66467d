"""Creates the tables of db/models.py (project folder argv[1]) with Base.metadata.create_all on the SQLAlchemy
database URL argv[2]."""

import sys

sys.path.insert(0, sys.argv[1])

import sqlalchemy as sa  # noqa: E402

from db.models import Base  # noqa: E402

engine = sa.create_engine(sys.argv[2], poolclass=sa.pool.NullPool)
Base.metadata.create_all(engine)
engine.dispose()
