"""remove column users.nickname (kei db-change)

Revision ID: 20270101090002
Revises: 20270101090001
Create Date: 2027-01-01 09:00:02+00:00
"""

from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "20270101090002"
down_revision: Union[str, Sequence[str], None] = "20270101090001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # the contract step: kei-migrate runs it only with --contract, once the application has
    # moved to the new shape; here -x contract=yes says so
    if context.get_x_argument(as_dictionary=True).get("contract") != "yes":
        raise RuntimeError("contract step 20270101090002 (the application no longer reads users.nickname): run it once the application has moved to the new shape, with: alembic -x contract=yes upgrade head")
    op.execute(sa.text("ALTER TABLE users DROP COLUMN nickname;"))


def downgrade() -> None:
    raise RuntimeError("IRREVERSIBLE: the column's values are gone")
