"""The one way newsbook writes a file it generates: atomically, and only when its bytes change.

Sphinx decides what to read again by file time, and ``sphinx-autobuild``
rebuilds whenever a watched file is touched: a generated file written with
the bytes it already had would make every build a full one.  A file is
written through a temporary file in the same folder and a rename, so a build
interrupted while writing leaves the old file or the new one, never half of
one; the new file gets the mode an ordinary new file gets (``mkstemp`` would
make it private to its owner).
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path


@functools.cache
def _file_mode() -> int:
    """The mode an ordinary new file gets here: ``0o666`` less the umask (read once per process)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, _file_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, text: str | bytes) -> bool:
    """Write ``text`` (UTF-8) to ``path`` atomically, only if the bytes differ; True if written."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomically(path, data)
    return True
