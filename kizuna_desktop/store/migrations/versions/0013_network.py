"""ties between people (issue 24: filled by its engineer)

Revision ID: 0013_network
Revises: 0012_meetings
Create Date: 2026-12-02

A placeholder in the chain, so that three engineers can fill their revisions at once; it
changes nothing until filled.
"""

from collections.abc import Sequence

revision: str = "0013_network"
down_revision: str | None = "0012_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
