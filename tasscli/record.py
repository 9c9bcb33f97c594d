"""The record tasscli emits: one `Article` per story found on a page.

Field order here is the column order of every writer (JSON, JSON Lines, CSV). The records are
frozen dataclasses with slots (the parser makes one or more per page: no per-instance dict).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, Callable, Dict, FrozenSet, NamedTuple, Optional, Tuple


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Article:
    """One story found on a page: its fields in writer column order (`FIELDS`), and the page lines
    each came from (`lines`, not exported)."""

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
    language: Optional[str] = None  # "en", "ru", ...: the language of the body (of headline and lead without one)
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

Table = Tuple[Tuple[str, ...], Callable[[Any], Tuple[Any, ...]], FrozenSet[str]]


def _table(cls: type) -> Table:
    """A record class's field names in __init__'s order, a getter of their values, and the names as a set."""
    names = tuple(f.name for f in fields(cls))
    return names, attrgetter(*names), frozenset(names)


_TABLES: Dict[type, Table] = {Article: _table(Article), Dateline: _table(Dateline)}
_DATELINE_FIELDS, _dateline_values, _ = _TABLES[Dateline]


def replaced(record: Any, changes: Dict[str, Any]) -> Any:
    """`dataclasses.replace(record, **changes)`, for an Article or a Dateline without replace's
    walk over the fields' definitions, which cost more than normalizing a clean article (7 us of
    20): every field is an __init__ argument, in __init__'s order. Anything else (a subclass, an
    unknown name) goes to dataclasses.replace, errors included."""
    table = _TABLES.get(record.__class__)
    if table is not None and changes.keys() <= table[2]:
        names, values, _ = table
        return record.__class__(*[changes[name] if name in changes else value
                                  for name, value in zip(names, values(record))])
    return replace(record, **changes)
