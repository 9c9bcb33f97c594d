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
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Pattern, Tuple, Union

from tasscli.parsing.dates.free import LABEL_WORDS
from tasscli.parsing.dates.timelines import read_day_line, read_time_line
from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.vocab import DEFAULT, Vocabulary

#: Marks a site sets before a stamp in a list of the article's facts.
BULLETS = "•·▪►"

#: Lines longer than this are no framed stamp.
FRAMED_LENGTH = 110



@lru_cache(maxsize=8)
def _labels(source_labels: Tuple[str, ...]) -> Tuple[Pattern[str], FrozenSet[str]]:
    """The label words' pattern, with the source labels (`Vocabulary.source_labels`), and those."""
    return (re.compile(rf"(?:^|(?<=\s))((?i:{'|'.join(LABEL_WORDS + source_labels)}))\s?:\s*"),
            frozenset(label.lower() for label in source_labels))


#: A source's name in a cell: one to four capitalised words, no digit ("Xinhua", "Reuters", "AP").
_NAME = re.compile(r"[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,3}")


def may_be_framed(text: str) -> bool:
    """The cheap test: short, and opening with a bullet or holding a bar or a label's colon."""
    return len(text) <= FRAMED_LENGTH and (text[:1] in BULLETS or "|" in text or ":" in text)


def _cells(text: str, label: Pattern[str]) -> List[Tuple[Optional[str], str]]:
    """(label or None, value) for each cell of `text`, in order."""
    cells: List[Tuple[Optional[str], str]] = []
    for part in text.split("|"):
        pieces = label.split(part)
        if pieces[0].strip():
            cells.append((None, pieces[0].strip()))
        cells.extend((label.lower(), value.strip()) for label, value in zip(pieces[1::2], pieces[2::2]))
    return cells


def read_framed_line(text: str, months: Dict[str, int], zones: Dict[str, int],
                     vocab: Vocabulary = DEFAULT) -> Optional[Union[TimeLine, DayLine]]:
    """The first stamp of a framed line, its text the whole line; None when a cell is neither a
    stamp nor a short name, or when no cell is a stamp (see the module's text). `vocab`: its
    source labels, weekdays and poster marks are read."""
    line = text.strip()
    bare = line.lstrip(BULLETS + " \t")
    framed = len(bare) < len(line)
    label_re, sources = _labels(tuple(vocab.source_labels))
    cells = _cells(bare, label_re)
    if len(cells) < 2 and not framed:
        return None  # an unframed line is read by the forms themselves
    first: Optional[Union[TimeLine, DayLine]] = None
    for label, value in cells:
        if label in sources or (label is None and _NAME.fullmatch(value)):
            continue
        stamp = read_time_line(value, months, zones, vocab) if ":" in value else read_day_line(value, months, vocab)
        if stamp is None:
            return None
        first = first or stamp
    return first._replace(text=line) if first is not None else None
