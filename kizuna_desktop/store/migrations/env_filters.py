"""What Alembic's autogenerate compares (shared by env.py and the migration tests)."""


def include_name(name, type_, _parent_names) -> bool:
    """The FTS5 search index (a virtual table and its shadow tables) is made by a migration
    by hand; autogenerate must neither drop nor describe it."""
    return not (type_ == "table" and bool(name) and name.startswith("contacts_fts"))
