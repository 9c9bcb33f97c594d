"""Time and date lines framed by a site's labels: a bullet before the stamp ("• 09/21/2024",
"• Published : Dec 3, 2018 - 21:10"), the source's name before it ("Source:Xinhua Published:
2013-4-13 17:56:56", "Reuters | Updated: 24-08-2023 08:27 IST"), a second stamp after it ("... |
Created: 24-08-2023 08:27 IST").

The line is read by its shape: cells split at "|" and at label words ("Published:", "Source:"),
every cell a stamp or a short name, at least one stamp. The first stamp is the line's (a line with
two times gives the first). A cell of any other text and the line is none: a sentence with a date
in it is no stamp.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple, Union

from tasscli.parsing.dates.free import LABEL_WORDS
from tasscli.parsing.dates.timelines import read_day_line, read_time_line
from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.vocab import SOURCE_LABELS

#: Marks a site sets before a stamp in a list of the article's facts.
BULLETS = "•·▪►"

#: Lines longer than this are no framed stamp.
FRAMED_LENGTH = 110

_LABEL = re.compile(rf"(?:^|(?<=\s))((?i:{'|'.join(LABEL_WORDS + SOURCE_LABELS)}))\s?:\s*")
_SOURCES = frozenset(label.lower() for label in SOURCE_LABELS)
#: A source's name in a cell: one to four capitalised words, no digit ("Xinhua", "Reuters", "AP").
_NAME = re.compile(r"[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,3}")


def may_be_framed(text: str) -> bool:
    """The cheap test: short, and opening with a bullet or holding a bar or a label's colon."""
    return len(text) <= FRAMED_LENGTH and (text[:1] in BULLETS or "|" in text or ":" in text)


def _cells(text: str) -> List[Tuple[Optional[str], str]]:
    """(label or None, value) for each cell of `text`, in order."""
    cells: List[Tuple[Optional[str], str]] = []
    for part in text.split("|"):
        pieces = _LABEL.split(part)
        if pieces[0].strip():
            cells.append((None, pieces[0].strip()))
        cells.extend((label.lower(), value.strip()) for label, value in zip(pieces[1::2], pieces[2::2]))
    return cells


def read_framed_line(text: str, months: Dict[str, int],
                     zones: Dict[str, int]) -> Optional[Union[TimeLine, DayLine]]:
    """The first stamp of a framed line, its text the whole line; None when a cell is neither a
    stamp nor a short name, or when no cell is a stamp (see the module's text)."""
    line = text.strip()
    bare = line.lstrip(BULLETS + " \t")
    framed = len(bare) < len(line)
    cells = _cells(bare)
    if len(cells) < 2 and not framed:
        return None  # an unframed line is read by the forms themselves
    first: Optional[Union[TimeLine, DayLine]] = None
    for label, value in cells:
        if label in _SOURCES or (label is None and _NAME.fullmatch(value)):
            continue
        stamp = read_time_line(value, months, zones) if ":" in value else read_day_line(value, months)
        if stamp is None:
            return None
        first = first or stamp
    return first._replace(text=line) if first is not None else None
