"""Storage: the SQLAlchemy models, the journal (engine, sessions, pragmas) and migrations.

The only layer that knows SQL.
"""

from kizuna_desktop.store.db import Journal

__all__ = ["Journal"]
