"""backfill users.plan (kei db-change)

Revision ID: 20270101090001
Revises: 20270101090000
Create Date: 2027-01-01 09:00:01+00:00
"""

from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "20270101090001"
down_revision: Union[str, Sequence[str], None] = "20270101090000"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # outside a transaction, statement by statement, as kei-migrate runs this step
    with op.get_context().autocommit_block():
        # kei-migrate runs this UPDATE in primary-key batches; Alembic runs it as one statement
        op.execute(sa.text("-- kei\\:backfill batch 1000\nUPDATE users SET plan = 'free' WHERE plan IS NULL;"))


def downgrade() -> None:
    pass
