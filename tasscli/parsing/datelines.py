"""Datelines: the "WASHINGTON, June 3. /TASS/." stamp that opens a wire story.

Agencies are a table (`agencies.AGENCIES`): each names how it prints itself inside its dateline marks, an
example dateline, and how its copy ends (sign-offs). The dateline grammar is shared by all of them:
a few shapes (`SHAPES`) written over the same pieces, built once per vocabulary:

- marked:    PLACE [REGION] [, COUNTRY] [, DATE [, TIME]] MARK [TAIL]   "MOSCOW, Dec 14 (Reuters) -"
             where MARK is /AGENCY/ or (AGENCY), maybe with a partner "(PNA/ITAR-TASS)" or a date
             inside "(UrduPoint News / Sputnik - 22nd October, 2019)"; PLACE may be missing
             ("Oct 4 (Reuters) -", "(AA) -");
- bare:      [PLACE(. , –)] [DATE,] AGENCY (. – :)    "NUR-SULTAN. KAZINFORM -", "Moscow – APA.",
             "Baku, December 6, AZERTAC", "YEREVAN, FEBRUARY 1, ARMENPRESS.", "ArmInfo.";
- unmarked:  PLACE [, Country] (– | :)  or  PLACE, Country, DATE.   "SEOUL--", "HERAT:",
             "BAKU, Azerbaijan, Nov. 9" (no agency: `weak`, taken only where no marked one is).

DATE is month-first or day-first, with an optional ordinal and year ("Oct 18, 2018", "17 August",
"13th Nov, 2023"); dashes are any of - – — -- —— and spaces around them may be missing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from tasscli.parsing.agencies import AGENCIES, Agency, agency_by_printed
from tasscli.parsing.datelinewords import DatelineWords, dateline_words
from tasscli.parsing.dates.forms import Form, month_pattern, months_key
from tasscli.parsing.hijri import hijri_date
from tasscli.parsing.letters import CYRILLIC_UPPER, LETTER, UPPER
from tasscli.record import Dateline
from tasscli.vocab import MONTHS

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


def _case_blind_distinct(forms: List[str]) -> List[str]:
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


class _Pieces:
    """The pieces the shapes are written over, for one month table, one agency table and one
    vocabulary's other words."""

    __slots__ = ("mon", "printed", "date", "region", "country", "reporters", "mark", "tail", "bare", "place",
                 "weekdays")

    def __init__(self, months_key: Tuple[Tuple[str, int], ...], agencies: Tuple[Agency, ...],
                 words: DatelineWords) -> None:
        self.place, self.weekdays = words.place, words.weekdays
        self.mon = month_pattern(dict(months_key))
        forms = sorted((form for agency in agencies for form in agency.printed), key=len, reverse=True)
        self.printed = printed = "|".join(forms)
        blind = "|".join(_case_blind_distinct(forms))
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


def _marked_shapes(p: _Pieces) -> List[Tuple[str, str]]:
    """Shapes with the agency in its marks (or in brackets with the place and date)."""
    date, printed, mark, tail, region, country, reporters = (p.date, p.printed, p.mark, p.tail, p.region,
                                                             p.country, p.reporters)
    place = p.place
    return [
        # "(Владимир, 12 мая, «Вести»). Текст": place, date and agency all inside the brackets.
        # (In quotes, the name as printed: "«Татар-информ»", "«Волжская правда»".)
        ("marked", rf"^\(\s*(?P<place>{place})\s*,\s*(?P<date>{date})\s*,\s*"
                   rf"(?:[«\"„](?P<agency_q>[^«»\"“„()\n]{{2,40}})[»\"“]|(?P<agency>{UNLISTED}|{printed}))\s*\)(?P<tail>\.?\s*(?:{DASHES}+)?)\s*(?=[{STORY_OPENERS}])"),
        ("marked", rf"^(?P<place>{place})\s*{region}?{country}?(?:\s*[,.:]\s*(?P<date>{date})"
                   rf"(?:,\s*(?P<clock>\d{{1,2}}:\d{{2}}))?)?\s*[.,]?[\s\-–—]*{mark}{tail}\s*"),
        # The agency first, then the place and date: "(ANSA) - Rome, June 4 - Text".
        ("marked", rf"^{mark}\s*{DASHES}\s*(?P<place>{place}),\s*(?P<date>{date})(?P<tail>\s*{DASHES}+)\s*"
                   rf"(?=[{STORY_OPENERS}])"),
        ("placeless", rf"^(?:(?P<date>{date})\s*)?{mark}(?P<tail>\s*{DASHES}+)\s*"),
        ("placeless", rf"^{mark}(?P<tail>\.)\s+(?=[{STORY_OPENERS}])"),
        # "17 декабря, Минск /Корр. БЕЛТА/.": the date first, then the place and the marks.
        ("marked", rf"^(?P<date>{date})\s*,\s*(?P<place>{place})\s*/\s?(?:(?i:{reporters})\s*)?"
                   rf"(?P<agency_slash>{UNLISTED}|{printed})\s?/(?P<tail>\s*(?:\.|{DASHES}+))\s*(?=[{STORY_OPENERS}])"),
        # "Город, Март 15 (Агентство, Имя Фамилия) –": an agency the table lacks and its reporter in
        # the brackets after a place in mixed case; the dash and the story's capital must follow.
        ("marked", rf"^(?P<place>{place})\s*,\s*(?P<date>{date})\s*\(\s*(?P<agency>{UNLISTED})"
                   rf"(?:,\s*[{UPPER}][{LETTER}\-]+(?:\s+[{UPPER}][{LETTER}\-]+){{1,2}})?\s*\)"
                   rf"(?P<tail>\s*{DASHES}+)\s*(?=[{STORY_OPENERS}])"),    ]


def _bare_shapes(p: _Pieces) -> List[Tuple[str, str]]:
    """Shapes with the agency printed bare, without marks."""
    date, bare, place = p.date, p.bare, p.place
    return [
        # "Регион, 3 мая, 2008, 12:00 — ИА Регнум.": a year and a time after the date (REGNUM).
        ("bare", rf"^(?P<place>{place})\s*[.,]\s*(?:(?P<date>{date})(?:,\s*(?P<clock_bare>\d{{1,2}}:\d{{2}}))?"
                 rf"\s*(?:[.,]|{DASHES})?\s*)?{bare}{BYLINE_AFTER}?(?P<tail>\s*{DASHES}|\.|:|\s*$)\s*"),
        ("bare", rf"^(?P<place>{place})\s*{DASHES}\s*{bare}(?P<tail>\.)\s*"),
        ("agency-only", rf"^(?:(?P<date>{date})\s*[,.]\s*)?{bare}(?P<tail>\s*{DASHES}|\.)\s+(?=[{STORY_OPENERS}])"),
        # "ТАСС-ДОСЬЕ." alone on its line over the story: a desk's label, no place or date.
        ("agency-only", rf"^{bare}(?P<tail>\.)\s*$"),
        # "ТАСС, 17 сентября.": the agency where the place stands.
        ("agency-only", rf"^{bare}\s*,\s*(?P<date>{date})(?P<tail>\.)\s+(?=[{STORY_OPENERS}])"),
        # The agency first, then the place in capitals: "AFP, MANILA" on its own line, "AP, TOKYO —".
        ("agency-only", rf"^{bare}\s*,\s*(?P<place>{PLACE_UPPER})(?P<tail>\s*{DASHES}|\s*$)\s*"),
        # "УрБК, Город, 14.08.2019.": the agency first, then the place and a numeric date.
        ("agency-first", rf"^(?P<agency>{UNLISTED})\s*,\s*(?P<place>{place})\s*,\s*"
                         rf"(?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)(?P<tail>\.)\s+(?=[{STORY_OPENERS}])"),
        # "Астана. 9 октября. KAZAKHSTAN TODAY - ": Interfax's shape with an agency the table lacks,
        # printed in Latin capitals (one to three words) before a dash.
        ("caps", rf"^(?P<place>{place})\s*[.,]\s*(?P<date>{date})\s*[.,]\s*"
                 rf"(?P<agency>{CAPS_AGENCY})(?P<tail>\s+{DASHES})\s+(?=[{STORY_OPENERS}])"),    ]


def _unlisted_shapes(p: _Pieces) -> List[Tuple[str, str]]:
    """Shapes of an agency the table lacks, or of none: a place in capitals and a date."""
    date, country, mon, place = p.date, p.country, p.mon, p.place
    return [
        # "ЯКУТСК, 12 мая —.": a dateline whose agency a reposting site cut, its dash left.
        ("unmarked", rf"^(?P<place>{PLACE_UPPER})\s*,\s*(?P<date>{date})\s*{DASHES}\s*(?P<tail>\.)\s*(?=\S)"),
        # An agency the table lacks, in the marks right after a place in capitals, before a dash
        # ("HANOI, March 3 (VNA) –") or the TASS way ("MINSK, June 3. /BelTA/."): the name as printed.
        ("marked", rf"^(?P<place>{PLACE_UPPER})(?:\s*,\s*(?P<date>{date}))?\s*"
                   rf"\(\s*(?P<agency>{UNLISTED})\s*\)(?P<tail>\s*{DASHES}+)\s*(?=\S)"),
        # With a date, no dash is needed: "HAVANA, Feb 11 (PL) Cuban ...".
        ("marked", rf"^(?P<place>{PLACE_UPPER})\s*,\s*(?P<date>{date})\s*"
                   rf"\(\s*(?P<agency>{UNLISTED})\s*\)(?P<tail>\.?)\s+(?=[A-Z\"“])"),
        ("marked", rf"^(?P<place>{PLACE_UPPER})(?:\s*,\s*(?P<date>{date}))?\s*[.,]?\s*"
                   rf"/\s?(?P<agency_slash>{UNLISTED})\s?/(?P<tail>\s*(?:\.|{DASHES}+))\s*(?=\S|$)"),
        # A lone hyphen only with a space on one side: "SEOUL--", "ANKARA - ", not "CPI-M criticises".
        ("unmarked", rf"^(?P<place>{PLACE_UPPER}){country}?(?P<tail>\s*{LONG_DASHES}|\s+-|-(?=\s)|:)\s*"
                     r"(?=[A-Z\"“‘'])"),
        ("unmarked", rf"^(?P<place>{PLACE_UPPER}){country},\s*(?P<date>{date})(?P<tail>\.\s+(?=[A-Z\"“])|\s*$)"),
        # A place in capitals, a comma, a date and a dash, no agency: "KUALA LUMPUR, Oct 7 --".
        ("unmarked", rf"^(?P<place>{PLACE_UPPER}),\s*(?P<date>{date})(?P<tail>\s*{LONG_DASHES}|\s+-)\s*"
                     r"(?=[A-Z\"“‘'])"),
        # A place in capitals and a day-first date with no comma, then a dash: "IPOH 25 Julai –".
        ("unmarked", rf"^(?P<place>{PLACE_UPPER})\s+(?P<date>\d{{1,2}}\s+(?:{mon}))(?P<tail>\s*{LONG_DASHES}|\s+-)\s*"
                     r"(?=[A-Z\"“‘'])"),
        # A place in capitals and a date, no agency and no dash, the text after a space or a "."
        # or on the next line: "HAVANA, February 14th  Love songs ...", "HAVANA, Feb 13. The ...".
        ("unmarked", rf"^(?P<place>{PLACE_UPPER}),\s*(?P<date>{date})(?P<tail>\.?)(?:\s+(?=[A-Z\"“])|\s*$)"),
        # A place in mixed case, a date and a colon, no agency: "Trieste, 26 June: The minister ...".
        # (A weekday is no place: "Friday, 26 June: ..." is a date line.)
        ("unmarked-colon", rf"^(?!(?:{'|'.join(p.weekdays)})\b)(?P<place>{place}),\s*(?P<date>{date})(?P<tail>:)"
                           r"\s+(?=[A-Z\"“])"),
        # "МОСКВА, 15 мая. /ТАСС Текст": a listed agency whose closing mark a site lost, the story's
        # capital after a space or the line's end, and no slash further on (a reporter's name closes
        # its marks).
        ("marked", rf"^(?P<place>{PLACE_UPPER})\s*,\s*(?P<date>{date})\.\s*/\s?(?P<agency_slash>{p.printed})"
                   rf"(?P<tail>)(?![^/\n]{{0,80}}/)(?:\s+(?=[{STORY_OPENERS}])|\s*$)"),
        # "Смоленск. 12 мая" alone on its line over the story, the agency signed at the end.
        ("unmarked-alone", rf"^(?P<place>{place})[.,]\s*(?P<date>{date})(?P<tail>\.?)\s*$"),
    ]


@lru_cache(maxsize=8)
def _shapes(months_key: Tuple[Tuple[str, int], ...], agencies: Tuple[Agency, ...],
            words: DatelineWords) -> Tuple[Tuple[Form, ...], Form]:
    """The shapes, each compiled on first use (compiling all seven is half the parser's start-up,
    and most pages need one or two), and the agencies' printed names, whose prefilter tells the
    lines that may hold a bare shape. Tried in this order: the first that matches wins."""
    p = _Pieces(months_key, agencies, words)
    shapes = _marked_shapes(p) + _bare_shapes(p) + _unlisted_shapes(p)
    return tuple(Form(name, pattern) for name, pattern in shapes), Form("agency names", p.printed)


MARK_CHAR = re.compile(r"[/(\[]")
#: A dateline ends this near its line's start: its marks and an agency printed bare are looked for
#: no further (on a long line, a search of all of it for each start tried cost its square).
DATELINE_REACH = 160
#: What may follow a place in some shape (region, country, date, mark, dash, "." or ":").
_AFTER_PLACE = frozenset(",.:/([-–—―")


def may_open_dateline(line: str, words: Optional[DatelineWords] = None) -> bool:
    """False when no shape can match `line`: a cheap test, exact for the shapes in `_shapes`.

    Every shape opens with a place, a date, a mark or a bare agency name, and a place (or an
    agency printed bare, or a month name) is followed by a region, country, date, mark, dash, "." or
    ":". So a line opening with capitalised words followed by a lower-case word ("The president
    said ...") is none, unless the words hold a ".", "-" or "/" where a shorter place could end.
    Body lines are most lines of a page, and this spares them the seven shapes. `words`: the
    vocabulary's (`dateline_words`; the default vocabulary's when None).
    """
    leading = (words or dateline_words()).leading_place.match(line)
    if leading is None:  # a date (digits or a month name in any case) or a mark may still open it
        first = line[:1]
        return first.isdigit() or first in ("/", "(") or first.isalpha()
    after = line[leading.end():].lstrip()[:1]
    if after and (after in _AFTER_PLACE or after.isdigit()):
        return True
    place = leading.group()
    return "." in place or "-" in place or "/" in place


_CAPS_RUN = re.compile(r"[A-Z]{2}")  # the cheap test of the "caps" shape
_NUMERIC_DAY = re.compile(r"\d\.\d{1,2}\.\d{4}")  # ... and of the "agency-first" one

_COMPILED: Dict[Tuple[int, int, int], Tuple[object, object, object, Tuple[Tuple[Form, ...], Form]]] = {}


def _compiled(months: Dict[str, int], agencies: Tuple[Agency, ...],
              words: DatelineWords) -> Tuple[Tuple[Form, ...], Form]:
    """The shapes for a month table, an agency table and a vocabulary's words, looked up by
    identity: hashing a 35-agency table on every line cost more than matching the line."""
    key = (id(months), id(agencies), id(words))
    hit = _COMPILED.get(key)
    if hit is not None and hit[0] is months and hit[1] is agencies and hit[2] is words:
        return hit[3]
    if len(_COMPILED) > 32:  # bounded, however many tables a caller builds
        _COMPILED.clear()
    value = _shapes(months_key(months), agencies, words)
    _COMPILED[key] = (months, agencies, words, value)
    return value


def read_dateline(line: str, months: Dict[str, int] = MONTHS, agencies: Tuple[Agency, ...] = AGENCIES,
                  words: Optional[DatelineWords] = None) -> Optional[Tuple[Dateline, Optional[str], str]]:
    """(dateline, canonical agency, rest of the line) when `line` opens with a dateline.

    A dateline printed with no agency ("SEOUL--") has `agency` None in both places. `words`: the
    vocabulary's other tables (`dateline_words(vocab)`, which `Grammar.dateline_words` holds); the
    default vocabulary's when None.
    """
    if words is None:
        words = dateline_words()
    if not may_open_dateline(line, words):
        return None
    shapes, names = _compiled(months, agencies, words)
    # Cheap tests first, which most body lines fail: the marked shapes need a mark ("/", "(", "[")
    # near the line's start, the unmarked ones a place in capitals.
    # The bare shapes print the agency's name as is: one of its fixed strings must be in the line.
    marked = MARK_CHAR.search(line, 0, DATELINE_REACH) is not None
    upper = line[:2].isupper()
    bare: Optional[bool] = None  # tested when first needed
    for shape in shapes:
        name = shape.name
        if (name in ("marked", "placeless") and not marked) or (name == "unmarked" and not upper):
            continue
        if name == "caps" and _CAPS_RUN.search(line, 0, DATELINE_REACH) is None:
            continue
        if name == "agency-first" and not _NUMERIC_DAY.search(line, 0, DATELINE_REACH):
            continue
        if name == "unmarked-colon" and (":" not in line or "," not in line):
            continue  # its "," after the place and ":" after the date
        if name in ("bare", "agency-only"):
            if bare is None:
                bare = names.keys.may_match(line, 0, DATELINE_REACH)
            if not bare:
                continue
        match = shape.pattern.match(line)
        if match and (name != "unmarked" or _opens_story(line, match.end())):
            return _dateline(match, line, agencies)
    return None


_YEAR_END = re.compile(r",?\s+(?:19|20)\d\d$")


def _opens_story(line: str, end: int) -> bool:
    """Does the text after an unmarked dateline read as a story (in mixed case)? A headline
    printed in capitals ("RUSSIA TO BOOST OIL OUTPUT — NOVAK") has the same shape."""
    return not line[end:end + 80].isupper()


def _dateline(match: re.Match[str], line: str, agencies: Tuple[Agency, ...]) -> Tuple[Dateline, Optional[str], str]:
    groups = match.groupdict()
    get = groups.get
    # The first of each list of groups that matched, as `or` chains: no group here can match ""
    # (so none stops a chain early or ends one with ""), and a helper's three calls cost more
    # than the rest of this function.
    printed = get("agency_slash") or get("agency_rep") or get("agency_for") or get("agency") or get("agency_bare") \
        or get("agency_q")
    region = get("region_slash") or get("region_paren") or get("region_sq") or get("country")
    place = get("place")
    date = get("date") or get("date2")
    if date and get("clock_bare"):  # "3 мая, 2008, 12:00": the date is "3 мая", the year read off `text`
        date = _YEAR_END.sub("", date)
    dateline = Dateline(
        place=" ".join(place.split()).rstrip(".-") or None if place else None,
        region=region.strip() if region else None,
        date=" ".join(date.split()) if date else None,
        agency=" ".join(printed.split()) if printed else None,
        text=line[: match.end("tail")].strip(),
    )
    canonical = (agency_by_printed(printed, agencies) or _by_first_part(printed, agencies)) if printed else None
    return dateline, canonical, line[match.end():]


def _by_first_part(printed: str, agencies: Tuple[Agency, ...]) -> str:
    """The agency of "РИА Новости/Прайм" (an agency and its service): the first part's, else as printed."""
    head, slash, _ = printed.partition("/")
    return (agency_by_printed(head, agencies) if slash else None) or printed


#: How far into a line `find_dateline` looks for a dateline's start: past the longest byline.
INSIDE_REACH = 300


def find_dateline(line: str, months: Dict[str, int] = MONTHS, agencies: Tuple[Agency, ...] = AGENCIES,
                  words: Optional[DatelineWords] = None) -> Optional[Tuple[str, Tuple[Dateline, Optional[str], str]]]:
    """A dateline inside a line ("By Name, Title (WAM) ABU DHABI, 1 December 2021 (WAM) – ..."):
    (the text before it, the dateline). Of several, one with a date and a place in capitals wins."""
    best: Optional[Tuple[Tuple[int, int, int], str, Tuple[Dateline, Optional[str], str]]] = None
    # Only near the line's start, where a byline ends: every start reads the rest of the line, so
    # a long line of capitalised words ("By Aa, Aa, Aa, ...") took time growing as its square.
    for start in [m.start() + 1 for m in re.finditer(r"\s(?=[A-Z])", line[:INSIDE_REACH])]:
        found = read_dateline(line[start:], months, agencies, words)
        if found is None or found[1] is None:
            continue
        dateline = found[0]
        rank = (dateline.date is not None, bool(dateline.place and dateline.place.isupper()), -start)
        if best is None or rank > best[0]:
            best = (rank, line[:start].strip(), found)
    return (best[1], best[2]) if best else None


