"""Why reading failed, in one short line, and what reading may raise (each a failure, never a traceback).

The archive and compression modules (zipfile, tarfile, gzip, lzma, zlib) are imported only when a file
needs them; their exception classes are named here only once their module has been imported.
"""
from __future__ import annotations

import sys
from typing import Any, Tuple

from tasscli.errors import InputError
from tasscli.io.limits import short


def _loaded(module: str, name: str) -> Tuple[Any, ...]:
    """(module.name,) when `module` has been imported, else (): an exception class of a module that
    was never imported cannot have been raised, so the test needs no import."""
    found = sys.modules.get(module)
    return () if found is None else (getattr(found, name),)


def reason(exc: BaseException) -> str:
    """Why reading failed, in one short line (long names in it cut in the middle, no object reprs)."""
    return short(_long_reason(exc))


def _long_reason(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return exc.reason
    if isinstance(exc, _loaded("tasscli.io.archives", "Cut")):  # raised only once archives is imported
        return str(exc)
    bad_gzip = _loaded("gzip", "BadGzipFile")
    if isinstance(exc, OSError) and exc.strerror and not isinstance(exc, bad_gzip):
        return exc.strerror
    if isinstance(exc, (EOFError, *bad_gzip, *_loaded("zlib", "error"), *_loaded("lzma", "LZMAError"))):
        return f"corrupt compressed data: {exc}"
    if isinstance(exc, _loaded("zipfile", "BadZipFile")):
        return f"corrupt zip archive: {exc}"
    if isinstance(exc, _loaded("tarfile", "TarError")):
        return f"corrupt tar archive: {exc}"
    text = str(exc)
    return text if text else type(exc).__name__


def read_errors() -> Tuple[Any, ...]:
    """What reading a file or archive may raise; each becomes a failure, never a traceback. (A
    function, evaluated by `except` only when something was raised, so that the archive modules
    stay unimported for plain pages; ImportError: a Python built without lzma or bz2.)"""
    return (OSError, EOFError, ValueError, RuntimeError, NotImplementedError, ImportError,
            *_loaded("zlib", "error"), *_loaded("lzma", "LZMAError"), *_loaded("tarfile", "TarError"),
            *_loaded("zipfile", "BadZipFile"))
