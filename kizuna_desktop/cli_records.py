"""Commands that enter what a relationship holds: add, edit, followup, gift, introduce,
orgs, org, transfer."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    return {}
