"""What the terminal commands need to know about the terminal, without importing rich.

One place decides "is this a terminal" and "may we colour", so tests can replace it, and one
function makes input text safe to print: a saved page can hold escape sequences, bell characters
or bidirectional overrides, and none of them may reach a terminal raw.
"""
from __future__ import annotations

import os
import re
from typing import IO, Any, Mapping, Optional

# C0 and C1 controls (tab, line feed and carriage return included: a field never needs them on a
# terminal line), DEL, and the bidirectional embedding/override/isolate controls that can make a
# terminal show text in another order than it is stored ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: Any) -> str:
    """`text` as a string with every control character shown as an escape (`\\x1b`, `\\u202e`)."""
    return _UNSAFE.sub(_escape_char, "" if text is None else str(text))


#: An error line's source is cut in the middle past this many characters (a path 1,000 folders deep
#: made lines of 5 KB).
MAX_SOURCE = 160
#: A reprs of an object that names a file (zipfile's `<ZipInfo filename='a.txt' ...>`): its name is enough.
_REPR = re.compile(r"<\w+ filename=(?:'([^']*)'|\"([^\"]*)\")[^>]*>")


def shorten(text: str, limit: int = MAX_SOURCE) -> str:
    """`text` cut in the middle with `...` when longer than `limit` characters (both ends kept:
    the archive and the file's own name)."""
    if len(text) <= limit:
        return text
    head = limit // 2 - 2
    return text[:head] + "..." + text[len(text) - (limit - head - 3):]


def readable(reason: str) -> str:
    """An error's reason with object reprs replaced by the name they hold, and cut if very long."""
    reason = _REPR.sub(lambda match: repr(match.group(1) or match.group(2)), reason)
    return shorten(reason, 2 * MAX_SOURCE)


def is_terminal(stream: Optional[IO[Any]]) -> bool:
    """True when `stream` is an interactive terminal."""
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def color_wanted(stream: Optional[IO[Any]], no_color: bool = False,
                 environ: Optional[Mapping[str, str]] = None) -> bool:
    """Colour only on a terminal, and never with --no-color or a non-empty NO_COLOR (no-color.org)."""
    env = os.environ if environ is None else environ
    return not no_color and env.get("NO_COLOR", "") == "" and is_terminal(stream)


def _char_columns(char: str) -> int:
    """The terminal columns one character takes: none for a combining mark or a format character
    (a decomposed "й" is "и" and a combining breve), two for a wide East Asian one, else one."""
    import unicodedata  # imported on first use: ASCII text never needs it

    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def columns(text: str) -> int:
    """The terminal columns `text` takes (Cyrillic, Latin and Greek letters take one each)."""
    return len(text) if text.isascii() else sum(map(_char_columns, text))


def cut_to_columns(text: str, width: int) -> str:
    """The longest start of `text` that takes at most `width` columns."""
    if text.isascii():
        return text[:max(width, 0)]
    used = 0
    for index, char in enumerate(text):
        used += _char_columns(char)
        if used > width:
            return text[:index]
    return text
