"""New Year cards to organisations, and "do not send" (issue 25)

Revision ID: 0015_nengajo_recipients
Revises: 0014_postal
Create Date: 2026-12-02

- ``nengajo_marks`` gains ``skip``: "do not send this year", so that a contact carried over
  from last year (they sent one) can be taken off this year's list. Plain ADD COLUMN.
- ``nengajo_org_marks``: an organisation as the recipient (a company card, e.g. a vCard with
  X-ABShowAs:COMPANY, becomes an organisation and has no contact to mark): per organisation
  and year to send / sent / received / do not send, and the department the card is addressed
  to (御中 to the company, or to that department alone; never 様).

Downgrade: the table and the column are dropped; no other row is touched.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_nengajo_recipients"
down_revision: str | None = "0014_postal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("nengajo_marks", sa.Column("skip", sa.Boolean(), nullable=False,
                                             server_default="0"))
    op.create_table(
        "nengajo_org_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("send", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("sent", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("received", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("skip", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("department", sa.String(300), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"],
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organization_id", "year", name="uq_nengajo_org_marks_org_year"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_nengajo_org_marks_year", "nengajo_org_marks",
                    ["year", "organization_id"])


def downgrade() -> None:
    op.drop_index("ix_nengajo_org_marks_year", table_name="nengajo_org_marks")
    op.drop_table("nengajo_org_marks")
    op.drop_column("nengajo_marks", "skip")
