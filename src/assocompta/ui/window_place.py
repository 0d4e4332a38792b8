"""Where a book window opens: the user's last place on this screen, else what fits the screen.

A laptop's 1366×768 screen cannot hold a 1280×800 window: its entry buttons and status bar
were off-screen. Small screens get the window maximized; a place saved on another screen, or
one that would now be off-screen, is never restored.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from .settings import Settings

#: below this available width or height, a book window opens maximized
ROOMY = (1440, 900)
#: the size of a book window on a roomy screen (at most 90 % of it)
USUAL = (1600, 960)


def screen_key(screen: QScreen | None) -> str:
    """One screen among the user's: its name and size (a docked laptop has two places)."""
    if screen is None:
        return "screen"
    size = screen.size()
    return f"{screen.name() or 'screen'} {size.width()}x{size.height()}"


def restore_place(window: QWidget, settings: Settings) -> None:
    """Put ``window`` where the user left it on this screen, else fit it to the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    saved = settings.geometry(screen_key(screen))
    if saved is not None and window.restoreGeometry(saved) and _on_screen(window, screen):
        return
    fit_to_screen(window, screen)


def save_place(window: QWidget, settings: Settings) -> None:
    settings.set_geometry(screen_key(window.screen()), window.saveGeometry())


def fit_to_screen(window: QWidget, screen: QScreen | None) -> None:
    """Maximized on a small screen; on a roomy one, the usual size in the middle."""
    if screen is None:
        window.resize(*USUAL)
        return
    area = screen.availableGeometry()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    width = min(USUAL[0], area.width() * 9 // 10)
    height = min(USUAL[1], area.height() * 9 // 10)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    rect = QRect(0, 0, window.width(), window.height())
    rect.moveCenter(area.center())
    window.move(rect.topLeft())
    if area.width() < ROOMY[0] or area.height() < ROOMY[1]:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _on_screen(window: QWidget, screen: QScreen) -> bool:
    """The restored window lies wholly on the screen (a maximized one always does)."""
    if window.windowState() & (Qt.WindowState.WindowMaximized
                               | Qt.WindowState.WindowFullScreen):
        return True
    return screen.availableGeometry().contains(window.geometry())
