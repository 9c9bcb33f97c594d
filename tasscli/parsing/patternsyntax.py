"""Reading the regex syntax the vocabulary tables use, for `prefilter` and `firstchars`: where a group
or a class ends, an alternation's top-level branches, an optional item."""
from __future__ import annotations

import re
from typing import List, Optional

# The scanners below jump from one character that matters to the next with one search (most of a
# vocabulary pattern is plain letters: month and agency names): a one-page run reads a few hundred
# patterns at start (`prefilter`, `firstchars`), and stepping over every character in Python was
# most of that reading.
_GROUP_MARKS = re.compile(r"[\\\[()]")
_CLASS_MARKS = re.compile(r"[\\\]]")
_TOP_MARKS = re.compile(r"[\\\[(|]")


def group_end(pattern: str, start: int) -> int:
    """Index just past the ")" closing the group opened at `start`, or -1."""
    depth = 0
    index = start
    search = _GROUP_MARKS.search
    while (found := search(pattern, index)) is not None:
        index = found.start()
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(pattern, index)
            if index < 0:
                return -1
            continue
        if char == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return -1


def class_end(pattern: str, start: int) -> int:
    """Index just past the "]" closing the character class opened at `start`, or -1."""
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":  # a "]" first is a literal
        index += 1
    search = _CLASS_MARKS.search
    while (found := search(pattern, index)) is not None:
        index = found.start()
        if pattern[index] == "\\":
            index += 2
            continue
        return index + 1
    return -1


def split_top(pattern: str) -> Optional[List[str]]:
    """The pattern's top-level alternatives, or None when it cannot be read."""
    parts: List[str] = []
    begin = index = 0
    search = _TOP_MARKS.search
    while (found := search(pattern, index)) is not None:
        index = found.start()
        char = pattern[index]
        if char == "\\":
            index += 2
        elif char == "[":
            index = class_end(pattern, index)
            if index < 0:
                return None
        elif char == "(":
            index = group_end(pattern, index)
            if index < 0:
                return None
        else:  # "|"
            parts.append(pattern[begin:index])
            index += 1
            begin = index
    parts.append(pattern[begin:])
    return parts


def optional_after(pattern: str, index: int) -> bool:
    if index >= len(pattern):
        return False
    if pattern[index] in "?*":
        return True
    return pattern[index] == "{" and re.match(r"\{0*(?:,\d*)?\}|\{0,", pattern[index:]) is not None
