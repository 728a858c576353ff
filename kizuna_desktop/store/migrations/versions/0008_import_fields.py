"""contacts hold everything a contact file brings (addresses, nickname, ...)

Revision ID: 0008_import_fields
Revises: 0007_method_lookup
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0008_import_fields"
down_revision: str | None = "0007_method_lookup"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
