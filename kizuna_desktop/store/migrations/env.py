"""Alembic environment: runs on the connection the journal hands over (see store/db.py)."""

from alembic import context

from kizuna_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata

from kizuna_desktop.store.migrations.env_filters import include_name  # noqa: E402


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line during development
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    # render_as_batch: SQLite can only alter tables by copying them; batch mode does that.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
