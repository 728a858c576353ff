"""structured postal addresses and New Year cards (issue 25: filled by its engineer)

Revision ID: 0014_postal
Revises: 0013_network
Create Date: 2026-12-02

A placeholder in the chain, so that three engineers can fill their revisions at once; it
changes nothing until filled.
"""

from collections.abc import Sequence

revision: str = "0014_postal"
down_revision: str | None = "0013_network"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
