"""Commands about the journal file itself: backups listing and the like."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    return {}
