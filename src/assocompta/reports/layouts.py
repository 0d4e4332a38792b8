"""Report layouts as versioned data (``resources/layouts/*.json``), matched to accounts by prefix.

A layout names its lines, which accounts feed each line (by number prefix, the longest prefix
wins, so a user's sub-account follows its parent), and how lines add up. Layouts change with
the chart (2018 vs 2025) and with form versions, never in code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class LayoutLine:
    key: str
    label: str
    accounts: tuple[str, ...] = ()
    children: tuple["LayoutLine", ...] = ()
    dont: "LayoutLine | None" = None
    alias: str | None = None  # the key of the line it becomes in a later layout


@dataclass(frozen=True)
class LayoutSection:
    key: str
    title: str = ""
    side: str = ""  # produit, charge, ressource (87), emploi (86)
    total: str | None = None
    lines: tuple[LayoutLine, ...] = ()
    # A result section instead: plus / minus section keys.
    result: str | None = None
    plus: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()
    is_result: bool = False


@dataclass(frozen=True)
class Layout:
    id: str
    chart: str
    title: str
    source: str
    sections: tuple[LayoutSection, ...]
    _prefixes: dict = field(default_factory=dict, compare=False, repr=False)

    def leaves(self):
        for section in self.sections:
            yield from leaves(section.lines)

    def prefixes(self) -> dict[str, str]:
        """Account prefix → leaf key (computed once)."""
        if not self._prefixes:
            for leaf in self.leaves():
                for prefix in leaf.accounts:
                    if prefix in self._prefixes:
                        raise ValueError(f"{self.id}: prefix {prefix} on two lines")
                    self._prefixes[prefix] = leaf.key
        return self._prefixes

    def line_for(self, code: str) -> str | None:
        """The leaf line an account feeds: its longest listed prefix."""
        prefixes = self.prefixes()
        for k in range(len(code), 0, -1):
            key = prefixes.get(code[:k])
            if key is not None:
                return key
        return None

    def dont_lines(self):
        for leaf in self.leaves():
            if leaf.dont is not None:
                yield leaf.key, leaf.dont


def leaves(lines):
    """The lines that take amounts (those without children), in order."""
    for line in lines:
        if line.children:
            yield from leaves(line.children)
        else:
            yield line


def _line(d: dict) -> LayoutLine:
    return LayoutLine(d["key"], d["label"], tuple(d.get("accounts", ())),
                      tuple(_line(c) for c in d.get("children", ())),
                      _line(d["dont"]) if d.get("dont") else None, d.get("alias"))


@lru_cache(maxsize=None)
def load_layout(name: str) -> Layout:
    text = resources.files("assocompta.resources").joinpath("layouts", f"{name}.json").read_text(
        encoding="utf-8")
    d = json.loads(text)
    sections = tuple(LayoutSection(
        s["key"], s.get("title", ""), s.get("side", ""), s.get("total"),
        tuple(_line(x) for x in s.get("lines", ())), s.get("result"), tuple(s.get("plus", ())),
        tuple(s.get("minus", ())), bool(s.get("is_result"))) for s in d["sections"])
    return Layout(d["id"], d["chart"], d["title"], d["source"], sections)
