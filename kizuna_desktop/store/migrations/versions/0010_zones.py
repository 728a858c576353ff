"""interactions keep the IANA zone where they happen; the journal's home zone

Revision ID: 0010_zones
Revises: 0009_records
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0010_zones"
down_revision: str | None = "0009_records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
