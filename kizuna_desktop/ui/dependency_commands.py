"""The dependency checklist's ticks as undo steps (issue 24): ticking or unticking a warning
sign in the organisation's dependency view is one step of the window's undo stack, so an
untick by mistake gives the tick back with its date (Ctrl+Z)."""

from __future__ import annotations

from datetime import date

from kizuna_desktop.services import dependency
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.commands import ORGANIZATIONS, Command, Notify


class TickSign(Command):
    what = frozenset({ORGANIZATIONS})

    def __init__(self, journal: Journal, notify: Notify, organization_id: int, key: str,
                 checked: bool, on: date | None = None):
        super().__init__("Tick a warning sign" if checked else "Untick a warning sign",
                         journal, notify)
        self.organization_id, self.key, self.checked, self.on = organization_id, key, checked, on
        self.before = next(s for s in dependency.signs(journal, organization_id) if s.key == key)
        self.after: dependency.Sign | None = None

    def _put(self, sign: dependency.Sign) -> None:
        dependency.tick(self.journal, self.organization_id, self.key, sign.checked,
                        on=sign.checked_on if sign.checked else None)

    def do(self) -> None:
        self.after = dependency.tick(self.journal, self.organization_id, self.key,
                                     self.checked, on=self.on)

    def again(self) -> None:
        self._put(self.after)

    def back(self) -> None:
        self._put(self.before)
