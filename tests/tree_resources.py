"""The tests read this checkout's resources/ (charts, layouts, .qm) as assocompta.resources.

pyproject maps ``assocompta.resources`` onto ``resources/``; an editable install made from
another checkout keeps pointing there, so a worktree run with ``PYTHONPATH=src`` tested its
code against the other checkout's layouts (a layout fix passed only once merged there)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


class _TreeResources:
    """A meta path finder for assocompta.resources, placed before the editable install's."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "assocompta.resources":
            return None
        return importlib.util.spec_from_file_location(
            fullname, RESOURCES / "__init__.py", submodule_search_locations=[str(RESOURCES)])


def use_tree_resources() -> None:
    if (RESOURCES / "__init__.py").exists() and "assocompta.resources" not in sys.modules:
        sys.meta_path.insert(0, _TreeResources)
