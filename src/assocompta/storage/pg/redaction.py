"""PostgreSQL passwords kept out of every text a user or a log file sees.

The driver's own messages may quote the URL or the password (libpq: ``invalid
percent-encoded token: "50%off"``), decoded or not, so masking the URL we print is not
enough: every text bound for a message, a terminal or a log goes through :func:`scrub`, which
removes each password this process was given (:func:`remember`) in every spelling.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import quote, unquote, unquote_plus

MASK = "***"
#: postgresql://… or postgres://… up to a blank or a quote
_URL = re.compile(r"postgres(?:ql)?://[^\s\"'<>]*")
#: libpq conninfo (``password=secret`` or ``password='with spaces'``), and URL queries
_KEYWORD = re.compile(r"(password\s*=\s*)('(?:\\.|[^'\\])*'|[^\s&'\"]+)", re.IGNORECASE)
#: Pieces shorter than this are not masked on their own (a lone letter would garble text);
#: whole passwords always are, whatever their length.
_PIECE = 3

_known: set[str] = set()
_lock = threading.Lock()


def passwords(url: str) -> set[str]:
    """Every spelling of the password(s) ``url`` holds: as typed, percent-decoded,
    percent-encoded; split as libpq splits (first ``@``) and as we do (last ``@``)."""
    found: set[str] = set()
    _, sep, rest = str(url).partition("://")
    if not sep:
        return found
    head = rest.split("?", 1)[0]
    creds = head.rpartition("@")[0]
    if ":" in creds:
        found.add(creds.split(":", 1)[1])
    for match in _KEYWORD.finditer(rest):
        found.add(match.group(2).strip("'"))
    spellings: set[str] = set()
    for raw in found:
        for text in (raw, unquote(raw), unquote_plus(raw)):
            spellings |= {text, quote(text, safe=""), quote(text)}
            # libpq splits a password holding @ or / elsewhere (at the first @): a part
            # may turn up alone in its messages, as a host name for instance.
            spellings |= {p for p in re.split(r"[@/?#:]", text) if len(p) >= _PIECE}
    return {s for s in spellings if s}


def remember(url: str) -> None:
    """Keep ``url``'s password(s) to scrub from every later text of this process."""
    found = passwords(url)
    if found:
        with _lock:
            _known.update(found)


def remember_in(texts) -> None:
    """Remember the passwords of every URL in ``texts`` (a command line's arguments)."""
    for text in texts:
        for match in _URL.finditer(str(text)):
            remember(match.group(0))


def redact_url(url: str) -> str:
    """The URL with ``user:***@`` and ``password=***``: where it is stays readable."""
    url = _KEYWORD.sub(lambda m: m.group(1) + MASK, url)
    scheme, sep, rest = url.partition("://")
    head, q, query = rest.partition("?")
    creds, at, host = head.rpartition("@")
    if at and ":" in creds:
        head = f"{creds.split(':', 1)[0]}:{MASK}@{host}"
    return f"{scheme}{sep}{head}{q}{query}"


def scrub(text: object, *urls: str) -> str:
    """``text`` with no password left: those of ``urls``, of every URL it quotes, and of
    every URL this process was given; then URLs and ``password=`` forms masked."""
    text = str(text)
    secrets = set().union(*(passwords(u) for u in urls), *(
        passwords(m.group(0)) for m in _URL.finditer(text)))
    with _lock:
        secrets |= _known
    # URLs first (their user:***@ form stays readable), then any spelling left anywhere.
    text = _URL.sub(lambda m: redact_url(m.group(0)), text)
    text = _KEYWORD.sub(lambda m: m.group(1) + MASK, text)
    for secret in sorted(secrets, key=len, reverse=True):
        if secret != MASK:
            text = text.replace(secret, MASK)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Log lines and their tracebacks with no password in them."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))
