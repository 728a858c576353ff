""""How did it go?": asked once after a planned meeting has ended (ui/meetings_view.py).
The notes go into the meeting; the thank-you follow-up (checked by default) is due the next
day for each attendee, as a prompt personal thank-you is (DOMAIN.md). "Not now" asks again
at the next opening; "Don't ask again" marks it reviewed."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import meetings
from kizuna_desktop.text import zones
from kizuna_desktop.ui import plain


class MeetingReviewDialog(QDialog):
    reviewed = Signal()

    def __init__(self, journal, meeting: meetings.MeetingView, parent=None, now_fn=None,
                 tz=None, stack=None, notify=None):
        super().__init__(parent)
        self.stack, self.notify = stack, notify  # the window's undo stack, when there is one
        self.journal = journal
        self.meeting = meeting
        self.now_fn = now_fn or (lambda: datetime.now(UTC))
        self.tz = tz
        self.setObjectName("meetingReviewDialog")
        self.setWindowTitle(self.tr("How did it go?"))
        layout = QVBoxLayout(self)
        when = f"{zones.fmt(meeting.start, '%Y-%m-%d')} {meeting.time_text}"
        people = ", ".join(a.name for a in meeting.attendees)
        self.about = plain.label(self.tr("{0}\n{1}{2}\nWith {3}").format(
            meeting.title, when, f" · {meeting.place}" if meeting.place else "", people))
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        layout.addWidget(plain.label(self.tr("What was discussed, what was promised, personal "
                                             "details worth remembering:")))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        layout.addWidget(self.notes, 1)
        self.thank_you = QCheckBox(self.tr("Add a thank-you follow-up for tomorrow"))
        self.thank_you.setChecked(True)
        layout.addWidget(self.thank_you)
        self.error = plain.label()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Not now"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.never_button = QPushButton(self.tr("Don't ask again"))
        buttons.addButton(self.never_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.reject)
        self.never_button.clicked.connect(self.dismiss)
        layout.addWidget(buttons)
        self.resize(480, 320)
        self.result_ids: list[int] = []

    def _fail(self, error: Exception) -> None:
        from kizuna_desktop.i18n import message
        from kizuna_desktop.ui import palette

        self.error.setText(message(error))  # in the interface's language (busy, read-only…)
        palette.tint(self.error, palette.Role.ALERT)
        self.error.show()

    def _do(self, make):
        """``make()`` as one step of the window's undo stack (Ctrl+Z), or plainly."""
        if self.stack is None or self.notify is None:
            return make()
        from kizuna_desktop.ui import commands
        from kizuna_desktop.ui.meetings_commands import review

        got = []
        commands.push(self.stack, review(self.journal, self.notify, self.meeting,
                                         lambda: got.append(make())))
        return got[0]

    def save(self) -> None:
        notes, thank_you, now = (self.notes.toPlainText(), self.thank_you.isChecked(),
                                 self.now_fn())
        try:
            result = self._do(lambda: meetings.review(
                self.journal, self.meeting.id, notes, thank_you=thank_you, now=now,
                tz=self.tz))
        except KizunaError as e:
            self._fail(e)
            return
        self.result_ids = result.follow_up_ids
        self.reviewed.emit()
        self.accept()

    def dismiss(self) -> None:
        try:
            now = self.now_fn()
            self._do(lambda: meetings.dismiss_review(self.journal, self.meeting.id, now=now))
        except KizunaError as e:
            self._fail(e)
            return
        self.reviewed.emit()
        self.accept()
