"""A whole-line alternation of many patterns, each tried only on the lines it may match (issue 23).

`re` tries an alternation's branches one after another at the line's start; with IGNORECASE it
cannot skip a branch on its first character (it can only for a case-sensitive literal), so a
line that matches none of FURNITURE_PATTERNS' 89 branches went down all 89: about 20 us a line,
the parser's dearest single call. `Gated` splits the branches by the first characters they may
open with (`firstchars.first_chars`): a line is tried on one alternation of the branches its first
character allows, compiled once per such set of branches and shared by the characters that allow
the same set. A branch that may open with any character (".{2,60}©", "\\d+ pages? ...") is tried
alone, and on an ASCII line only where one of its required strings (`prefilter`) is in the line.

`fullmatch(text)` is True exactly where `(?:p1|p2|...)SUFFIX` compiled with `flags` fullmatches
`text`: an alternation fullmatches where one of its branches does (the engine backtracks into
the next branch when the rest fails), and each gate drops only branches that cannot.
"""
from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional, Pattern, Sequence, Tuple

from tasscli.parsing.firstchars import WHITESPACE, first_chars, folds_to_any
from tasscli.parsing.prefilter import ascii_equivalent, literal_sets

#: A branch that may open with any character: strings one of which each of its matches holds
#: (None: no test), whether they are tested on any line (else on an ASCII line in lower case),
#: and the branch compiled alone.
Open = Tuple[Optional[Tuple[str, ...]], bool, Pattern[str]]
#: What a line opening with one character is tried on: the alternation of the branches that may
#: open with it (None: none may), and the open branches.
Entry = Tuple[Optional[Pattern[str]], Tuple[Open, ...]]


class Gated:
    """The alternation of `patterns` + `suffix` compiled with `flags`, split by first character."""

    def __init__(self, patterns: Sequence[str], flags: int = 0, suffix: str = "") -> None:
        self.patterns, self.flags, self.suffix = tuple(patterns), flags, suffix
        # (A plain bool: `flags & re.IGNORECASE` is an enum's Python-level __and__, on every line.)
        self.ignore_case = ignore_case = bool(flags & re.IGNORECASE)
        self._alternations: Dict[Tuple[int, ...], Optional[Pattern[str]]] = {}
        self.firsts = [first_chars(pattern, ignore_case) for pattern in self.patterns]
        self.opens: Tuple[Open, ...] = tuple(
            (*_needs(pattern, ignore_case), self._compile((index,)))
            for index, pattern in enumerate(self.patterns) if self.firsts[index] is None)
        self.entries: Dict[str, Entry] = {}
        # Every printable ASCII character's entry now: made when first met, a character first met
        # late in a batch would compile its alternation there (each is one compile, many lines' cost).
        for code in range(0x21, 0x7F):
            self.entry(chr(code))

    def _compile(self, indices: Tuple[int, ...]) -> Optional[Pattern[str]]:
        if not indices:
            return None
        if indices not in self._alternations:
            branches = "|".join(self.patterns[index] for index in indices)
            self._alternations[indices] = re.compile(f"(?:{branches}){self.suffix}", self.flags)
        return self._alternations[indices]

    def entry(self, first: str) -> Entry:
        """The entry of the lines opening with `first` (one character, or "" for an empty line), kept."""
        found = self.entries.get(first)
        if found is None:
            found = self.entries[first] = (self._compile(self._opening(first)), self.opens)
        return found

    def _opening(self, first: str) -> Tuple[int, ...]:
        """The branches of known first characters that a line opening with `first` may match."""
        chosen: List[int] = []
        for index, chars in enumerate(self.firsts):
            if chars is not None and _may_open(chars, first, self.ignore_case):
                chosen.append(index)
        return tuple(chosen)

    def fullmatch(self, text: str) -> bool:
        entry = self.entries.get(text[:1])
        if entry is None:
            entry = self.entry(text[:1])
        alternation, opens = entry
        if alternation is not None and alternation.fullmatch(text) is not None:
            return True
        if not opens:
            return False
        # Case-blind matching agrees with str.lower() on ASCII text only (as in `prefilter`).
        lowered = text.lower() if self.ignore_case and text.isascii() else None
        for strings, anywhere, pattern in opens:
            probe = text if anywhere else lowered
            if strings is not None and probe is not None:
                for string in strings:
                    if string in probe:
                        break
                else:
                    continue  # none of the strings it needs: the branch cannot match
            if pattern.fullmatch(text) is not None:  # type: ignore[union-attr]
                return True
        return False


def _caseless(char: str) -> bool:
    """Does case-blind matching match `char` with itself alone? (Not a letter, and no case mapping:
    "|", "©", "@", digits; a circled letter has one.)"""
    return not char.isalpha() and char.lower() == char == char.upper() == char.casefold()


def _needs(pattern: str, ignore_case: bool) -> Tuple[Optional[Tuple[str, ...]], bool]:
    """Strings one of which a branch's matches hold (`prefilter.literal_sets`), and whether they are
    tested on any line: so when matching is case-sensitive or they are caseless; else on an ASCII
    line in lower case, where a string with a character no ASCII character matches case-blind cannot
    stand (and a set with one that some does, the Kelvin sign, is not tested)."""
    # One set a branch: the rarest by a rough rule, a set of signs ("©", "|", "@", "!") before one
    # of letters, digits and stops, then the longest strings.
    sets = sorted(literal_sets(pattern), key=lambda found: (
        all(_COMMON.fullmatch(string) for string in found), -min(map(len, found)), len(found), sorted(found)))
    if not sets:
        return None, True
    strings = tuple(sorted(sets[0], key=lambda string: (len(string), string)))
    if not ignore_case or all(_caseless(char) for string in strings for char in string):
        return strings, True
    if any(ascii_equivalent(char) for string in strings for char in string if not char.isascii()):
        return None, True
    return tuple(string.lower() for string in strings if string.isascii()), False


#: The characters of most lines: a needed string of them alone tells little.
_COMMON = re.compile(r"[\w\s.,]+")


def _may_open(chars: FrozenSet[str], first: str, ignore_case: bool) -> bool:
    """May a branch whose matches open with one of `chars` match a line opening with `first`?"""
    if first == "":
        return False  # a branch with first characters takes at least one
    if first in chars:
        return True
    if first.isspace():
        return WHITESPACE in chars
    if not ignore_case:
        return False
    if first.isascii() and all(char.isascii() for char in chars):
        return False  # `chars` holds both cases of each letter (first_chars, ignore_case)
    # Case-blind: `re`'s own folding decides (it folds some characters to others str.lower() does
    # not: "ſ" to "s", the Kelvin sign to "k").
    return folds_to_any(first, chars)
