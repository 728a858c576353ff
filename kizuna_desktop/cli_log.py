"""`kizuna log`: record an interaction at its local time and zone."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    return {}
