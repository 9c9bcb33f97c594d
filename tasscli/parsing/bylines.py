"""The byline patterns of a vocabulary (a part of `grammar.Grammar`): "By Name", "Written by Name
and Name", "Author: Name", "Name, Staff Writer", "Name | TASS". Each compiled when first used."""
from __future__ import annotations

import re
from functools import cached_property
from typing import FrozenSet, Pattern, Tuple

from tasscli.parsing.letters import CYRILLIC_UPPER
from tasscli.vocab import Vocabulary

_BYLINE_NAME = rf"[A-Z{CYRILLIC_UPPER}][\w'.\-]+(?:\s+[A-Z{CYRILLIC_UPPER}][\w'.\-]+){{0,3}}"


def _byline_names(roles: str, joiners: Tuple[str, ...] = ("and",)) -> str:
    """A byline's names ("Name", "NAME", "Name and Name", "Name, Name & Name"), none of them one of
    `roles` (an alternation): in "Name, Staff Writer" the role is no second name. `joiners`: the
    words between two names (`Vocabulary.byline_joiners`)."""
    words = "|".join(re.escape(word) for word in joiners) or "and"
    return rf"{_BYLINE_NAME}(?:(?:\s*,\s*|\s+(?:{words})\s+|\s*&\s*)(?!(?:{roles})\b){_BYLINE_NAME}){{0,3}}"


class BylineGrammar:
    """The byline patterns of `self.vocab` (mixed into `Grammar`)."""

    vocab: Vocabulary

    @cached_property
    def _byline_openers(self) -> Tuple[str, ...]:
        """`Vocabulary.byline_openers` as `str.startswith` takes them; ("",) (every line) when one
        is empty."""
        openers = tuple(self.vocab.byline_openers)
        return openers if openers and all(openers) else ("",)

    def byline_may_open(self, text: str) -> bool:
        """False when `byline` cannot match the line: it opens with "-", one white space character
        (each maybe absent) and then one of the openers, printed as in the table (the pattern is
        case-sensitive). A string test where a failing match cost a call."""
        openers = self._byline_openers
        if text.startswith(openers):
            return True
        first = text[:1]
        if first == "-" or first.isspace():
            if text.startswith(openers, 1):
                return True
            return first == "-" and text[1:2].isspace() and text.startswith(openers, 2)
        return False

    @cached_property
    def byline(self) -> Pattern[str]:
        """A byline line: "By Name", "Written by Name and Name", "Author: Name", "By Name, Agency",
        "By Name | AP", "-By Name - TASS", "By: Name / Staff reporter"; the names (`name`), and what
        follows them (`agency`: an agency, "AP writer", "TASS correspondent"; not a role of
        `Vocabulary.byline_roles`, which names none)."""
        openers = sorted(self.vocab.byline_openers, key=len, reverse=True)  # the longest first
        words = "|".join(re.escape(o) for o in openers if o[-1:] != ":")
        colons = "|".join(re.escape(o) for o in openers if o[-1:] == ":")
        opener = "|".join(filter(None, (words and rf"(?:{words})\s+", colons and rf"(?:{colons})\s*")))
        roles = self._byline_roles
        return re.compile(rf"^-?\s?(?:{opener})(?P<name>{_byline_names(roles, self.vocab.byline_joiners)})"
                          rf"(?:\s*(?:,|\||/|[-–])\s*(?:(?:{roles})"
                          rf"|(?P<agency>[A-Z{CYRILLIC_UPPER}][\w.&'’ ]{{1,40}}?)):?)?$")

    @cached_property
    def _byline_roles(self) -> str:
        """`Vocabulary.byline_roles` as an alternation, the longest first."""
        return "|".join(re.escape(role) for role in sorted(self.vocab.byline_roles, key=len, reverse=True))

    @cached_property
    def byline_role_ends(self) -> FrozenSet[str]:
        """The last words of `Vocabulary.byline_roles` and `byline_signatures`: a line ending
        otherwise is spared byline_role."""
        return frozenset(role.split()[-1] for role in self.vocab.byline_roles + self.vocab.byline_signatures
                         + self.vocab.byline_agencies)

    @cached_property
    def byline_role(self) -> Pattern[str]:
        """A byline without an opener, its names before a role: "Name, Staff Writer", "Name | Reporter",
        or before an agency's signature with no separator ("Имя Фамилия ИА REGNUM")."""
        roles = self._byline_roles
        signatures = "|".join(re.escape(sig) for sig in sorted(self.vocab.byline_signatures, key=len, reverse=True))
        after = rf"\s*(?:,|\||[-–])\s*(?:{roles})" + (rf"|\s+(?:{signatures})" if signatures else "")
        # A reposting site's byline naming the agency after the names: "Anna Petrova | TASS".
        agencies = "|".join(re.escape(a) for a in sorted(self.vocab.byline_agencies, key=len, reverse=True))
        if agencies:
            after += rf"|\s*(?:,|\||/|[-–—])\s*(?P<agency>{agencies})"
        return re.compile(rf"(?P<name>{_byline_names(roles, self.vocab.byline_joiners)})(?:{after})")
