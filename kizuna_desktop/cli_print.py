"""Print commands: `kizuna preflight FILE.pdf` (the checks a print shop makes)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    return {}
