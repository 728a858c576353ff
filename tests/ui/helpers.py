from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def commit_ime_text(widget, text: str) -> None:
    """Japanese arrives from an input method as committed text, not as key presses
    (QTest's key clicks only know ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
