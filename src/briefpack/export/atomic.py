"""Write a file so that it is either wholly the new one or still wholly the old one.

The bytes go to a temporary file beside the target (same folder, so same file system), are
flushed to disk, and the temporary file is renamed over the target. If anything fails, the
temporary file is removed and whatever was at the target before is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from briefpack.errors import ExportError, UserError


def _reason(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOENT:
        return f"the folder {path.parent} does not exist"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "you do not have permission to write there, or the file is open in another program"
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno == errno.EISDIR:
        return "a folder already has that name"
    return error.strerror or str(error)


@contextlib.contextmanager
def atomic_writer(
    path: Path | str, error: type[UserError] = ExportError
) -> Iterator[BinaryIO]:
    """Yields a binary file; on a clean exit it replaces `path`, on an exception it vanishes.

    Raises `error` (ExportError unless told), with a sentence for the user, when the target
    cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise error(f"Could not save {target.name}: a folder already has that name.")
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as failure:
        raise error(f"Could not save {target.name}: {_reason(failure, target)}.") from failure
    temp_path = Path(temporary)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; keep the old file's permissions, or the usual ones.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temp_path, mode)
        os.replace(temp_path, target)
    except OSError as failure:
        temp_path.unlink(missing_ok=True)
        raise error(f"Could not save {target.name}: {_reason(failure, target)}.") from failure
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_atomically(
    path: Path | str, write: Callable[[BinaryIO], None], error: type[UserError] = ExportError
) -> None:
    """Calls `write(stream)` and puts the result at `path` in one step."""
    with atomic_writer(path, error) as stream:
        write(stream)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows has no directory handles to sync.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
