"""structured postal addresses and New Year cards (issue 25)

Revision ID: 0014_postal
Revises: 0013_network
Create Date: 2026-12-02

- ``addresses`` gains the parts a Japanese address is written in: ``town`` (町域, e.g. 丸の内),
  ``block`` (丁目・番・号, e.g. 1-2-3) and ``latin`` (the address in Latin letters). 0008 moved
  the old address methods into ``addresses`` as text with only their postal code; here every
  such row whose text reads as a Japanese address (〒 code, prefecture, city or ward, town,
  block numbers, building) gets its parts filled, the text as written kept unchanged. A row
  that does not read so keeps its text and parts as they are: no row is dropped or rewritten.
  Plain ADD COLUMN (no table copy).
- ``nengajo_marks``: per contact and year, whether a New Year card is to be sent, was sent,
  was received, or the contact is in mourning (喪中), with the joint names (連名) written on
  the card and whether it goes to the company alone (御中).

Downgrade: the marks table is dropped, the three columns dropped (SQLite 3.35+ DROP COLUMN);
the text of every address was never changed, so nothing of what 0013 held is lost.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_postal"
down_revision: str | None = "0013_network"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of services/postal.py's reading of a Japanese address (the migration must
# not change when the service does).
_JA = re.compile(
    r"^\s*(?:〒\s*)?(?P<code>\d{3}-?\d{4})?\s*"
    r"(?P<pref>東京都|北海道|(?:京都|大阪)府|[^\s\d０-９]{2,3}県)?\s*"
    r"(?P<city>(?:[^\s\d０-９]+?郡)?[^\s\d０-９]+?[市区町村](?:[^\s\d０-９]+?区)?)\s*"
    r"(?P<town>[^\s\d０-９]*?)\s*"
    r"(?P<block>[\d０-９]+(?:\s*(?:丁目|番地?|号|[-‐－ー−の])\s*[\d０-９]+)*(?:\s*(?:丁目|番地?|号))?)"
    r"\s*(?P<building>.*?)\s*$"
)


def _parse(text: str) -> dict | None:
    m = _JA.match(text or "")
    if not m or not (m.group("pref") or m.group("code")):
        return None
    code = m.group("code") or ""
    if len(code) == 7:
        code = code[:3] + "-" + code[3:]
    return {"postal_code": code, "region": m.group("pref") or "", "city": m.group("city"),
            "town": m.group("town") or "", "block": m.group("block").strip(),
            "extended": m.group("building") or ""}


def upgrade() -> None:
    for name, length in (("town", 200), ("block", 100), ("latin", 400)):
        op.add_column("addresses", sa.Column(name, sa.String(length), nullable=False,
                                             server_default=""))
    op.create_table(
        "nengajo_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("send", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("sent", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("received", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("mourning", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("joint_names", sa.Text(), nullable=False, server_default=""),
        sa.Column("onchu", sa.Boolean(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("contact_id", "year", name="uq_nengajo_marks_contact_year"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_nengajo_marks_year", "nengajo_marks", ["year", "contact_id"])
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, text, postal_code FROM addresses WHERE region = '' AND city = '' "
        "AND street = '' AND extended = '' AND po_box = '' AND text <> ''")).all()
    filled = []
    for row_id, text, postal_code in rows:
        parts = _parse(text)
        if parts is None:
            continue
        parts["postal_code"] = parts["postal_code"] or postal_code
        parts["street"] = parts["town"] + parts["block"]
        filled.append({"id": row_id, **parts})
    if filled:
        conn.execute(sa.text(
            "UPDATE addresses SET postal_code = :postal_code, region = :region, city = :city, "
            "town = :town, block = :block, street = :street, extended = :extended "
            "WHERE id = :id"), filled)


def downgrade() -> None:
    op.drop_index("ix_nengajo_marks_year", table_name="nengajo_marks")
    op.drop_table("nengajo_marks")
    for name in ("latin", "block", "town"):
        op.drop_column("addresses", name)
