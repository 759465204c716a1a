"""One writer per output folder: a lock file that a second run waits on, then gives up.

The lock is an OS-level file lock (``filelock``): it is released when the process ends,
however it ends (a run killed with SIGKILL does not leave the folder locked).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import filelock

from geotrack.errors import OutputError

__all__ = ["LOCK_NAME", "output_lock"]

#: Name of the lock file inside an output folder.
LOCK_NAME = ".geotrack.lock"


@contextlib.contextmanager
def output_lock(folder: str | os.PathLike[str], *, timeout: float = 30.0) -> Iterator[Path]:
    """Hold the lock of an output folder (creating the folder) for the duration of a block.

    Parameters
    ----------
    folder
        The output folder.
    timeout
        Seconds to wait for another run to finish; 0 fails at once.

    Yields
    ------
    Path
        The folder, created if needed.

    Raises
    ------
    OutputError
        When the folder cannot be created or written, or another run still holds the
        lock after ``timeout`` seconds.

    Examples
    --------
    >>> with output_lock("output/"):  # doctest: +SKIP
    ...     write_everything()
    """
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot create the output folder ({exc.strerror or exc})"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: the output folder is not writable")
    lock = filelock.FileLock(path / LOCK_NAME, timeout=max(timeout, 0.0))
    try:
        lock.acquire()
    except filelock.Timeout:
        raise OutputError(
            f"{path}: another geotrack run is writing to this folder (waited {timeout:g} s); "
            "wait for it to finish or choose another --out"
        ) from None
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot lock the output folder ({exc.strerror or exc})"
        ) from None
    try:
        yield path
    finally:
        lock.release()
