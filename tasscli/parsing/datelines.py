"""Datelines: the "WASHINGTON, June 3. /TASS/." stamp that opens a wire story.

Agencies are a table (`agencies.AGENCIES`): each names how it prints itself inside its dateline marks, an
example dateline, and how its copy ends (sign-offs). The dateline grammar is shared by all of them:
a few shapes (`SHAPES`) written over the same pieces, built once per vocabulary:

- marked:    PLACE [REGION] [, COUNTRY] [, DATE [, TIME]] MARK [TAIL]   "MOSCOW, Dec 14 (Reuters) -"
             where MARK is /AGENCY/ or (AGENCY), maybe with a partner "(PNA/ITAR-TASS)" or a date
             inside "(UrduPoint News / Sputnik - 22nd October, 2019)"; PLACE may be missing ("(AA) -",
             "May 14/2022 /ENA/"); or between bars: "Moscow, Russia | Xinhua |" (`piped`);
- bare:      [PLACE(. , –)] [DATE,] AGENCY (. – :)    "NUR-SULTAN. KAZINFORM -", "Moscow – APA.",
             "Baku, December 6, AZERTAC", "YEREVAN, FEBRUARY 1, ARMENPRESS.", "Tripoli, Libya — AFP";
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
from tasscli.parsing.datelinepieces import (
    BYLINE_AFTER,
    CAPS_AGENCY,
    DASHES,
    LONG_DASHES,
    PLACE_UPPER,
    STORY_OPENERS,
    UNLISTED,
    Pieces,
)
from tasscli.parsing.datelinewords import PLACE_RU, DatelineWords, dateline_words
from tasscli.parsing.dates.forms import Form, months_key
from tasscli.parsing.letters import CYRILLIC_UPPER, LETTER, UPPER
from tasscli.record import Dateline
from tasscli.vocab import MONTHS


def _marked_shapes(p: Pieces) -> List[Tuple[str, str]]:
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
        # A listed agency between bars after the place and its country: "Moscow, Russia | AGENCY | Text".
        ("piped", rf"^(?P<place>{place}),\s*(?P<country>[{UPPER}][\w.]*(?:[ -][{UPPER}][\w.]*){{0,3}})\s*\|\s*"
                  rf"(?P<agency>{printed})\s*\|(?P<tail>)(?:\s*(?=[{STORY_OPENERS}])|\s*$)"),
        ("placeless", rf"^(?P<date>{date}/(?:19|20)\d\d)\s*{mark}(?P<tail>)(?:\s+(?=[{STORY_OPENERS}])|\s*$)"),
        # "17 декабря, Минск /Корр. БЕЛТА/.": the date first, then the place and the marks.
        ("marked", rf"^(?P<date>{date})\s*,\s*(?P<place>{place})\s*/\s?(?:(?i:{reporters})\s*)?"
                   rf"(?P<agency_slash>{UNLISTED}|{printed})\s?/(?P<tail>\s*(?:\.|{DASHES}+))\s*(?=[{STORY_OPENERS}])"),
        # "Город, Март 15 (Агентство, Имя Фамилия) –": an agency the table lacks and its reporter in
        # the brackets after a place in mixed case; the dash and the story's capital must follow.
        ("marked", rf"^(?P<place>{place})\s*,\s*(?P<date>{date})\s*\(\s*(?P<agency>{UNLISTED})"
                   rf"(?:,\s*[{UPPER}][{LETTER}\-]+(?:\s+[{UPPER}][{LETTER}\-]+){{1,2}})?\s*\)"
                   rf"(?P<tail>\s*{DASHES}+)\s*(?=[{STORY_OPENERS}])"),    ]


def _bare_shapes(p: Pieces) -> List[Tuple[str, str]]:
    """Shapes with the agency printed bare, without marks."""
    date, bare, place = p.date, p.bare, p.place
    return [
        # "Регион, 3 мая, 2008, 12:00 — ИА Регнум.": a year and a time after the date (REGNUM).
        ("bare", rf"^(?P<place>{place})\s*[.,]\s*(?:(?P<date>{date})(?:,\s*(?P<clock_bare>\d{{1,2}}:\d{{2}}))?"
                 rf"\s*(?:[.,]|{DASHES})?\s*)?{bare}{BYLINE_AFTER}?(?P<tail>\s*{DASHES}|\.|:|\s*$)\s*"),
        ("bare", rf"^(?P<place>{place})\s*{DASHES}\s*{bare}(?P<tail>\.)\s*"),
        ("bare", rf"^(?P<place>{place}){p.country}\s*{LONG_DASHES}\s*{bare}(?P<tail>)"  # "Tripoli, Libya — AFP"
                 rf"(?:\s+(?=[{STORY_OPENERS}])|\s*$)"),
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


def _unlisted_shapes(p: Pieces) -> List[Tuple[str, str]]:
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
        # "Москва, 5 августа. Текст": a Russian place, a day-first date and a point, no agency or marks.
        ("unmarked-ru", rf"^(?!(?:{'|'.join(p.day_words_ru)})\b)(?P<place>{PLACE_RU}),\s*"
                        rf"(?P<date>\d{{1,2}}\s+(?:{mon}))(?P<tail>\.)\s+(?=[{CYRILLIC_UPPER}«\"„])"),
    ]


#: The cheap test each shape's name needs (`read_dateline`); a name not here needs none.
_GATES = {"marked": "mark", "placeless": "mark", "unmarked": "upper", "caps": "caps", "agency-first": "numeric",
          "unmarked-colon": "colon", "bare": "bare", "agency-only": "bare", "piped": "bar", "unmarked-ru": "cyrillic"}
#: The shapes in order, the neighbours that need one test grouped: (test, shapes).
Groups = Tuple[Tuple[Optional[str], Tuple[Form, ...]], ...]


@lru_cache(maxsize=8)
def _shapes(months_key: Tuple[Tuple[str, int], ...], agencies: Tuple[Agency, ...],
            words: DatelineWords) -> Tuple[Groups, Form]:
    """The shapes, each compiled on first use (compiling all seven is half the parser's start-up,
    and most pages need one or two), and the agencies' printed names, whose prefilter tells the
    lines that may hold a bare shape. Tried in this order: the first that matches wins. Grouped by
    their test, each test is asked once a group, not once a shape (27 shapes, 10 groups)."""
    p = Pieces(months_key, agencies, words)
    groups: List[Tuple[Optional[str], List[Form]]] = []
    for name, pattern in _marked_shapes(p) + _bare_shapes(p) + _unlisted_shapes(p):
        if not groups or groups[-1][0] != _GATES.get(name):
            groups.append((_GATES.get(name), []))
        groups[-1][1].append(Form(name, pattern))
    return tuple((gate, tuple(forms)) for gate, forms in groups), Form("agency names", p.printed)


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
    after = line[(end := leading.end()):end + 8].lstrip()[:1] or line[end:].lstrip()[:1]  # (no copy of the rest)
    if after and (after in _AFTER_PLACE or after.isdigit()):
        return True
    place = leading.group()
    return "." in place or "-" in place or "/" in place


_CAPS_RUN = re.compile(r"[A-Z][A-Z]")  # the cheap test of the "caps" shape (a class first: scanned for)
_NUMERIC_DAY = re.compile(r"\d\.\d{1,2}\.\d{4}")  # ... and of the "agency-first" one

#: The cheap tests of `_GATES` but the mark's (made once a line, in `read_dateline`).
_TESTS = {
    "upper": lambda line, names: line[:2].isupper(),
    "bare": lambda line, names: names.keys.may_match(line, 0, DATELINE_REACH),
    "caps": lambda line, names: _CAPS_RUN.search(line, 0, DATELINE_REACH) is not None,
    "numeric": lambda line, names: _NUMERIC_DAY.search(line, 0, DATELINE_REACH) is not None,
    "colon": lambda line, names: ":" in line and "," in line,  # its "," after the place, ":" after the date
    "bar": lambda line, names: "|" in line[:DATELINE_REACH],  # its bars
    "cyrillic": lambda line, names: "А" <= line[:1] <= "Я" or line[:1] == "Ё",  # a Russian place opens it
}

_COMPILED: Dict[Tuple[int, int, int], Tuple[object, object, object, Tuple[Groups, Form]]] = {}


def _compiled(months: Dict[str, int], agencies: Tuple[Agency, ...],
              words: DatelineWords) -> Tuple[Groups, Form]:
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
    groups, names = _compiled(months, agencies, words)
    # Cheap tests first, which most body lines fail (`_GATES`): the marked shapes need a mark ("/", "(",
    # "[") near the line's start, the unmarked ones a place in capitals, the bare ones an agency's name.
    marked = MARK_CHAR.search(line, 0, DATELINE_REACH) is not None
    for gate, shapes in groups:
        if gate is not None and not (marked if gate == "mark" else _TESTS[gate](line, names)):
            continue
        for shape in shapes:
            match = shape.pattern.match(line)
            if match and (shape.name != "unmarked" or _opens_story(line, match.end())):
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


