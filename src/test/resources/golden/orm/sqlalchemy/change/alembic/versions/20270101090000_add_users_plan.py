"""add column users.plan text, backfilled 'free' (kei db-change)

Revision ID: 20270101090000
Revises: 20261121100000
Create Date: 2027-01-01 09:00:00+00:00
"""

from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "20270101090000"
down_revision: Union[str, Sequence[str], None] = "20261121100000"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(sa.text("SET LOCAL lock_timeout = '200ms';"))
    op.execute(sa.text("ALTER TABLE users ADD COLUMN IF NOT EXISTS plan text;"))


def downgrade() -> None:
    op.execute(sa.text("ALTER TABLE users DROP COLUMN IF EXISTS plan;"))
