"""The first pass of the parser: a page's lines, each given a kind from the vocabulary alone.

`classify` looks at one line with no look at its neighbours: furniture, template, section, time,
date, credit, dateline, byline, note, ... The passes that read a page's structure (`segments`,
`parser`) work on these kinds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import List, Optional, Pattern, Tuple

from tasscli import dates
from tasscli.datelines import AGENCIES, Agency, find_dateline, read_dateline, signoff_patterns
from tasscli.vocab import Vocabulary

# No braces inside: a lazy ".*?" here is quadratic on a long line of "{" with no "}}".
TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")


@dataclass
class Line:
    number: int  # 1-based, in the page as given
    text: str  # trimmed, the prefix removed from the first line
    block: int  # lines of one blank-separated block share this
    kind: str = "text"
    info: object = None  # what the classifier read: a TimeLine, a section name, a dateline ...
    notes: Tuple[str, ...] = ()  # editors' notes cut from the line ("(MENAFN- ...)")


@dataclass
class Grammar:
    """The vocabulary compiled once: regexes and lookup sets."""

    vocab: Vocabulary
    furniture: Pattern[str]
    news_item: Pattern[str]
    section_time: Pattern[str]
    credit: Pattern[str]
    graphic: Pattern[str]
    sections: frozenset = field(default_factory=frozenset)
    note_line: Pattern[str] = re.compile("$^")
    note_lead: Pattern[str] = re.compile("$^")
    note_tail: Pattern[str] = re.compile("$^")
    signoff: Pattern[str] = re.compile("$^")
    trailing: Pattern[str] = re.compile("$^")
    end_marker: Pattern[str] = re.compile("$^")
    glued_credit: Pattern[str] = re.compile("$^")


BYLINE = re.compile(r"^-?\s?By\s+(?P<name>[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){0,3})"
                    r"(?:\s*[-–]\s*(?P<agency>[A-Z][A-Za-z.]+):?)?$")
BYLINE_OPEN = re.compile(r"^By\s+[A-Z]")
NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$")
SEPARATOR = re.compile(r"^[-—–_=*]{3,}$")
SOURCE = re.compile(r"^(?:From:\s+\S.{0,40}|[^|^]{2,40}\^\s*\|[^|]*\|.*)$")
BULLET = re.compile(r"^[•·▪]\s*")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


@lru_cache(maxsize=8)
def grammar(vocab: Vocabulary, agencies: Tuple[Agency, ...] = AGENCIES) -> Grammar:
    sections = sorted(vocab.sections, key=len, reverse=True)
    section_alt = "|".join(re.escape(s) for s in sections)
    mon = dates.month_pattern(vocab.months)
    furniture = "|".join([re.escape(f) for f in sorted(vocab.furniture)] + list(vocab.furniture_patterns))
    marks = "|".join(re.escape(m) for m in vocab.credit_marks)
    notes = "|".join(vocab.note_patterns)
    suffixes = "|".join(re.escape(x) for x in vocab.credit_suffixes)
    signoffs = "|".join(signoff_patterns(agencies) + list(vocab.trailers))
    return Grammar(
        vocab=vocab,
        furniture=re.compile(rf"(?:{furniture})\s*", re.IGNORECASE),
        # "Headline textSection Name Month DD, HH:MM": a latest-news entry glued into one line.
        news_item=re.compile(rf"^(?P<title>.+?)\s?(?P<section>{section_alt})\s+"
                             rf"(?P<time>(?:{mon})\s+\d{{1,2}},\s*(?:\d{{4}},\s*)?\d{{1,2}}:\d{{2}})$",
                             re.IGNORECASE),
        section_time=re.compile(rf"^(?P<section>{section_alt})\s+(?P<time>.+)$"),
        credit=re.compile(rf"^(?:{marks})\s*(?P<credit>\S.*)$"),
        graphic=re.compile(rf"^(?:{'|'.join(re.escape(g) for g in vocab.graphic_labels)})\s+(?P<title>\S.*)$"),
        sections=frozenset(vocab.sections),
        note_line=re.compile(rf"^(?:{notes})$", re.IGNORECASE),
        note_lead=re.compile(rf"^(?:{notes})\s*", re.IGNORECASE),
        # No leading \s* in these end-anchored searches: it made every position a possible start
        # (callers strip what they cut).
        # Case-sensitive, unlike the whole-line and leading forms: agencies print glued tail notes in one
        # case, and a case-blind search tries every "a", "d" and "h" of the line's end as a start.
        note_tail=re.compile(rf"(?:{notes})$"),
        signoff=re.compile(rf"(?:{signoffs})\s*$"),
        trailing=re.compile(rf"(?:{'|'.join(vocab.trailing_furniture)})\s*$", re.IGNORECASE),
        end_marker=re.compile(rf"^(?:{'|'.join(vocab.end_markers)})$"),
        # A caption with its credit glued to its end: "... in Ankara.[Photo/Xinhua]", "(Xinhua/Name)".
        glued_credit=re.compile(rf"\s*[\[(](?P<credit>(?:Photo|{suffixes})(?: Photo)?/[^()\[\]]{{2,40}})[\])]$"),
    )


_CLOSERS = "\"”’'»)]"
_TERMINAL = frozenset(".!?…")


def ends_sentence(text: str) -> bool:
    """Does the text end with terminal punctuation, maybe inside closing quotes or brackets?
    (A string test: a regex would be tried at every position of the line.)"""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINAL


CLOCK_END = re.compile(r"\d:\d\d$")
FOUR_DIGITS = re.compile(r"\d{4}")


def is_sentence(text: str) -> bool:
    return bool(ends_sentence(text)) and len(text.split()) >= 6


def classify(line: Line, g: Grammar, agencies: Tuple[Agency, ...]) -> None:
    vocab = g.vocab
    if "<" in line.text and HTML_TAG.search(line.text):
        line.text = " ".join(HTML_TAG.sub(" ", line.text).split())
    if BULLET.match(line.text) and len(line.text) > 1:
        rest = BULLET.sub("", line.text)
        if rest.endswith(("...", "…")) and re.search("[A-Za-z]", rest):
            line.kind, line.info = "label", rest
        elif len(rest.split()) >= 4:
            line.text, line.kind = rest, "bullet-title"
        else:
            line.kind = "furniture"
        return
    if g.note_line.fullmatch(line.text):
        line.kind, line.notes = "note", (line.text,)
        return
    lead = g.note_lead.match(line.text)
    if lead and lead.end() < len(line.text):
        line.notes += (lead.group().strip(),)
        line.text = line.text[lead.end():]
    # Notes are short: look only at the end of long lines, not at every position.
    tail = g.note_tail.search(line.text, max(0, len(line.text) - 100))
    if tail and tail.start() > 0:
        line.notes += (tail.group().strip(),)
        line.text = line.text[:tail.start()].rstrip()
    text = line.text
    # Time, date and furniture lines are short; a long line is spared those patterns.
    short = len(text) <= 160
    clock = short and ":" in text  # every time-line form prints HH:MM
    year = short and FOUR_DIGITS.search(text) is not None  # every date-line form prints a year
    if "{{" in text and TEMPLATE.search(text) and not TEMPLATE.sub("", text).strip():
        line.kind = "template"
    elif short and g.furniture.fullmatch(text):
        line.kind = "furniture"
    elif g.end_marker.match(text):
        line.kind = "end"
    elif text in vocab.tag_markers:
        line.kind = "tags"
    elif text in vocab.related_markers:
        line.kind = "related"
    elif text in g.sections:
        line.kind, line.info = "section", text
    elif SEPARATOR.match(text):
        line.kind = "separator"
    elif (m := BYLINE.match(text)) is not None or text == "By":
        line.kind, line.info = "byline", (m["name"], m["agency"]) if m else (None, None)
    elif SOURCE.match(text):
        line.kind = "source"
    elif clock and (timeline := dates.read_time_line(text, vocab.months)) is not None:
        line.kind, line.info = "time", timeline
    elif clock and (m := g.section_time.match(text)) and (timeline := dates.read_time_line(m["time"], vocab.months)):
        line.kind, line.info = "section-time", (m["section"], timeline)
    elif year and (day := dates.read_day_line(text, vocab.months)) is not None:
        line.kind, line.info = "date", day
    elif CLOCK_END.search(text, len(text) - 6) and (m := g.news_item.match(text)) is not None:
        line.kind, line.info = "news-item", m
    elif (m := g.credit.match(text)) is not None and len(text) < 200:
        line.kind, line.info = "credit", m["credit"].strip()
    elif (found := read_dateline(text, vocab.months, agencies)) is not None:
        line.kind, line.info = "dateline", found
    elif BYLINE_OPEN.match(text) and (inside := find_dateline(text, vocab.months, agencies)) is not None:
        line.kind, line.info = "dateline", inside[1]
        line.notes += ("byline: " + inside[0],)
    elif text.endswith((")", "]")) and (m := g.glued_credit.search(text)) is not None and m.start() > 20:
        line.kind, line.info = "caption", (text[:m.start()].strip(), m["credit"])
    elif (m := g.graphic.match(text)) is not None and not is_sentence(text):
        line.kind, line.info = "graphic", m["title"]


def line_texts(text: str) -> List[str]:
    """A page's own lines, as every line number in tasscli counts them: CR LF, CR and form feed end
    a line, as LF does."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


def read_lines(text: str) -> Tuple[Optional[date], List[Line]]:
    raw = line_texts(text)
    prefix, raw[0] = dates.read_prefix(raw[0])
    out: List[Line] = []
    block = 0
    for number, row in enumerate(raw, 1):
        stripped = " ".join(row.split())
        if not stripped:
            block += 1
            continue
        out.append(Line(number, stripped, block))
    return prefix, out


def headline_like(text: str) -> bool:
    words = len(text.split())
    return 1 <= words <= 25 and len(text) <= 200 and not (ends_sentence(text) and text[-1] in ".!?"
                                                           and not text.endswith("..."))
