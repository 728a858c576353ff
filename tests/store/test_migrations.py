"""Migrations: an empty database upgrades to head and matches the models; and the pattern
every future migration is tested with: a database at the previous revision, filled with
rows, upgrades to head without losing one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from kizuna_desktop.store.db import HEAD_REVISION, alembic_config
from kizuna_desktop.store.models import Base

FIXTURES = Path(__file__).with_name("fixtures")


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def _upgrade(path: Path, target: str) -> None:
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    engine.dispose()


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' AND name NOT LIKE 'contacts_fts%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_head_constant_is_alembics_head():
    assert _script().get_current_head() == HEAD_REVISION


# Alembic cannot read expression indexes back from SQLite; they are compared by their SQL
# in the test after this one.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_empty_database_upgrades_to_head_matching_the_models(tmp_path):
    path = tmp_path / "empty.db"
    _upgrade(path, "head")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= set(Base.metadata.tables)
        from kizuna_desktop.store.migrations.env_filters import include_name

        ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diffs == []


def test_expression_indexes_are_made_as_the_models_make_them(tmp_path):
    migrated, made = tmp_path / "migrated.db", tmp_path / "made.db"
    _upgrade(migrated, "head")
    engine = create_engine(f"sqlite:///{made}")
    Base.metadata.create_all(engine)
    engine.dispose()

    def indexes(path: Path) -> dict[str, str]:
        with sqlite3.connect(path) as conn:
            return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND sql LIKE '%(%(%'"))

    assert indexes(migrated) == indexes(made)
    assert "lower(value)" in indexes(made)["ix_contact_methods_value"]


def test_downgrade_to_base_and_back(tmp_path):
    path = tmp_path / "db.sqlite"
    _upgrade(path, "head")
    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    _upgrade(path, "head")
    assert "contacts" in _counts(path)


def dump_rows(path: Path) -> str:
    """A journal's rows as SQL INSERTs (no schema): the fixture format for upgrade tests.
    When adding migration N+1, save ``dump_rows`` of the demo at revision N as
    ``fixtures/<N>.sql``; the test below then upgrades it and checks every row is kept."""
    with sqlite3.connect(path) as conn:
        # The search index's shadow tables are rebuilt by triggers, not copied.
        lines = [line for line in conn.iterdump() if line.startswith("INSERT INTO")
                 and not line.startswith(('INSERT INTO "alembic_version"',
                                          'INSERT INTO "contacts_fts', 'INSERT INTO "sqlite_',
                                          'INSERT INTO sqlite_'))]
    return "\n".join(lines)


def _revisions_with_successor() -> list[str]:
    return [s.down_revision for s in _script().walk_revisions() if s.down_revision]


@pytest.mark.parametrize("revision", [*_revisions_with_successor(), HEAD_REVISION])
def test_upgrade_from_revision_keeps_every_row(revision, tmp_path, demo_template):
    path = tmp_path / f"at-{revision}.db"
    _upgrade(path, revision)
    fixture = FIXTURES / f"{revision}.sql"
    if revision == HEAD_REVISION:
        sql = dump_rows(demo_template)  # the head has no fixture yet: use the live demo
    else:
        assert fixture.exists(), f"add {fixture.name}: dump_rows of a journal at {revision}"
        sql = fixture.read_text("utf-8")
    with sqlite3.connect(path) as conn:
        conn.executescript(sql)
    before = _counts(path)
    assert before["contacts"] > 30 and before["interactions"] > 200
    _upgrade(path, "head")
    after = _counts(path)
    assert {t: n for t, n in after.items() if t in before} == before


def test_opening_an_old_journal_upgrades_it_in_place(tmp_path):
    from kizuna_desktop.services import meishi, search
    from kizuna_desktop.store import Journal
    from kizuna_desktop.store.db import current_revision

    path = tmp_path / "old.kizuna"
    _upgrade(path, "0001_initial")
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / "0001_initial.sql").read_text("utf-8"))
    with Journal.open(path) as j:
        assert current_revision(j.engine) == HEAD_REVISION
        assert search.resolve(j, "yamada taro").written == "山田 太郎"
        (profile,) = meishi.list_all(j)
        assert profile.include_qr is False  # the new column's default on an old row
