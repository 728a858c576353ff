"""partner dependency: the business review kind and the warning-sign checklist (issue 24)

Revision ID: 0013_network
Revises: 0012_meetings
Create Date: 2026-12-02

- ``interactions.kind`` accepts ``business_review`` (a regular review with a partner, led by
  data). Only the CHECK constraint's list of values changes: every stored row satisfies the
  wider list, so the CREATE statement is edited in SQLite's schema table as 0011_stable_ids
  does (its procedure reused, with its fallback of a rebuild where SQLite refuses), in
  milliseconds at a million interactions.
- ``dependency_signs``: the warning signs of dependency on a partner organisation, one row
  per organisation and sign, ticked (or not) with the date the user ticked it and a note.

Ties between people are computed per query from introductions, interactions and positions
(``services/network.py``): no tie table to keep in step.

Downgrade: business reviews become ``other`` interactions (the old list has no such kind),
then the constraint is narrowed back and the checklist dropped.
"""

import importlib.util
import re
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0013_network"
down_revision: str | None = "0012_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_KIND = "business_review"
KIND_CHECK = re.compile(r"(CONSTRAINT interaction_kind CHECK \(kind IN \()([^)]*)(\)\))")


def _stable_ids():
    """0011's helpers (editing a CREATE statement in place, or rebuilding the table)."""
    path = Path(__file__).with_name("0011_stable_ids.py")
    spec = importlib.util.spec_from_file_location("_kizuna_0011_stable_ids", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _change_kinds(change) -> None:
    conn = op.get_bind()
    old = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'interactions'")).scalar()
    new = KIND_CHECK.sub(lambda m: m.group(1) + change(m.group(2)) + m.group(3), old, count=1)
    if new == old:
        return
    helpers = _stable_ids()
    if helpers._edit_in_place(conn, [("interactions", old, new)]):
        return
    if conn.execute(sa.text("PRAGMA foreign_keys")).scalar():
        raise RuntimeError("0013_network must run with foreign keys off (store/db.py "
                           "upgrade does so)")
    (legacy,) = conn.execute(sa.text("PRAGMA legacy_alter_table")).one()
    conn.execute(sa.text("PRAGMA legacy_alter_table = ON"))
    try:
        helpers._rebuild(conn, "interactions", new)
    finally:
        conn.execute(sa.text(f"PRAGMA legacy_alter_table = {int(legacy)}"))


def _with_kind(values: str) -> str:
    if f"'{NEW_KIND}'" in values:
        return values
    return values + f", '{NEW_KIND}'"


def _without_kind(values: str) -> str:
    return values.replace(f", '{NEW_KIND}'", "")


def upgrade() -> None:
    _change_kinds(_with_kind)
    op.create_table(
        "dependency_signs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("sign", sa.String(length=40), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organization_id", "sign", name="uq_dependency_signs_org_sign"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("dependency_signs")
    op.execute(sa.text(f"UPDATE interactions SET kind = 'other' WHERE kind = '{NEW_KIND}'"))
    _change_kinds(_without_kind)
