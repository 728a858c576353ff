"""The application's icon (two linked rings, kizuna_desktop/resources/icons/) for its windows,
and the desktop entry's id, so that a desktop shows the window with the entry's icon and name."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from kizuna_desktop import paths

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon() -> QIcon:
    """The icon with every drawn size (16 and 32 px are the heavier-ringed small drawing)."""
    result = QIcon()
    for size in ICON_SIZES:
        result.addFile(str(paths.resource("icons", f"kizuna-{size}.png")))
    return result


def install(app: QGuiApplication) -> None:
    app.setWindowIcon(icon())
    # Wayland's app id and X11's startup matching: the desktop entry is jp.kizuna.Desktop.desktop
    app.setDesktopFileName(paths.APP_ID)
