"""First characters: the characters an anchored match of a pattern may start with, so that a line
opening with another skips the call (`first_chars`, `first_chars_of`). Like `prefilter`, it
understands the subset of regex syntax the vocabulary tables use and gives up (None) on anything
else, so a pattern it misreads costs speed, never a match."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Sequence, Tuple

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

    def may_open(self, first: str) -> bool:
        """`may_match` of one character, exact on a case-blind non-ASCII one too (`re`'s folding)."""
        if self.chars is None or not self.ignore_case or first.isascii():
            return self.may_match(first)
        return first in self.chars or (first.isspace() and WHITESPACE in self.chars) \
            or folds_to_any(first, self.chars)


#: In a `Gates` entry: the line opens with a character other than printable ASCII.
OTHER = frozenset(("other",))
#: The characters whose gates `Gates` keeps (the printable ASCII ones and the first others met).
GATES_KEPT = 4096


class Gates(Dict[str, Optional[FrozenSet[str]]]):
    """First character -> the names of `checks` (FirstChars each) that a line opening with it may
    pass, plus "other" for a character other than printable ASCII; made when first asked for
    (`gates[char]`). No checks (None): every line None, "try every check". Cyrillic lines had no
    gate and were tried on every check, the case-blind ones dearest."""

    def __init__(self, checks: Optional[Dict[str, FirstChars]]) -> None:
        super().__init__()
        self.checks = checks

    def __missing__(self, first: str) -> Optional[FrozenSet[str]]:
        if self.checks is None or not first:
            return None
        gate = frozenset(name for name, check in self.checks.items() if check.may_open(first))
        if not "!" <= first <= "~":
            gate |= OTHER
        if len(self) < GATES_KEPT:  # bounded, whatever characters a batch's lines open with
            self[first] = gate
        return gate


def first_chars_of(patterns: Sequence[str], ignore_case: bool = False) -> FirstChars:
    """The FirstChars of the alternation of `patterns`."""
    found: set = set()
    for pattern in patterns:
        chars = first_chars(pattern, ignore_case)
        if chars is None:
            return FirstChars(None, ignore_case)
        found |= chars
    return FirstChars(frozenset(found), ignore_case)


try:  # CPython's `re` internals: how a case-blind pattern compares one character with another
    from _sre import unicode_iscased as _iscased
    from _sre import unicode_tolower as _tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: a class of one character, compiled (and cached) by `re`
    _iscased = None  # type: ignore[assignment]


def folds_to(text_char: str, pattern_char: str) -> bool:
    """Does `pattern_char`, in a case-blind pattern, match `text_char`? As `re` compiles it: a cased
    character matches the characters whose lower case is its lower case or one of its extra folds
    (re._casefix), any other itself alone. No pattern is compiled (each would fill `re`'s cache)."""
    if _iscased is None:
        return re.fullmatch(re.escape(pattern_char), text_char, re.IGNORECASE) is not None
    if not _iscased(ord(pattern_char)):
        return text_char == pattern_char
    lower, seen = _tolower(ord(pattern_char)), _tolower(ord(text_char))
    return seen == lower or seen in _EXTRA_CASES.get(lower, ())


@lru_cache(maxsize=512)  # one a set of first characters: each is met again on every new character
def fold_keys(chars: FrozenSet[str]) -> Optional[FrozenSet[int]]:
    """The lower cases (code points) a character must have for a case-blind pattern opening with one of
    the cased `chars` to match it, as `folds_to` tests one at a time (a cased character's lower case
    and its extra folds): one set test in place of a call a character. None on another Python."""
    if _iscased is None:
        return None
    keys: set = set()
    for char in chars:
        if len(char) == 1 and _iscased(ord(char)):
            lower = _tolower(ord(char))
            keys.add(lower)
            keys.update(_EXTRA_CASES.get(lower, ()))
    return frozenset(keys)


def folds_to_any(text_char: str, chars: FrozenSet[str]) -> bool:
    """`any(folds_to(text_char, char) for char in chars if char != WHITESPACE)`, by `fold_keys`."""
    keys = fold_keys(chars)
    if keys is None:
        return any(folds_to(text_char, char) for char in chars if char != WHITESPACE)
    return text_char in chars or _tolower(ord(text_char)) in keys
