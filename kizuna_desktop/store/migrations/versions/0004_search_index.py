"""a full-text (trigram) index over the contacts' search text

Revision ID: 0004_search_index
Revises: 0003_address_methods
Create Date: 2026-11-25

Substring search over 100,000 contacts by scanning is far too slow for search as you type;
an FTS5 trigram index finds any substring of three characters or more in a few milliseconds.
It is an external-content index kept in step with contacts.search_text by triggers.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_search_index"
down_revision: str | None = "0003_address_methods"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE contacts_fts USING fts5(search_text, content='contacts', "
               "content_rowid='id', tokenize='trigram')")
    op.execute("CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN "
               "INSERT INTO contacts_fts(rowid, search_text) VALUES (new.id, new.search_text); "
               "END")
    op.execute("CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
               "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
               "VALUES ('delete', old.id, old.search_text); END")
    op.execute("CREATE TRIGGER contacts_fts_au AFTER UPDATE OF search_text ON contacts BEGIN "
               "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
               "VALUES ('delete', old.id, old.search_text); "
               "INSERT INTO contacts_fts(rowid, search_text) VALUES (new.id, new.search_text); "
               "END")
    op.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("contacts_fts_ai", "contacts_fts_ad", "contacts_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS contacts_fts")
