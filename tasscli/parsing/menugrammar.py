"""The menu and breadcrumb tests of a vocabulary (a part of `grammar.Grammar`): a site's menu row
("Home > World > Europe", "News | Sport | Video"), rubrics and menu words glued or spaced into one
line, and the section a breadcrumb names. Each pattern compiled when first used."""
from __future__ import annotations

import re
from functools import cached_property
from typing import FrozenSet, List, Optional, Pattern, Tuple

from tasscli.parsing.lines import menu_like
from tasscli.vocab import Vocabulary

#: A site's age mark ("16+", "18+") set at the end of its menu or breadcrumb row.
AGE_MARK = re.compile(r"\s+\d{1,2}\+$")

#: A site's control or menu row (`vocab.CONTROL_PATTERNS`, `Grammar.menu_row`) is at most this
#: long; the longer lines, most of a page's, are spared those tests.
CONTROL_LENGTH = 60


class MenuGrammar:
    """The menu and breadcrumb tests of `self.vocab` (mixed into `Grammar`)."""

    vocab: Vocabulary
    sections: FrozenSet[str]

    @cached_property
    def _menu_separator(self) -> Pattern[str]:
        return re.compile(rf"\s([{re.escape(self.vocab.menu_arrows + self.vocab.menu_bars)}])\s")

    @cached_property
    def _menu_item(self) -> Pattern[str]:
        return re.compile(r"[\w&'’-]+(?: [\w&'’-]+){0,2}")

    @cached_property
    def _breadcrumb(self) -> Pattern[str]:
        homes = "|".join(re.escape(home) for home in sorted(self.vocab.breadcrumb_homes, key=len, reverse=True))
        return re.compile(rf"(?:{homes})\s*[>»›]\s*\S", re.IGNORECASE)

    @cached_property
    def _menu_word(self) -> Pattern[str]:
        """One rubric, menu item or home word (`Vocabulary.sections`, `menu_items`, `breadcrumb_homes`),
        the longest first, glued to the next or spaced from it."""
        words = set(self.vocab.sections) | set(self.vocab.menu_items) | set(self.vocab.breadcrumb_homes)
        # (Ties in length in a fixed order: a set's order changes from process to process, and the
        # pattern cache keys patterns by their text.)
        alternation = "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))
        return re.compile(rf"(?:{alternation})(?![a-zа-яё])\s*")

    @cached_property
    def _menu_word_firsts(self) -> Tuple[str, ...]:
        """The first characters of `_menu_word`'s words (case-sensitive): a line opening otherwise
        holds no menu (no word is empty: each is a rubric or menu item as printed)."""
        words = set(self.vocab.sections) | set(self.vocab.menu_items) | set(self.vocab.breadcrumb_homes)
        return tuple({word[:1] for word in words}) if words and all(words) else ("",)

    def menu_words(self, text: str) -> Optional[List[str]]:
        """The items of a menu or breadcrumb printed as rubrics and menu words with no separator but
        spaces, or glued ("Новости Политика Экономика Спорт", "ГлавнаяПолитика"), else None."""
        items: List[str] = []
        at = 0
        while at < len(text):
            match = self._menu_word.match(text, at)
            if match is None:
                return None
            items.append(match.group().strip())
            at = match.end()
        return items

    def glued_breadcrumb(self, text: str) -> Optional[str]:
        """The section a breadcrumb from the site's home glued to its rubrics names ("ГлавнаяПолитика",
        "Главная Новости Политика": its last rubric), "" for a menu line of three or more rubrics and
        menu words ("Новости Политика Экономика Спорт"), None for any other line."""
        if len(text) > CONTROL_LENGTH or text[:1].islower() or not text.startswith(self._menu_word_firsts):
            return None
        items = self.menu_words(text)
        if not items or len(items) < 2:
            return None
        if items[0] in self.vocab.breadcrumb_homes:
            rubrics = [item for item in items[1:] if item in self.sections and item not in self.vocab.menu_items]
            return rubrics[-1] if rubrics else ""
        return "" if len(items) >= 3 else None

    def breadcrumb_section(self, text: str) -> Optional[str]:
        """The section a breadcrumb from the site's home names when it ends with the story's
        headline ("Главная > Новости дня > Headline", a last item too long for a rubric): the item
        just before it. None for any other line; one of short items only ("Home > Business >
        Energy") is the site's menu path (`menu_row`), naming no section; "" for the home and the
        headline alone ("Главная > Headline"), a breadcrumb naming none."""
        if not self._breadcrumb.match(text):
            return None
        items = [item.strip() for item in re.split(r"\s*[>»›]\s*", text)[1:] if item.strip()]
        if not items or menu_like(items[-1]):
            return None
        return items[-2] if len(items) > 1 and menu_like(items[-2]) else ""

    def crumb_rubric(self, text: str) -> Optional[str]:
        """The rubric a row of two items joined by an arrow names ("Site → Rubric 13+"): its last
        item when the tables list it as a rubric (`Vocabulary.sections`), else None ("Site →
        NorthKorea", a path the tables cannot tell from a menu's). A path from the home word
        ("Главная » Общество") is the site's menu path (`breadcrumb_section`), naming none."""
        separators = self._menu_separator.findall(text)
        if len(separators) != 1 or separators[0] not in self.vocab.menu_arrows:
            return None
        first, last = self._menu_separator.split(AGE_MARK.sub("", text) if text[-1:] == "+" else text)[::2]
        if first.strip().casefold() in self._home_words:
            return None
        return last.strip() if last.strip() in self.sections else None

    @cached_property
    def _home_words(self) -> FrozenSet[str]:
        return frozenset(home.casefold() for home in self.vocab.breadcrumb_homes)

    def menu_row(self, text: str) -> bool:
        """Is the line a breadcrumb or menu row (`vocab.MENU_ARROWS`, `vocab.MENU_BARS`)?"""
        separators = self._menu_separator.findall(text)
        if not separators:  # nearly every line: one scan (a gate before it cost more than it spared)
            return False
        if text[-1:] == "+":  # the site's age mark ending the row ("Site → Rubric 16+")
            text = AGE_MARK.sub("", text)
        items = self._menu_separator.split(text)[::2]
        arrows = any(separator in self.vocab.menu_arrows for separator in separators)
        return len(items) >= (2 if arrows else 3) and all(self._menu_item.fullmatch(item.strip()) for item in items)
