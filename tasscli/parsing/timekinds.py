"""Time and date lines among a line's kinds (`tasscli.parsing.kinds.classify`): a time line, a
section or a headline glued to one, a date line, a stamp a site frames with its labels, a date a
site wraps in its own words, a news item ending in a clock."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.lines import Line
from tasscli.vocab import Vocabulary

if TYPE_CHECKING:
    from tasscli.parsing.grammar import Grammar


#: "Headline (Xinhua) Updated: 2007-03-16 11:48": a headline, a credit and a time line set in one
#: row of a table, saved as one line.
GLUED_UPDATE = re.compile(r"^(?P<title>\S.{9,150}?)\s+(?:\((?P<credit>[A-Za-z][\w\- ]{1,20})\)\s+)?"
                          r"(?i:updated):\s*(?P<time>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2})$")


def clock_end(text: str) -> bool:
    """Does `text` end with a digit, ":" and two digits (`\\d:\\d\\d$`)? A string test: most lines end
    otherwise, and a call to a pattern costs more than these comparisons."""
    return text[-3:-2] == ":" and text[-2:].isdecimal() and text[-4:-3].isdecimal() and len(text) >= 4


#: A date or time line wrapped in what a site prints around it: "Source: Agency | 04-28-2009 08:22"
#: (a source and the time), "11.01.2014 - Update : 11.01.2014" (the first date and the update's),
#: "[July 18, 2014]" (in brackets). `when` is read as a time line, else as a date line.
WRAPPED_DATE = re.compile(r"^(?:Source:\s*[^|]{2,40}\|\s*(?P<source>.{6,40})"
                          r"|(?P<first>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?: \d{1,2}:\d{2})?)\s*-\s*"
                          r"Updated?\s*:\s*[\d./: -]{6,30}"
                          r"|\[(?P<bracket>[^\[\]]{6,40})\])$")


#: A site's time widget printing the date in several forms after how long ago it was, the time and
#: the section last: "17 minutes ago January 10, 2017 Jan 10, 2017 Tuesday, January 10 2017
#: January 10, 2017 11:01 AM in News". The last form with a clock is read (`SEVERAL_FORMS_LAST`).
SEVERAL_FORMS = re.compile(r"^[0-9]{1,3} (?:seconds?|minutes?|hours?|days?|weeks?)(?: [0-9]{1,2} "
                           r"(?:seconds?|minutes?|hours?))? ago (?P<forms>.{10,200})$")
SEVERAL_FORMS_LAST = re.compile(r"(?P<when>[A-Z][a-z]{2,8} [0-9]{1,2}, (?:19|20)[0-9]{2} [0-9]{1,2}:[0-9]{2}"
                                r"(?: ?[AaPp]\.?[Mm]\.?)?)(?: in (?P<section>[A-Z][\w&' ]{1,30}))?$")


def _several_forms(line: Line, text: str, vocab: Vocabulary) -> bool:
    """Is the line a time widget's several forms of one date (`SEVERAL_FORMS`)? Then it is given its kind."""
    if (m := SEVERAL_FORMS.match(text)) is None or (last := SEVERAL_FORMS_LAST.search(m["forms"])) is None \
            or (timeline := dates.read_time_line(last["when"], vocab.months, vocab=vocab)) is None:
        return False
    # Another site's time line (form "other"): the headline stands next to it.
    line.kind, line.info = K.TIME, timeline._replace(text=text, form="other", section=last["section"])
    return True


def wrapped_date(line: Line, text: str, vocab: Vocabulary) -> bool:
    """Is the line a date or time line in a site's wrapping (`WRAPPED_DATE`, `SEVERAL_FORMS`)? Then it
    is given its kind. `vocab`: the tables the date grammar reads."""
    if len(text) > 240 or not dates.has_four_digits(text):
        return False
    if " ago " in text[:40]:
        return _several_forms(line, text, vocab)
    if len(text) > 120 or (m := WRAPPED_DATE.match(text)) is None:
        return False
    when = (m["source"] or m["first"] or m["bracket"]).strip()
    if (timeline := dates.read_time_line(when, vocab.months, vocab=vocab)) is not None:
        line.kind, line.info = K.TIME, timeline._replace(text=text)
    elif (day := dates.read_day_line(when, vocab.months, vocab)) is not None:
        line.kind, line.info = K.DATE, day._replace(text=text)
    else:
        return False
    return True


def stamp_kind(line: Line, g: Grammar) -> bool:
    """A time or date line framed by a bullet, a source's name or a second stamp ("• 09/21/2024",
    "Source:Xinhua Published: 2013-4-13 17:56:56"): set its kind and say so."""
    text = line.text
    if not (dates.may_be_framed(text) and dates.has_four_digits(text)):
        return False
    stamp = dates.read_framed_line(text, g.vocab.months, g.vocab.zone_offsets, g.vocab)
    if stamp is None:
        return False
    line.kind, line.info = (K.TIME if isinstance(stamp, dates.TimeLine) else K.DATE), stamp
    return True


#: A breadcrumb opening a time line ends this near the line's start.
CRUMB_REACH = 60


def time_kind(line: Line, text: str, g: Grammar, short: bool) -> bool:
    """A time line, a section glued to one, a headline row ending in one, a date line or a news
    item ending in a clock: set the kind and say so."""
    vocab = g.vocab
    months, zones = vocab.months, vocab.zone_offsets
    clock = short and ":" in text  # every time-line form prints HH:MM
    if clock and (timeline := dates.read_time_line(text, months, zones, vocab)) is not None:
        if timeline.section is None and " / " in text[:CRUMB_REACH] and (crumb := g.crumb_time.match(text)):
            timeline = timeline._replace(section=crumb["section"])  # "Москва / Новости 16 февраля ..."
        line.kind, line.info = K.TIME, timeline
    elif clock and (m := g.section_time.match(text)) \
            and (timeline := dates.read_time_line(m["time"], months, zones, vocab)):
        line.kind, line.info = K.SECTION_TIME, (m["section"], timeline)
    elif clock and (m := GLUED_UPDATE.match(text)) is not None \
            and (timeline := dates.read_time_line("Updated: " + m["time"], months, zones, vocab)) is not None:
        # A headline, its credit and an "Updated:" time line glued on one row (a table's cells).
        line.kind, line.info = K.HEADLINE_TIME, (timeline, m["credit"])
        line.text = m["title"]
    elif clock and (glued := _glued_day_time(text, g)) is not None:
        line.kind, line.info = K.HEADLINE_TIME, glued[1:]
        line.text = glued[0]
    elif short and dates.has_four_digits(text) and (day := dates.read_day_line(text, months, vocab)) is not None:
        # (every date-line form prints a year)
        line.kind, line.info = K.DATE, day
    elif short and stamp_kind(line, g):  # (it asks for a year itself)
        pass  # a framed stamp: `stamp_kind` set the kind
    elif clock_end(text) and (m := g.news_item.match(text)) is not None:
        line.kind, line.info = K.NEWS_ITEM, m
    else:
        return False
    return True


#: A numeric day and a clock glued to a headline's last letter ("Headline26.08.2015 16:25...").
#: (The letter is looked behind from the first digit: a pattern opening with a class is searched for
#: by a scan for it, one opening with a look-behind tried at every position.)
GLUED_DAY_TIME = re.compile(r"\d(?<=[^\W\d_]\d)\d\.\d{2}\.(?:19|20)\d\d \d{1,2}:\d{2}")


def _glued_day_time(text: str, g: Grammar) -> Optional[Tuple[str, object, None, object]]:
    """A headline, a day and time and maybe the story's dateline glued into one header line, nothing
    after it ("Headline26.08.2015 16:25ГОРОД, 26 августа. /АГЕНТСТВО/."): (headline, time line, no
    credit, the dateline read or None); None for any other line."""
    m = GLUED_DAY_TIME.search(text)
    if m is None or m.start() < 10 \
            or (timeline := dates.read_time_line(m.group(), g.vocab.months, vocab=g.vocab)) is None:
        return None
    rest = text[m.end():].strip()
    dateline = read_dateline(rest, g.vocab.months, g.agencies, g.dateline_words) if rest else None
    if rest and (dateline is None or dateline[2].strip()):
        return None  # text after the dateline, or no dateline: no header row of this shape
    return text[:m.start()], timeline, None, dateline
