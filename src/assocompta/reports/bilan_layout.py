"""The bilan's model (règlement ANC 2018-06 art. 421-1) as data, one file per chart:
``resources/layouts/bilan-<chart>.json``. Each side is a list of blocks (ACTIF IMMOBILISE …
Total I), or of rubriques standing alone (« Frais d'émission des emprunts (III) »); each
poste lists the account prefixes it takes, the longest prefix winning, so that a user's
sub-account follows its parent."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Post:
    """A poste of the model. ``kind``: "" (accounts), "result" (the year's produits −
    charges) or "situation" (« Situation nette », the sum of the block's postes above it)."""

    key: str
    label: str
    accounts: tuple[str, ...] = ()
    children: tuple["Post", ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class Block:
    title: str           # "" for a rubrique standing alone
    total: str           # "Total I"; "" for a rubrique standing alone
    posts: tuple[Post, ...]
    note: str = ""       # its footnote, printed with it (« FONDS PROPRES * », 2025)


@dataclass(frozen=True)
class Side:
    name: str  # "ACTIF" or "PASSIF"
    total: str
    blocks: tuple[Block, ...]
    _prefixes: dict = field(default_factory=dict, compare=False, repr=False)

    def leaves(self):
        """The postes that take amounts, in order."""
        for block in self.blocks:
            for post in block.posts:
                yield from post.children or (post,)

    def match(self, code: str) -> tuple[str, int] | None:
        """(key of the poste, length of the prefix) taking this account, if any."""
        if not self._prefixes:
            for leaf in self.leaves():
                for prefix in leaf.accounts:
                    if prefix in self._prefixes:
                        raise ValueError(f"{self.name}: prefix {prefix} on two postes")
                    self._prefixes[prefix] = leaf.key
        for k in range(len(code), 0, -1):
            key = self._prefixes.get(code[:k])
            if key is not None:
                return key, k
        return None


@dataclass(frozen=True)
class BilanLayout:
    id: str
    chart: str
    title: str
    source: str
    actif: Side
    passif: Side
    advance_received: str = ""  # notes printed only when a tiers advance is on the bilan
    advance_paid: str = ""


def _post(d: dict) -> Post:
    return Post(d["key"], d["label"], tuple(d.get("accounts", ())),
                tuple(_post(c) for c in d.get("children", ())), d.get("kind", ""))


def _block(d: dict) -> Block:
    if "post" in d:
        return Block("", "", (_post(d["post"]),))
    return Block(d["title"], d["total"], tuple(_post(p) for p in d["posts"]),
                 d.get("note", ""))


def _side(name: str, d: dict) -> Side:
    return Side(name, d["total"], tuple(_block(b) for b in d["blocks"]))


@lru_cache(maxsize=None)
def bilan_layout(chart: str) -> BilanLayout:
    """The bilan model of the year's chart (pca2018: the original text; pca2025: the model in
    force for years opened from 1 January 2025)."""
    text = resources.files("assocompta.resources").joinpath(
        "layouts", f"bilan-{chart}.json").read_text(encoding="utf-8")
    d = json.loads(text)
    return BilanLayout(d["id"], d["chart"], d["title"], d["source"],
                       _side("ACTIF", d["actif"]), _side("PASSIF", d["passif"]),
                       d.get("advance_received", ""), d.get("advance_paid", ""))
