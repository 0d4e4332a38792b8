"""Whether the journal an open book writes into is still the book's (Linux).

While the app has a book open, another program that believed itself its last user (which
happens only if this process lost its locks, see file_head) writes the ``-wal`` into the book
and deletes it; SQLite here goes on writing into the deleted file, and all of it is lost at
quit. The process's open descriptors show it: the journal's is named ``… (deleted)``. A
writer that sees it refuses to save rather than lose the entry silently.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import BookError

_FDS = "/proc/self/fd"


def deleted_under_us(book: Path) -> str | None:
    """The file (the book or its ``-wal``) this process still writes into though it has been
    deleted; None while all is well, or where this cannot be seen."""
    real, name = os.path.realpath(book), Path(book).name
    gone = {real + " (deleted)": name, real + "-wal (deleted)": name + "-wal"}
    try:
        fds = os.listdir(_FDS)
    except OSError:
        return None
    for fd in fds:
        try:
            target = os.readlink(f"{_FDS}/{fd}")
        except OSError:
            continue
        if target in gone:
            return gone[target]
    return None


def refuse_if_deleted(book: Path) -> None:
    """A French refusal, before anything is written, once the book or its journal has been
    deleted under the open book."""
    name = deleted_under_us(book)
    if name is not None:
        raise BookError(
            f"{name} a été supprimé par un autre programme pendant que le livre était "
            "ouvert : ce qu'AssoCompta y enregistrerait maintenant serait perdu, il n'enregistre donc "
            "plus rien. Fermez le livre puis rouvrez-le, et vérifiez vos dernières saisies.")
