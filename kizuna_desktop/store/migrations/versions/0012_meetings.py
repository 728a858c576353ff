"""planned meetings and calendar events (issue 23: filled by its engineer)

Revision ID: 0012_meetings
Revises: 0011_stable_ids
Create Date: 2026-12-02

A placeholder in the chain, so that three engineers can fill their revisions at once; it
changes nothing until filled.
"""

from collections.abc import Sequence

revision: str = "0012_meetings"
down_revision: str | None = "0011_stable_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
