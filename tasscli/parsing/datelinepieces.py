"""The pieces the dateline shapes (`datelines`) are written over: places, dashes, an agency the
table lacks, a correspondent's names, a date, an agency's marks, built once per month table, agency
table and vocabulary's words (`Pieces`)."""
from __future__ import annotations

import re
from typing import List, Tuple

from tasscli.parsing.agencies import Agency
from tasscli.parsing.datelinewords import DatelineWords
from tasscli.parsing.dates.forms import month_pattern
from tasscli.parsing.hijri import hijri_date
from tasscli.parsing.letters import CYRILLIC_UPPER, LETTER, UPPER

PLACE_UPPER = rf"[{UPPER}][{UPPER}.'’\-]+(?:[ /][{UPPER}][{UPPER}.'’\-]+)*"
DASHES = r"(?:——|—|–|--|-|―)"
LONG_DASHES = r"(?:——|—|–|--|―)"
#: An agency's name the table lacks, as printed in its marks: one to three capitalised words.
UNLISTED = rf"[{UPPER}][{LETTER}0-9.&'’]{{1,15}}(?:[ -][{UPPER}][{LETTER}0-9.&'’]{{1,15}}){{0,2}}"
#: An agency the table lacks printed bare in Latin capitals ("KAZAKHSTAN TODAY", "AKIPRESS.ORG").
CAPS_AGENCY = r"[A-Z][A-Z0-9&'’.\-]{1,20}(?: [A-Z][A-Z0-9&'’.\-]{1,20}){0,2}"
#: A correspondent's names inside the marks after the agency ("/Корр. ТАСС Имя Фамилия/"): up to
#: six capitalised words, maybe separated by commas.
REPORTER_NAMES = rf"(?:\s+[{UPPER}][{LETTER}.'’\-]*(?:,?\s+[{UPPER}][{LETTER}.'’\-]*){{0,5}})"
#: A correspondent's names before "for" and the agency inside the marks: up to four capitalised words.
REPORTER_BEFORE = rf"[{UPPER}][{LETTER}.'’\-]*(?:\s+[{UPPER}][{LETTER}.'’\-]*){{0,3}}"

#: A reporter's name after an agency printed bare ("МОСКВА, 3 июн — РИА Новости, Анна Белова."):
#: two or three capitalised words after a comma.
BYLINE_AFTER = rf"(?P<reporter>,\s*[{UPPER}][{LETTER}\-]+(?:\s+[{UPPER}][{LETTER}\-]+){{1,2}})"
#: A regional service's name after an agency's printed bare, before the dateline's closing point
#: ("РИА Новости Крым."): one capitalised Cyrillic word.
REGIONAL_SERVICE = rf"\s[{CYRILLIC_UPPER}][а-яё]{{2,20}}(?=\.)"
#: What may open a story's first sentence after a dateline: a capital of either script, a quote.
STORY_OPENERS = rf"A-Z{CYRILLIC_UPPER}\"“«„"


def case_blind_distinct(forms: List[str]) -> List[str]:
    """`forms` without those that match case-blind what an earlier one does ("KAZINFORM" after
    "Kazinform"): inside the marks the names match case-blind, and the repeats cost only compile
    time (the case-blind alternation is most of the marked shape's). A form with a letter escape
    (whose case matters, as in \\S) is always kept."""
    seen = set()
    kept = []
    for form in forms:
        key = form.lower()
        if key in seen and not re.search(r"\\[A-Za-z]", form):
            continue
        seen.add(key)
        kept.append(form)
    return kept


#: An ordinal's letters after a day ("22nd October").
ORDINAL = r"(?:st|nd|rd|th)?"


def _date_piece(mon: str, hijri_months: Tuple[str, ...]) -> str:
    """A dateline's date: month-first or day-first, maybe with an ordinal and a year, maybe after
    a Hijri date (of `hijri_months`)."""
    ordinal = ORDINAL
    # No "." after a day-first month: the month table holds the abbreviations with theirs, and in
    # "MOSCOW, 17 April. /TASS/." the "." closes the date.
    # "30-май": a day joined to its month by a hyphen (Sputnik's Russian services).
    date = (rf"(?:(?:{mon})\.?\s+\d{{1,2}}{ordinal}|\d{{1,2}}{ordinal}(?:\s+|-)(?:{mon}))"
            rf"(?:,?\s+(?:19|20)\d\d(?!\d))?")
    # A Hijri date, maybe followed by the Gregorian one: "Shawwal 9, 1438, Jul 3, 2017".
    return rf"(?:{hijri_date(hijri_months)}(?:,\s*{date})?|{date})"


def _mark_piece(blind: str, date: str, reporters: str, words: DatelineWords) -> str:
    """An agency's marks: /AGENCY/ (maybe with a service, a correspondent's mark and names, or
    "NAMES for AGENCY") or (AGENCY) (maybe after a partner, maybe with a date)."""
    # A correspondent's role and names after the agency inside the marks ("/TASS Correspondent Ivan
    # Petrov/"): the role from the table, then one to four capitalised words.
    role_names = rf"(?:\s+(?i:{'|'.join(re.escape(role) for role in words.reporter_roles)})\s+{REPORTER_BEFORE})"
    # Inside the marks: the agency, maybe after a partner or a reposting site ("PNA/", "NNN-",
    # "UrduPoint News / ") and before "News", maybe with a date ("... - 22nd October, 2019").
    inside = (rf"(?P<agency>(?:[^()\n]{{0,60}}?[\s/\-])?(?i:{blind})(?:\s+News(?:\s+Agency)?)?)"
              rf"(?:{role_names})?(?:\s*-\s*(?P<date2>{date}))?")
    # "/Ivan Petrov for ITAR-TASS/": a correspondent's names, then "for" and the agency.
    for_words = "|".join(re.escape(word) for word in words.reporter_for)
    # "/Prime-TASS/": an agency's service before its name, as inside brackets.
    # "/Корр. ТАСС Имя Фамилия/": a correspondent's mark and names around the agency.
    return (rf"(?:/\s?(?:(?P<agency_slash>(?:[A-Za-z]{{2,12}}-)?(?i:{blind})){role_names}?"
            rf"|(?i:{reporters})\s*(?P<agency_rep>(?i:{blind})){REPORTER_NAMES}?"
            rf"|{REPORTER_BEFORE}\s+(?:{for_words})\s+(?P<agency_for>(?i:{blind})))\s?/"
            rf"|\(\s*{inside}\s*\))")


class Pieces:
    """The pieces the shapes are written over, for one month table, one agency table and one
    vocabulary's other words."""

    __slots__ = ("mon", "printed", "date", "region", "country", "reporters", "mark", "tail", "bare", "place",
                 "weekdays", "day_words_ru")

    def __init__(self, months_key: Tuple[Tuple[str, int], ...], agencies: Tuple[Agency, ...],
                 words: DatelineWords) -> None:
        self.place, self.weekdays, self.day_words_ru = words.place, words.weekdays, words.day_words_ru
        self.mon = month_pattern(dict(months_key))
        forms = sorted((form for agency in agencies for form in agency.printed), key=len, reverse=True)
        self.printed = printed = "|".join(forms)
        blind = "|".join(case_blind_distinct(forms))
        self.date = _date_piece(self.mon, words.hijri_months)
        self.region = (r"(?:\s*/(?P<region_slash>[^/\n]{2,60})/|\s*\((?P<region_paren>[^()\n]{2,60})\)"
                       r"|\s*\[(?P<region_sq>[^\]\n]{2,40})\])")
        # A region's abbreviation keeps its point before the marks: "ROSEVILLE, Minn. (AP) —".
        self.country = r"(?:,\s*(?P<country>[A-Z][a-z]{1,4}\.(?=\s*\()|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}))"
        self.reporters = "|".join(re.escape(mark) for mark in sorted(words.reporter_marks, key=len, reverse=True))
        self.mark = _mark_piece(blind, self.date, self.reporters, words)
        # A dated dateline on its own line may be followed by the date again with its year:
        # "NAIROBI, Dec 23 (AFP) Dec 23, 2005" (the year is read off the dateline's text).
        dated = (rf"(?:(?:{self.mon})\.?\s+\d{{1,2}}{ORDINAL}|\d{{1,2}}{ORDINAL}\s+(?:{self.mon}))"
                 rf",?\s+(?:19|20)\d\d")
        # "." and a dash together close EFE's marks: "Madrid, Mar 18 (EFE).-".
        self.tail = rf"(?P<tail>\s+{dated}\s*$|\s*(?:\.\s?{DASHES}+|\.|:|{DASHES}+)?)"
        # "РИА Новости/Прайм": an agency and its service after a slash, printed bare.
        # "Itar-Tass/ACSNA/IRNA": up to three partners after it, joined by slashes.
        # "РИА Новости Крым.": a regional service's name, one Cyrillic word, after the agency's, before the point.
        self.bare = (rf"(?P<agency_bare>(?:{printed})(?:{REGIONAL_SERVICE})?"
                     rf"(?:/[{UPPER}][{LETTER}\-]{{1,20}}){{0,3}}(?![{LETTER}/]))")
