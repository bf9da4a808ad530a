"""Files in .cache/ that two builds may write at the same moment.

The Chinese and the English site build in two processes at once (gradbook/hooks/other_language.py)
and share the caches of figures and notebook runs. A file is written whole under a temporary
name and then renamed, so the other process reads either nothing or the whole file, never half.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
