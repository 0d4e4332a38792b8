"""The main window's place on the screen and the columns of its tables (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from assocompta.ui.main_window import MainWindow
from assocompta.ui.session import BookSession
from assocompta.ui.settings import Settings

TITLE_BAR = 19  # openbox's, at 1366×768


def _open(qtbot, path) -> MainWindow:
    session = BookSession(path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    for view in window.views.values():
        view.close_view()


def test_fresh_settings_the_window_fits_a_small_screen(qtbot, demo_path):
    # The offscreen screen (800×600) is smaller than a laptop's: the window opens maximized,
    # no longer at 1280×800 with its buttons below the screen's edge.
    window = _open(qtbot, demo_path)
    assert window.isMaximized()
    _close(window)


def test_a_place_saved_off_screen_is_not_restored(qtbot, demo_path):
    # e.g. on a second screen since unplugged, under the same screen's name and size
    from PySide6.QtWidgets import QWidget

    from assocompta.ui.window_place import screen_key
    area = QGuiApplication.primaryScreen().availableGeometry()
    elsewhere = QWidget()
    elsewhere.setGeometry(area.right() + 1500, area.bottom() + 900, 1000, 700)
    Settings().set_geometry(screen_key(QGuiApplication.primaryScreen()),
                            elsewhere.saveGeometry())
    window = _open(qtbot, demo_path)
    assert window.isMaximized() or area.contains(window.geometry())
    assert area.intersects(window.frameGeometry())
    _close(window)


def test_journal_libelle_is_the_widest_column_by_default(qtbot, window):
    window.showNormal()
    window.resize(1366 - 20, 768 - 60)
    view = window.show_view("saisie")
    qtbot.wait(50)
    header = view.table.horizontalHeader()
    widths = {view.model.headerData(c, Qt.Orientation.Horizontal): header.sectionSize(c)
              for c in range(header.count())}
    assert max(widths, key=widths.get) == "Libellé", widths
    assert widths["Libellé"] >= 160


def test_a_column_the_user_widens_keeps_its_width_when_the_window_reopens(qtbot, demo_path):
    window = _open(qtbot, demo_path)
    view = window.show_view("saisie")
    qtbot.wait(50)
    header = view.table.horizontalHeader()
    column = 6  # Tiers
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Tiers"
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    before = header.sectionSize(column)
    y = header.height() // 2
    # Dragged by its right edge, as a user does.
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + 40, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, QPoint(edge + 40, y))
    widened = header.sectionSize(column)
    assert widened > before
    _close(window)

    again = _open(qtbot, demo_path)
    view = again.show_view("saisie")
    qtbot.wait(50)
    assert view.table.horizontalHeader().sectionSize(column) == widened
    view.table.column_widths.reset()  # Largeurs de colonnes par défaut
    assert view.table.horizontalHeader().sectionSize(column) != widened
    _close(again)


def test_every_view_fits_a_1366x768_screen(qtbot, window):
    window.showNormal()
    window.resize(1366, 768 - TITLE_BAR)
    qtbot.wait(50)
    chrome = window.size() - window.stack.size()  # sidebar, menus, toolbar, status bar
    room = QSize(1366, 768 - TITLE_BAR) - chrome
    too_big = {}
    for key, *_ in window._entries:
        view = window.show_view(key)
        if hasattr(getattr(view, "model", None), "wait"):
            view.model.wait()
        qtbot.wait(20)  # the view's headings are filled in
        hint = view.minimumSizeHint()
        if hint.width() > room.width() or hint.height() > room.height():
            too_big[key] = hint.toTuple()
    assert not too_big, f"plus grand que {room.toTuple()} : {too_big}"
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768 - TITLE_BAR
