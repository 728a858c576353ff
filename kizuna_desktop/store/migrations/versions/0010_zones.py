"""interactions keep the IANA zone where they happen; the journal's home zone

Revision ID: 0010_zones
Revises: 0009_records
Create Date: 2026-12-01

Interactions were UTC instants shown in whatever zone the laptop was in. Each now keeps the
IANA zone where it happened (``interactions.zone``); contacts keep the zone of their latest
interaction beside its instant (``contacts.last_interaction_zone``, and its UTC offset then in
minutes, ``last_interaction_offset``, which lets SQL compare local dates for "going cold"),
so "last contact" is counted from the local date where it happened. ``journal_settings`` is a small key-value
table; its ``home_zone`` is the zone new entries default to (a journal with no contacts yet
gets it when its first interaction is written).

Existing rows were typed in the laptop's zone, so they get the home zone, and the home zone of
an existing journal is the system zone at upgrade time: ``tzlocal`` (which reads TZ, then
/etc/localtime or the Windows registry), ``UTC`` when it cannot say.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_zones"
down_revision: str | None = "0009_records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _system_zone() -> str:
    from kizuna_desktop.text.zones import system_zone_name

    return system_zone_name()


def upgrade() -> None:
    home = _system_zone()
    op.create_table(
        "journal_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_journal_settings_key"),
        sqlite_autoincrement=True,
    )
    # A journal with contacts had its times typed in the system's zone: that is its home. An
    # empty one takes the system zone when its first interaction is written (clock.pin_home).
    op.execute(sa.text("INSERT INTO journal_settings (key, value) SELECT 'home_zone', :z "
                       "WHERE EXISTS (SELECT 1 FROM contacts)").bindparams(z=home))
    # A writer that gives no zone (raw SQL, an older tool) gets UTC: the instant is kept and
    # shown labelled as UTC. Plain ADD COLUMN: no copy of the table.
    op.add_column("interactions", sa.Column("zone", sa.String(length=64), nullable=False,
                                            server_default="UTC"))
    op.execute(sa.text("UPDATE interactions SET zone = :z").bindparams(z=home))
    # Plain ADD COLUMN (no table copy): the search index's triggers on contacts stay.
    op.add_column("contacts", sa.Column("last_interaction_zone", sa.String(length=64),
                                        nullable=True))
    op.add_column("contacts", sa.Column("last_interaction_offset", sa.Integer(),
                                        nullable=True))
    op.execute(sa.text("UPDATE contacts SET last_interaction_zone = :z "
                       "WHERE last_interaction_at IS NOT NULL").bindparams(z=home))
    _fill_offsets(home)


def _fill_offsets(home: str) -> None:
    """Each last contact's UTC offset in the home zone at that instant (DST-aware)."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    conn = op.get_bind()
    tz = ZoneInfo(home)
    rows = conn.execute(sa.text("SELECT id, last_interaction_at FROM contacts "
                                "WHERE last_interaction_at IS NOT NULL")).all()
    values = []
    for cid, at in rows:
        when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        off = when.replace(tzinfo=UTC).astimezone(tz).utcoffset()
        values.append({"o": int(off.total_seconds() // 60), "i": cid})
    if values:
        conn.execute(sa.text("UPDATE contacts SET last_interaction_offset = :o WHERE id = :i"),
                     values)


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+) leaves the table, and the search index's triggers on
    # contacts, in place.
    op.execute("ALTER TABLE contacts DROP COLUMN last_interaction_offset")
    op.execute("ALTER TABLE contacts DROP COLUMN last_interaction_zone")
    with op.batch_alter_table("interactions") as batch_op:
        batch_op.drop_column("zone")
    op.drop_table("journal_settings")
