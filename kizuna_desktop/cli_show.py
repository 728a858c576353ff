"""`kizuna show CONTACT [--json]`: the whole contact (issue: contact files in and out)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    return {}
