"""First characters: the characters an anchored match of a pattern may start with, so that a line
opening with another skips the call (`first_chars`, `first_chars_of`). Like `prefilter`, it
understands the subset of regex syntax the vocabulary tables use and gives up (None) on anything
else, so a pattern it misreads costs speed, never a match."""
from __future__ import annotations

from typing import FrozenSet, Optional, Sequence, Tuple

from tasscli.parsing.patternsyntax import class_end, group_end, optional_after, split_top

_MAX_CLASS = 256  # a class wider than this ("[^x]", "[\w]") tells nothing worth a set
#: Stands for "any whitespace character" (\s) in a set of first characters: `str.isspace` is the
#: test `re` applies to \s in str patterns.
WHITESPACE = "\\s"


class _GiveUp(Exception):
    pass


def _class_chars(body: str) -> FrozenSet[str]:
    """The characters of a class body ("A-Z.'", no brackets); _GiveUp for what is not a plain set."""
    if body.startswith("^"):
        raise _GiveUp
    chars: set = set()
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            if index + 1 >= len(body) or body[index + 1].isalnum():
                raise _GiveUp  # \s, \d, \w ...: wide classes
            char = body[index + 1]
            index += 2
        else:
            index += 1
        if index + 1 < len(body) and body[index] == "-" and body[index + 1] != "\\":
            low, high = ord(char), ord(body[index + 1])
            if high < low or high - low > _MAX_CLASS:
                raise _GiveUp
            chars.update(chr(code) for code in range(low, high + 1))
            index += 2
        else:
            chars.add(char)
    return frozenset(chars)


def _first(pattern: str, ignore_case: bool) -> Tuple[FrozenSet[str], bool]:
    """(characters a match may start with, may the match be empty) for `pattern`; _GiveUp when
    it cannot tell."""
    parts = split_top(pattern)
    if parts is None:
        raise _GiveUp
    chars: set = set()
    nullable = False
    for part in parts:
        part_chars, part_nullable = _first_of_sequence(part, ignore_case)
        chars |= part_chars
        nullable = nullable or part_nullable
    return frozenset(chars), nullable


def _first_of_sequence(pattern: str, ignore_case: bool) -> Tuple[FrozenSet[str], bool]:
    chars: set = set()
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "^":
            index += 1
            continue  # the start of the line: takes no character
        if char == "\\":
            if index + 1 < len(pattern) and pattern[index + 1] == "s":
                item, item_nullable, end = frozenset({WHITESPACE}), False, index + 2
            elif index + 1 >= len(pattern) or pattern[index + 1].isalnum():
                raise _GiveUp  # other classes and anchors (\d, \b)
            else:
                item, item_nullable, end = frozenset(pattern[index + 1]), False, index + 2
        elif char == "[":
            end = class_end(pattern, index)
            if end < 0:
                raise _GiveUp
            item, item_nullable = _class_chars(pattern[index + 1:end - 1]), False
        elif char == "(":
            end = group_end(pattern, index)
            if end < 0:
                raise _GiveUp
            inner = pattern[index + 1:end - 1]
            case_blind = ignore_case
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1:]
            elif inner.startswith("?i:"):
                inner, case_blind = inner[3:], True
            elif inner.startswith("?"):
                raise _GiveUp  # look-arounds, other flags, references
            item, item_nullable = _first(inner, case_blind)
        elif char in ".$|)?*+{":
            raise _GiveUp
        else:
            item, item_nullable, end = frozenset(char), False, index + 1
        if ignore_case:
            item = frozenset(c for ch in item for c in ((ch,) if ch == WHITESPACE else (ch, ch.lower(), ch.upper())))
        if optional_after(pattern, end):
            item_nullable = True
        chars |= item
        if not item_nullable:
            return frozenset(chars), False
        # The item may be absent: the next one may open the match too. Skip its quantifier.
        index = end
        if index < len(pattern) and pattern[index] in "?*+":
            index += 1
            if index < len(pattern) and pattern[index] in "?+":
                index += 1  # lazy or possessive
        elif index < len(pattern) and pattern[index] == "{":
            index = pattern.index("}", index) + 1
            if index < len(pattern) and pattern[index] == "?":
                index += 1
    return frozenset(chars), True


def first_chars(pattern: str, ignore_case: bool = False) -> Optional[FrozenSet[str]]:
    """The characters every match of `pattern` (matched at a line's start) may begin with, or
    None when it cannot tell (or a match may be empty).

    >>> sorted(first_chars(r"^(?:©|\\(C\\)|Photo:?)\\s*"))
    ['(', 'P', '©']
    """
    try:
        chars, nullable = _first(pattern, ignore_case)
    except (_GiveUp, ValueError):
        return None
    return None if nullable else chars


class FirstChars:
    """`may_match(text)` is False only when the pattern cannot match at the start of `text`: a
    set lookup in front of an anchored match, which costs a Python call even when it fails at
    the first character."""

    __slots__ = ("chars", "ignore_case")

    def __init__(self, chars: Optional[FrozenSet[str]], ignore_case: bool = False) -> None:
        self.chars = chars  # None: always match
        self.ignore_case = ignore_case

    def __repr__(self) -> str:
        return f"FirstChars({self.chars!r}, ignore_case={self.ignore_case})"

    def may_match(self, text: str) -> bool:
        chars = self.chars
        if chars is None:
            return True
        first = text[:1]
        if first in chars:
            return first != ""
        if first.isspace() and WHITESPACE in chars:
            return True
        # Case-blind matching folds some non-ASCII letters to ASCII ones ("K" Kelvin sign to "k").
        return self.ignore_case and not first.isascii()


def first_chars_of(patterns: Sequence[str], ignore_case: bool = False) -> FirstChars:
    """The FirstChars of the alternation of `patterns`."""
    found: set = set()
    for pattern in patterns:
        chars = first_chars(pattern, ignore_case)
        if chars is None:
            return FirstChars(None, ignore_case)
        found |= chars
    return FirstChars(frozenset(found), ignore_case)
