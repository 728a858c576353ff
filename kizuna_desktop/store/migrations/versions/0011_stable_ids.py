"""row ids are never reused (AUTOINCREMENT)

Revision ID: 0011_stable_ids
Revises: 0010_zones
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0011_stable_ids"
down_revision: str | None = "0010_zones"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
