"""The Qt binding itself must not corrupt the interpreter (PySide6 6.12.0 on Python 3.11 drops
a reference to None on every call of a method that returns nothing: the app aborts after a few
thousand calls)."""

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
