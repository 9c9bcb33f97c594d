"""The record tasscli emits: one `Article` per story found on a page.

Field order here is the column order of every writer (JSON, JSON Lines, CSV).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Callable, NamedTuple, Optional, Tuple


@dataclass(frozen=True)
class Dateline:
    """The place/date/agency stamp that opens a wire story ("WASHINGTON, June 3. /TASS/.")."""

    place: Optional[str] = None
    region: Optional[str] = None
    date: Optional[str] = None
    agency: Optional[str] = None
    text: str = ""  # exactly as printed, so a user can check what the fields came from
    place_name: Optional[str] = None  # `place` in title case, filled by normalization

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(_DATELINE_FIELDS, _dateline_values(self)))


class LineRole(NamedTuple):
    """What became of one input line: `role` is e.g. "headline", "body", "dropped:furniture".

    A named tuple: the parser makes one per line, and a frozen dataclass took three times as long
    to build."""

    number: int  # 1-based line number in the page
    role: str
    article: Optional[int] = None  # index of the article on the page, None for page furniture


@dataclass(frozen=True)
class Article:
    source: str = "-"
    headline: Optional[str] = None
    lead: Optional[str] = None
    section: Optional[str] = None
    section_slug: Optional[str] = None
    published: Optional[str] = None
    published_text: Optional[str] = None
    dateline: Optional[Dateline] = None
    byline: Optional[str] = None
    body: Tuple[str, ...] = ()
    credits: Tuple[str, ...] = ()
    captions: Tuple[str, ...] = ()
    agency: Optional[str] = None
    notes: Tuple[str, ...] = ()
    warnings: Tuple[str, ...] = ()
    # Not exported: which page lines each field came from (see `tasscli explain`).
    lines: Tuple[LineRole, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        # Once per record in a batch: the names and one getter are made once, not asked of
        # dataclasses.fields() per call, which cost more than the rest of the record's way out.
        out: dict[str, Any] = {}
        for name, value in zip(FIELDS, _article_values(self)):
            if value is not None and type(value) is not str:  # most fields: as they are
                if isinstance(value, tuple):
                    value = list(value)
                elif isinstance(value, Dateline):
                    value = value.to_dict()
            out[name] = value
        return out


#: The exported field names, in writer column order.
FIELDS: Tuple[str, ...] = tuple(f.name for f in fields(Article) if f.name != "lines")
_article_values: Callable[[Article], Tuple[Any, ...]] = attrgetter(*FIELDS)
_DATELINE_FIELDS: Tuple[str, ...] = tuple(f.name for f in fields(Dateline))
_dateline_values: Callable[[Dateline], Tuple[Any, ...]] = attrgetter(*_DATELINE_FIELDS)
