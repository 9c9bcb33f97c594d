"""Readers: turn the paths a user names into pages of text (`Page`), or `InputError`s.

A failed input never stops the others: `iter_pages` yields the error in its place.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable, Iterator, Tuple, Union

from tasscli.errors import InputError


@dataclass(frozen=True)
class Page:
    source: str
    text: str
    warnings: Tuple[str, ...] = ()


def decode(data: bytes, source: str) -> Page:
    """UTF-8, with or without a byte order mark; anything else is an `InputError`."""
    try:
        return Page(source, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") \
            from None


def read_path(path: str) -> Page:
    if path == "-":
        return decode(sys.stdin.buffer.read(), "-")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    return decode(data, path)


def iter_pages(paths: Iterable[str]) -> Iterator[Union[Page, InputError]]:
    for path in paths:
        try:
            yield read_path(path)
        except InputError as exc:
            yield exc
