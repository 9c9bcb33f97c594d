"""Required literals: a cheap substring test that tells when a regex search cannot match.

A search such as "does this paragraph end with an agency's sign-off?" tries its whole alternation at
every position of the text, and on most paragraphs finds nothing. Every sign-off, though, prints
some fixed text ("(end)", "==Kyodo", "Our editorial staff can be reached"): when none of those
strings is in the text, the search cannot succeed, and a few `in` tests are much cheaper than it.
This is the prefilter that grep-like tools put in front of a regex.

`required_literals(pattern)` reads a pattern and returns a set of strings such that every match
contains at least one of them, or None when it cannot tell (the caller then always searches).
`firstchars.first_chars(pattern)` does the same for an anchored match: the characters a match may start
with, so a line opening with another skips the call. Both understand the subset of regex syntax
the vocabulary tables use and give up (None) on anything else, so a pattern they misread costs
speed, never a match.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

from tasscli.parsing.patternsyntax import class_end, group_end, optional_after, split_top

#: A run of the characters `_sequence` reads as themselves (none of the syntax it handles).
_PLAIN = re.compile(r"[^\\\[(?*+{.^$\]})|]+")


class _Scan:
    """`_sequence`'s reading of one alternative: the literals found so far (`candidates`, each a set
    one of which every match contains) and the run of literal characters being read. Each step
    reads one token at `index` and returns the index after it, or -1: cannot tell."""

    __slots__ = ("pattern", "candidates", "run")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.candidates: List[FrozenSet[str]] = []
        self.run: List[str] = []

    def flush(self) -> None:
        if self.run:
            self.candidates.append(frozenset({"".join(self.run)}))
            self.run.clear()

    def escape(self, index: int) -> int:
        pattern = self.pattern
        if index + 1 >= len(pattern):
            return -1
        escaped = pattern[index + 1]
        index += 2
        if escaped.isalnum() or optional_after(pattern, index):
            self.flush()  # a class (\s, \d), an anchor (\b), a reference, or an optional character
        else:
            self.run.append(escaped)
        return index

    def group(self, index: int) -> int:
        pattern = self.pattern
        self.flush()
        end = group_end(pattern, index)
        if end < 0:
            return -1
        inner = pattern[index + 1:end - 1]
        optional = optional_after(pattern, end)
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1:]
        elif inner.startswith("?") and re.match(r"\?[aiLmsux]+\)?$", inner + ")"):
            return -1  # flags for the whole pattern ("(?i)"): literals would not be literal
        elif inner.startswith("?"):
            optional = True  # look-arounds, scoped flags, references: nothing sure to read
        if not optional:
            found = required_literals(inner)
            if found:
                self.candidates.append(found)
        return end

    def quantifier(self, index: int) -> int:
        pattern = self.pattern
        char = pattern[index]
        if char == "{" and not re.match(r"\{\d*(?:,\d*)?\}", pattern[index:]):
            self.run.append(char)  # a literal brace
            return index + 1
        # Only a literal still in the run can be what the quantifier repeats (classes, groups
        # and escapes flushed it): "?", "*" and "{0,n}" make it optional, so it leaves the run.
        if self.run and char != "+":
            self.run.pop()
        self.flush()
        return pattern.index("}", index) + 1 if char == "{" else index + 1


def _sequence(pattern: str) -> Optional[FrozenSet[str]]:
    """Literals one of which every match of a single alternative (no top-level "|") contains."""
    candidates = _sequence_sets(pattern)
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


def _sequence_sets(pattern: str) -> Optional[List[FrozenSet[str]]]:
    """Sets of literals such that every match of a single alternative contains one of each."""
    scan = _Scan(pattern)
    run = scan.run
    index = 0
    length = len(pattern)
    while index < length:
        char = pattern[index]
        if char == "\\":
            index = scan.escape(index)
            if index < 0:
                return None
        elif char == "[":
            scan.flush()
            index = class_end(pattern, index)
            if index < 0:
                return None
        elif char == "(":
            index = scan.group(index)
            if index < 0:
                return None
        elif char in "?*+{":
            index = scan.quantifier(index)
        elif char in ".^$]}":
            scan.flush()
            index += 1
        elif char in ")|":
            return None
        else:  # a run of plain characters, read with one match (see _PLAIN)
            plain = _PLAIN.match(pattern, index)
            run.extend(plain.group())  # type: ignore[union-attr]  # `char` itself is one
            index = plain.end()  # type: ignore[union-attr]
    scan.flush()
    return scan.candidates


def _selectivity(found: FrozenSet[str]) -> float:
    """Longer literals are rarer in text, and so is one literal against a set of alternatives
    ("(" beats {"st", "nd", "rd", "th"})."""
    return min(len(text) for text in found) - 0.5 * (len(found) - 1)


def required_literals(pattern: str) -> Optional[FrozenSet[str]]:
    """Strings one of which every match of `pattern` contains, or None (cannot tell).

    >>> sorted(required_literals(r"==Kyodo|\\(PNA\\)|[-–]\\s*IANS"))
    ['(PNA)', '==Kyodo', 'IANS']
    """
    parts = split_top(pattern)
    if parts is None:
        return None
    found: set = set()
    for part in parts:
        literals = _sequence(part)
        if not literals:
            return None
        found |= literals
    return frozenset(found)


def literal_sets(pattern: str) -> List[FrozenSet[str]]:
    """Sets of strings such that every match of `pattern` holds one string of each set (none: cannot
    tell). A pattern of one alternative gives each set it reads ("©" and {"19", "20"} for
    "[^©]{2,60}©\\s*(?:19|20)\\d\\d"), one of several `required_literals`."""
    parts = split_top(pattern)
    if parts is not None and len(parts) == 1:
        return [found for found in (_sequence_sets(pattern) or []) if found]
    found = required_literals(pattern)
    return [found] if found else []


class Prefilter:
    """`may_match(text, start)` is False only when the pattern cannot match in `text[start:]`."""

    __slots__ = ("literals", "ignore_case", "_search", "folded", "_search_folded")

    #: Past this many literals one search for all of them (a plain alternation) beats an `in` test
    #: for each; below it, compiling the alternation costs more than a page's tests save.
    MANY = 12

    def __init__(self, literals: Optional[Tuple[str, ...]], ignore_case: bool = False,
                 folded: Optional[Tuple[str, ...]] = None) -> None:
        self.literals = literals  # None: always search
        self.ignore_case = ignore_case
        # Case-blind, for non-ASCII text: every literal `fold`ed (None: such text is always searched).
        self.folded = folded
        self._search: Optional[Callable[[str], Optional[re.Match[str]]]] = None  # compiled when first needed
        self._search_folded: Optional[Callable[[str], Optional[re.Match[str]]]] = None

    def __repr__(self) -> str:
        return f"Prefilter({self.literals!r}, ignore_case={self.ignore_case})"

    def may_match(self, text: str, start: int = 0, end: Optional[int] = None) -> bool:
        """Only `text[start:end]` is looked at (a match must lie in it)."""
        literals = self.literals
        if literals is None:
            return True
        window = text[start:end] if start or (end is not None and end < len(text)) else text
        if self.ignore_case:
            # Case-blind regex matching agrees with str.lower() on ASCII text only; other text is
            # tested `fold`ed, on the literals folded alike (issue 23: Cyrillic paragraphs all passed).
            if not window.isascii():
                return self._may_match_folded(window)
            window = window.lower()
        if len(literals) > self.MANY:
            if self._search is None:
                self._search = _alternation(literals)
            return self._search(window) is not None
        return _holds_any(window, literals)

    def _may_match_folded(self, window: str) -> bool:
        folded = self.folded
        if folded is None:
            return True
        window = fold(window)
        if len(folded) > self.MANY:
            if self._search_folded is None:
                self._search_folded = _alternation(folded)
            return self._search_folded(window) is not None
        return _holds_any(window, folded)


def _alternation(literals: Tuple[str, ...]) -> Callable[[str], Optional[re.Match[str]]]:
    """One search for many literals (cheaper than an `in` test each, past `Prefilter.MANY`)."""
    return re.compile("|".join(re.escape(literal) for literal in literals)).search


def _holds_any(window: str, literals: Tuple[str, ...]) -> bool:
    for literal in literals:
        if literal in window:
            return True
    return False


#: Matches a character case-blind equal to some ASCII character: the ASCII ones and four others
#: ("İ", "ı", "ſ", the Kelvin sign). One pattern, where a pattern a character tried against all 128
#: ASCII characters compiled a pattern for every Cyrillic letter of the vocabulary at start-up
#: (checked equal over every code point below U+30000).
_ASCII_CASEBLIND = re.compile(r"[\x00-\x7f]", re.IGNORECASE)


def ascii_equivalent(char: str) -> bool:
    """Does `char` match some ASCII character case-blind?"""
    return _ASCII_CASEBLIND.fullmatch(char) is not None


def prefilter(patterns: Sequence[str], ignore_case: bool = False) -> Prefilter:
    """The prefilter of the alternation of `patterns`."""
    found: set = set()
    for pattern in patterns:
        literals = required_literals(pattern)
        if not literals:
            return Prefilter(None, ignore_case)
        found |= literals
    folded = _shortest({fold(literal) for literal in found}) if ignore_case and _FOLD is not None else None
    if ignore_case:
        # `may_match` tests only ASCII text (see there). A literal with a character no ASCII letter
        # matches case-blind ("…", "©", "Читать") cannot be in such text: it drops out. One with
        # a character that does ("K", the Kelvin sign, matches "k") leaves no test.
        if any(ascii_equivalent(char) for literal in found for char in literal if not char.isascii()):
            return Prefilter(None, ignore_case, folded)
        found = {literal.lower() for literal in found if literal.isascii()}
        if not found:  # every match holds a character ASCII text has not
            return Prefilter((), ignore_case, folded)
    return Prefilter(_shortest(found), ignore_case, folded)


def _shortest(found: set) -> Tuple[str, ...]:
    """`found` without the literals that hold another, shortest first."""
    # A literal holding another is found only where that one is: keep the shorter. Shorter
    # literals first: they are found sooner when several would do. Ties in text order, so that
    # the alternation is the same pattern in every process (set order is not; see patterncache).
    # Tested against the shorter literals kept so far only: one that holds a dropped literal holds
    # the kept one inside that too. (`map` with a bound method: a table of agency names, 80 literals,
    # took 10 million instructions, a generator expression a pair.)
    kept: List[str] = []
    for literal in sorted(found, key=lambda literal: (len(literal), literal)):
        if not any(map(literal.__contains__, kept)):
            kept.append(literal)
    return tuple(kept)


def _fold_table() -> Optional[Dict[int, Optional[str]]]:
    """`fold`'s table: each character of a class `re` matches case-blind beyond lower case
    (re._casefix: "ſ" and "s", "ς" and "σ", "ᲀ" and "в") to one of the class; U+0307 dropped."""
    try:  # CPython's `re` internals (as gated.py reads them)
        from re._casefix import _EXTRA_CASES
    except ImportError:  # another Python: non-ASCII text is not tested
        return None
    canon: Dict[int, int] = {}
    for _ in range(3):  # classes of up to 4 members: a few passes reach each class's least one
        for lower, others in _EXTRA_CASES.items():
            least = min(canon.get(code, code) for code in (lower, *others))
            for code in (lower, *others):
                canon[code] = min(canon.get(code, code), least)
    table: Dict[int, Optional[str]] = {code: chr(least) for code, least in canon.items() if code != least}
    table[0x307] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` such that where a case-blind pattern's literal L matches in `text`, fold(L) is in
    fold(text): lower case (str.lower's mapping is `re`'s, one character to one, but for "İ", which
    becomes "i" and a combining dot U+0307, and a final "Σ", which becomes "ς"), then `re`'s extra
    classes made one character (ς and σ alike) and U+0307 dropped (it matches only itself, so
    dropping it from both sides keeps every match)."""
    if _FOLD is None:
        return text
    lowered = text.lower()
    # translate() looks each character up in the table (a dict, keyed by int): on text holding
    # none of its few characters (most text) one scan for them is cheaper and gives the same.
    global _FOLDED_CHAR
    if _FOLDED_CHAR is None:
        _FOLDED_CHAR = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]").search
    return lowered.translate(_FOLD) if _FOLDED_CHAR(lowered) else lowered


#: Finds a character `fold`'s table changes; compiled when first needed (a page of non-ASCII text).
_FOLDED_CHAR: Optional[Callable[[str], Optional[re.Match[str]]]] = None
