"""planned meetings and calendar events (issue 23)

Revision ID: 0012_meetings
Revises: 0011_stable_ids
Create Date: 2026-12-02

An interaction whose time is still ahead is a planned meeting. What a meeting from a calendar
needs beside the interaction's own columns (time, zone, place, summary as its title, notes,
participants) is added to ``interactions``:

- ``calendar_uid`` and ``recurrence_id``: the iCalendar UID and, for one instance of a
  repeating event, its RECURRENCE-ID (the original start, naive UTC in ISO form; '' for a
  single event). Unique together, so that importing the same file again updates instead of
  doubling. Rows typed by hand keep ``calendar_uid`` NULL (NULLs never collide).
- ``calendar_sequence`` and ``calendar_stamp``: the event's SEQUENCE and LAST-MODIFIED (else
  DTSTAMP), so an older copy of an event never overwrites a newer one.
- ``ends_at`` (naive UTC) and ``all_day``: a meeting's end (the "How did it go?" question comes
  after it), and an all-day event (stored at 00:00 of its date in its zone).
- ``status``: '' (confirmed or typed by hand) or 'tentative'.
- ``agenda``: the agenda notes (an event's DESCRIPTION), kept apart from the notes of how it went.
- ``reviewed_at``: when "How did it go?" was answered or dismissed (NULL: not yet).

``meeting_guests`` holds the attendees of imported meetings that no contact matched, for the
review in the window (create a contact, match by hand, ignore): the meeting, the name and
e-mail as the calendar gave them, and 'pending' or 'ignored'.

Existing rows get NULL/''/0 in every new column: nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_meetings"
down_revision: str | None = "0011_stable_ids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("calendar_uid", "recurrence_id", "calendar_sequence", "calendar_stamp", "ends_at",
           "all_day", "status", "agenda", "reviewed_at")


def upgrade() -> None:
    # ALTER TABLE ... ADD COLUMN (no rebuild: the table keeps its AUTOINCREMENT key)
    op.add_column("interactions", sa.Column("calendar_uid", sa.String(length=500),
                                            nullable=True))
    op.add_column("interactions", sa.Column("recurrence_id", sa.String(length=40),
                                            nullable=False, server_default=""))
    op.add_column("interactions", sa.Column("calendar_sequence", sa.Integer(), nullable=True))
    op.add_column("interactions", sa.Column("calendar_stamp", sa.DateTime(), nullable=True))
    op.add_column("interactions", sa.Column("ends_at", sa.DateTime(), nullable=True))
    op.add_column("interactions", sa.Column("all_day", sa.Boolean(), nullable=False,
                                            server_default="0"))
    op.add_column("interactions", sa.Column("status", sa.String(length=20), nullable=False,
                                            server_default=""))
    op.add_column("interactions", sa.Column("agenda", sa.Text(), nullable=False,
                                            server_default=""))
    op.add_column("interactions", sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    op.create_index("ix_interactions_calendar", "interactions",
                    ["calendar_uid", "recurrence_id"], unique=True)
    op.create_table(
        "meeting_guests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=400), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_meeting_guests_interaction", "meeting_guests",
                    ["interaction_id", "state"])


def downgrade() -> None:
    op.drop_index("ix_meeting_guests_interaction", table_name="meeting_guests")
    op.drop_table("meeting_guests")
    op.drop_index("ix_interactions_calendar", table_name="interactions")
    for name in reversed(COLUMNS):  # SQLite 3.35+ drops a column in place (no rebuild)
        op.execute(f"ALTER TABLE interactions DROP COLUMN {name}")
