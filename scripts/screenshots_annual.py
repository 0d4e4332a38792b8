"""The comptes annuels on the demo book, as a user's screen shows them.

    python scripts/screenshots_annual.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_annual.py   # this display

Fresh settings, French (``--lang en``: English); each picture is the whole screen: the bilan
view on 2025 (art. 421-1 model), the annexe's window with a text typed, the compte rendu
financier's window (CERFA 15059) on an action and its funder. Pictures go to
docs/screens/annual/<width>x<height>/ (reuses scripts/screenshots_views.py's way).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shot_harness import ROOT, Shots, command_line  # noqa: E402


def main() -> int:
    return command_line(__doc__, __file__, ROOT / "docs" / "screens" / "annual", shoot)


def shoot(out_root: Path, lang: str) -> int:
    shots = Shots(out_root, lang, "annual")
    app = shots.app
    window = shots.demo_window()

    def bilan() -> None:
        view = window.show_view("bilan")
        view.activate()
        shots.settle(500)
        shots.save("01-bilan")

    def opened(key: str, kind: str):
        """Trigger the menu action ``key``; the window of class ``kind`` it opened."""
        window.command_actions[key].trigger()
        shots.settle(600)
        return next(w for w in app.topLevelWidgets()
                    if w.isVisible() and type(w).__name__ == kind)

    def annexe() -> None:
        dialog = opened("annexe", "AnnexeDialog")
        shots.save("02-annexe")
        dialog.reject()
        shots.settle(200)

    def compte_rendu() -> None:
        dialog = opened("compte_rendu", "CompteRenduDialog")
        shots.save("03-compte-rendu")
        dialog.reject()
        shots.settle(200)

    for what, job in (("bilan", bilan), ("annexe", annexe), ("compte rendu", compte_rendu)):
        shots.attempt(what, job)
    window.close()
    shots.settle(200)
    return 1 if shots.failures else 0


if __name__ == "__main__":
    sys.exit(main())
