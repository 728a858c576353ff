"""contact methods can hold postal addresses

Revision ID: 0003_address_methods
Revises: 0002_meishi_qr
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_address_methods"
down_revision: str | None = "0002_meishi_qr"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ("email", "phone", "line", "linkedin", "x", "instagram", "facebook", "website", "other")
NEW = (*OLD[:-1], "address", "other")


def _kind(values):
    return sa.Enum(*values, name="method_kind", native_enum=False, create_constraint=True,
                   length=20)


def upgrade() -> None:
    # SQLite cannot change a CHECK constraint in place: batch mode copies the table.
    with op.batch_alter_table("contact_methods", recreate="always") as batch_op:
        batch_op.alter_column("kind", existing_type=_kind(OLD), type_=_kind(NEW),
                              existing_nullable=False)


def downgrade() -> None:
    op.execute("DELETE FROM contact_methods WHERE kind = 'address'")
    with op.batch_alter_table("contact_methods", recreate="always") as batch_op:
        batch_op.alter_column("kind", existing_type=_kind(NEW), type_=_kind(OLD),
                              existing_nullable=False)
