"""contacts hold everything a contact file brings (addresses, nickname, ...)

Revision ID: 0008_import_fields
Revises: 0007_method_lookup
Create Date: 2026-12-01

Postal addresses move out of ``contact_methods`` (where they were one line of text of kind
``address``) into a table of their own with their parts (postal code, region, city, street,
extended, PO box, country) beside the text as written; every address row is moved, with its
label and place, and the postal code is read off a leading ``〒123-4567`` where there is one.
Contacts gain a nickname, middle name, name prefix and suffix, and an anniversary (year,
month, day, each optional like the birthday's).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_import_fields"
down_revision: str | None = "0007_method_lookup"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (("nickname", 200), ("middle_name", 200), ("name_prefix", 100),
                 ("name_suffix", 100))


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): the search index's triggers on contacts stay.
    for name, length in _TEXT_COLUMNS:
        op.add_column("contacts", sa.Column(name, sa.String(length), nullable=False,
                                            server_default=""))
    for name in ("anniversary_year", "anniversary_month", "anniversary_day"):
        op.add_column("contacts", sa.Column(name, sa.Integer(), nullable=True))
    op.create_table(
        "addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=300), nullable=False),
        sa.Column("extended", sa.String(length=300), nullable=False),
        sa.Column("po_box", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_addresses_contact", "addresses", ["contact_id", "position"])
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, contact_id, label, value, position FROM contact_methods "
        "WHERE kind = 'address' ORDER BY contact_id, position, id")).all()
    import re

    postal = re.compile(r"^\s*〒?\s*(\d{3}-?\d{4})\b")
    moved = []
    for _id, contact_id, label, value, position in rows:
        m = postal.match(value or "")
        moved.append({"contact_id": contact_id, "label": label or "", "text": value or "",
                      "postal_code": m.group(1) if m else "", "position": position or 0})
    if moved:
        conn.execute(sa.text(
            "INSERT INTO addresses (contact_id, label, postal_code, region, city, street, "
            "extended, po_box, country, text, position) VALUES (:contact_id, :label, "
            ":postal_code, '', '', '', '', '', '', :text, :position)"), moved)
        conn.execute(sa.text("DELETE FROM contact_methods WHERE kind = 'address'"))


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT contact_id, label, postal_code, region, city, street, extended, po_box, "
        "country, text, position FROM addresses ORDER BY contact_id, position, id")).all()
    back = []
    for (contact_id, label, postal_code, region, city, street, extended, po_box, country,
         text, position) in rows:
        value = text or " ".join(x for x in (postal_code and f"〒{postal_code}", region, city,
                                             street, extended, po_box, country) if x)
        back.append({"contact_id": contact_id, "label": label, "value": value,
                     "position": 1000 + (position or 0)})
    if back:
        conn.execute(sa.text(
            "INSERT INTO contact_methods (contact_id, kind, label, value, position) "
            "VALUES (:contact_id, 'address', :label, :value, :position)"), back)
    op.drop_index("ix_addresses_contact", table_name="addresses")
    op.drop_table("addresses")
    # SQLite's own DROP COLUMN (3.35+): no table copy, the triggers stay.
    for name in ("anniversary_day", "anniversary_month", "anniversary_year",
                 *(n for n, _ in reversed(_TEXT_COLUMNS))):
        op.execute(f"ALTER TABLE contacts DROP COLUMN {name}")
