"""contacts carry their place in list order; the search index is keyed by it

Revision ID: 0006_sort_ranks
Revises: 0005_due_and_cold_columns
Create Date: 2026-11-25

Search as you type wants "the first 200 matches in gojūon order". Keyed by contact id, the
full-text index returned matches in id order, so a broad query ("exa", "yam") had to collect
and sort tens of thousands of them on every keystroke (150-300 ms at 100,000 contacts). Each
contact now has ``sort_rank``, an integer that follows (sort_key, id) order with wide gaps
between neighbours (services/indexing.py keeps it as names change), and the index is keyed by
it: matches stream out already in list order and a page stops after 200 of them.

The search text also ends with the separator, so that every character of it starts a trigram:
one- and two-character searches are answered from the index's vocabulary (fts5vocab) too.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_sort_ranks"
down_revision: str | None = "0005_due_and_cold_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEP = " | "


def _drop_search_index() -> None:
    for trigger in ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS contacts_fts_vocab")
    op.execute("DROP TABLE IF EXISTS contacts_fts")


def _create_search_index(key: str) -> None:
    op.execute("CREATE VIRTUAL TABLE contacts_fts USING fts5(search_text, content='contacts', "
               f"content_rowid='{key}', tokenize='trigram')")
    op.execute("CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN "
               f"INSERT INTO contacts_fts(rowid, search_text) VALUES (new.{key}, new.search_text);"
               " END")
    op.execute("CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
               "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
               f"VALUES ('delete', old.{key}, old.search_text); END")
    columns = "search_text, sort_rank" if key == "sort_rank" else "search_text"
    op.execute(f"CREATE TRIGGER contacts_fts_au AFTER UPDATE OF {columns} ON contacts BEGIN "
               "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
               f"VALUES ('delete', old.{key}, old.search_text); "
               f"INSERT INTO contacts_fts(rowid, search_text) VALUES (new.{key}, new.search_text);"
               " END")
    op.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')")  # one segment


def upgrade() -> None:
    _drop_search_index()
    op.add_column("contacts", sa.Column("sort_rank", sa.Integer(), nullable=False,
                                        server_default="0"))
    # Even spacing over the 63-bit range: room for about 45 halvings per gap at 100,000.
    n = op.get_bind().execute(sa.text("SELECT count(*) FROM contacts")).scalar() or 0
    spacing = max(1, (1 << 62) // (n + 1))
    op.execute(f"UPDATE contacts SET sort_rank = r.n * {spacing} FROM (SELECT id, row_number() "
               "OVER (ORDER BY sort_key, id) AS n FROM contacts) AS r WHERE r.id = contacts.id")
    op.execute(f"UPDATE contacts SET search_text = search_text || '{SEP}', "
               "updated_at = updated_at")
    op.drop_index("ix_contacts_sort", "contacts")
    op.create_index("ix_contacts_rank", "contacts", ["sort_rank"], unique=True)
    # The list in order, with the search text: a search for one or two characters reads it
    # down the list from the index alone (about 0.7 µs a contact instead of 3-5 µs).
    op.create_index("ix_contacts_list", "contacts", ["archived", "sort_rank", "search_text"])
    op.create_index("ix_contacts_key", "contacts", ["sort_key", "sort_rank"])
    _create_search_index("sort_rank")
    op.execute("CREATE VIRTUAL TABLE contacts_fts_vocab USING fts5vocab(contacts_fts, row)")
    op.execute("ANALYZE")
    # Not for the search index's own tables: statistics taken of a new, empty index steer the
    # index's internal statements wrong once it fills (importing 10,000 contacts into a new
    # journal took 6 s instead of 1 s), and its statements do not need any.
    op.execute("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'contacts_fts%'")


def downgrade() -> None:
    _drop_search_index()
    op.drop_index("ix_contacts_key", "contacts")
    op.drop_index("ix_contacts_list", "contacts")
    op.drop_index("ix_contacts_rank", "contacts")
    op.create_index("ix_contacts_sort", "contacts", ["archived", "sort_key", "id"])
    op.execute(f"UPDATE contacts SET search_text = substr(search_text, 1, "
               f"length(search_text) - {len(SEP)}) WHERE search_text LIKE '%{SEP}'")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("sort_rank")
    _create_search_index("id")
