"""Preferences live in one named file: tests and other settings files never touch the user's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLD = b"[General]\nlanguage=en\nrecent_books=/home/treso/vrai-livre.assocompta\nversion=1\n"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSOCOMPTA_SETTINGS",
                                                                   "PYTEST_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "src") + os.pathsep + str(ROOT), **extra)
    return env


def _fake_home(tmp_path: Path) -> tuple[Path, list[Path]]:
    home = tmp_path / "home"
    folder = home / ".config" / "AssoCompta"
    folder.mkdir(parents=True)
    files = [folder / "AssoCompta.conf", folder / "AssoCompta.ini"]  # Qt's place, and ours
    for f in files:
        f.write_bytes(OLD)
    return home, files


def test_gui_tests_leave_the_users_settings_untouched(tmp_path):
    home, files = _fake_home(tmp_path)
    test = ("tests/ui/test_app.py::"
            "test_welcome_opens_the_example_and_comes_back_when_the_book_closes")
    run = subprocess.run([sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider",
                          "-p", "no:xdist"], cwd=ROOT, env=_env(home), capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert [f.read_bytes() for f in files] == [OLD, OLD]


def test_settings_option_names_the_file(tmp_path, demo_path):
    from assocompta.ui import settings
    from assocompta.ui.app import main
    chosen = tmp_path / "ailleurs" / "prefs.ini"
    try:
        assert main(["--settings", str(chosen), "--smoke", str(demo_path)]) == 0
        assert settings.settings_path() == chosen
    finally:
        settings.choose_path(None)
    text = chosen.read_text(encoding="utf-8")
    assert "demo.assocompta" in text and "version=2" in text


def test_upgrade_copies_the_old_native_settings_once(tmp_path):
    home = tmp_path / "home"
    native = home / ".config" / "AssoCompta" / "AssoCompta.conf"
    native.parent.mkdir(parents=True)
    native.write_bytes(OLD)
    script = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
              "from assocompta.ui.settings import Settings; s = Settings();"
              "print(s.path); print(s.language()); print(s.recent_books()[0].name);"
              "s.set_language('fr'); s.sync()")
    env = _env(home)
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, timeout=120)
    assert first.stdout.split() == [str(native.with_suffix(".ini")), "en",
                                    "vrai-livre.assocompta"], first.stderr
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=120)
    assert second.stdout.split()[1] == "fr"  # copied once: the new file is not overwritten
    assert native.read_bytes() == OLD
