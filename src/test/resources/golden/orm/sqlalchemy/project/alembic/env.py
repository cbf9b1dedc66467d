"""Alembic's environment, written by kei: the database comes from DATABASE_URL, the schema from db/models.py."""

import os
import sys
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from db.models import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = Base.metadata

# kei-migrate's bookkeeping (its history, its backfill checkpoints, the values db-change keeps for a rollback) is
# not the application's schema: autogenerate and `alembic check` leave it alone.
KEI_TABLES = ("kei_schema_history", "kei_schema_backfill")


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and reflected and compare_to is None:
        return not (name in KEI_TABLES or (name or "").startswith("kei_saved_"))
    return True


def database_url() -> str:
    """DATABASE_URL in any form kei-migrate takes, as SQLAlchemy's URL (psycopg 3 for PostgreSQL)."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        sys.exit("DATABASE_URL is not set. Set it (see secrets/db.env), then run: alembic upgrade head")
    if url.startswith("jdbc:"):
        url = url[len("jdbc:"):]
    for scheme in ("postgres://", "postgresql://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    if url.startswith("sqlite:") and not url.startswith("sqlite://"):
        return "sqlite:///" + url[len("sqlite:"):]
    return url


def run_migrations_offline() -> None:
    """Writes the SQL instead of running it (alembic upgrade head --sql)."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        include_object=include_object,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    section = config.get_section(config.config_ini_section, {})
    section["sqlalchemy.url"] = database_url()
    connectable = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
