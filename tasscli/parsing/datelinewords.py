"""The tables of a vocabulary the dateline grammar (`datelines`) reads besides its months and agencies,
gathered once per vocabulary, and the place pattern built over them."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Tuple

from tasscli.parsing.letters import CYRILLIC_UPPER, LETTER, UPPER
from tasscli.vocab import DEFAULT, Vocabulary

#: A place: capitalised words joined by spaces or slashes ("NUR-SULTAN", "MOSCOW/JAKARTA"). A
#: hyphen belongs to its word only: as a joiner too, "AA-AA-AA-..." could be split 2^n ways, and a
#: line of such words took minutes to fail.
#: A lower-case particle may join two of its words: "Alcala de Henares", "Frankfurt am Main".
PLACE_PARTICLES = r"(?:de|del|de la|da|do|di|am|an der|upon|sur|les)"
#: A place's word after its first, maybe a ship's or station's name in quotes ("THE “ROSSIA” ICEBREAKER").
#: ("ABOARD THE “AKADEMIK FEDOROV”": up to four words in the quotes, so that a failing match is short.)
QUOTED_WORD = (rf"(?:[{UPPER}][{LETTER}0-9.'’\-]*"
               rf"|[“\"][{UPPER}][{LETTER}0-9.'’\-]*(?: [{UPPER}][{LETTER}0-9.'’\-]*){{0,3}}[”\"])")
PLACE_WORDS = rf"[{UPPER}][{LETTER}0-9.'’\-]*(?:[ /](?:{PLACE_PARTICLES} )?{QUOTED_WORD})*"
#: A Russian place in mixed case, one to three words ("Москва", "Нижний Новгород", "Ростов-на-Дону").
PLACE_RU = rf"[{CYRILLIC_UPPER}][а-яё]+(?:-[{CYRILLIC_UPPER}а-яё][а-яё]+)*(?: [{CYRILLIC_UPPER}][а-яё]+){{0,2}}"


def place_pattern(generics: Tuple[str, ...]) -> str:
    """A place (`PLACE_WORDS`), maybe with a region's generic word after its name ("Хабаровский
    край"): `generics` is the vocabulary's `place_generics`."""
    return rf"{PLACE_WORDS}(?: (?:{'|'.join(generics)})(?![{LETTER}]))?"


class DatelineWords:
    """The tables of a vocabulary the dateline grammar reads besides its months and agencies
    (`Vocabulary.place_generics`, `reporter_marks`, `reporter_roles`, `reporter_for`, `weekdays`,
    `hijri_months`, `day_words_ru`), and the place pattern built over them: made once per distinct tables
    (`dateline_words`), so the grammar holds one and the shapes are cached by it."""

    __slots__ = ("key", "place_generics", "reporter_marks", "reporter_roles", "reporter_for", "weekdays",
                 "hijri_months", "day_words_ru", "place", "leading_place")

    def __init__(self, key: Tuple[Tuple[str, ...], ...]) -> None:
        self.key = key
        (self.place_generics, self.reporter_marks, self.reporter_roles, self.reporter_for, self.weekdays,
         self.hijri_months, self.day_words_ru) = key
        self.place = place_pattern(self.place_generics)
        self.leading_place = re.compile(self.place)


@lru_cache(maxsize=8)
def _dateline_words(key: Tuple[Tuple[str, ...], ...]) -> DatelineWords:
    return DatelineWords(key)


@lru_cache(maxsize=8)  # by the vocabulary (hashed by identity, as `grammar` is): listings ask once a page
def dateline_words(vocab: Vocabulary = DEFAULT) -> DatelineWords:
    """The dateline grammar's tables of `vocab` (one object for equal tables)."""
    return _dateline_words((tuple(vocab.place_generics), tuple(vocab.reporter_marks), tuple(vocab.reporter_roles),
                            tuple(vocab.reporter_for), tuple(vocab.weekdays), tuple(vocab.hijri_months),
                            tuple(vocab.day_words_ru)))
