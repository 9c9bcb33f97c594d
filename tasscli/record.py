"""The record tasscli emits: one `Article` per story found on a page.

Field order here is the column order of every writer (JSON, JSON Lines, CSV).
"""
from __future__ import annotations

from collections import namedtuple
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, Callable, Dict, Optional, Tuple

# Start-up cost: `@dataclass(frozen=True)` exec()s generated source for six methods, about 1 ms a
# class, and `tasscli parse` runs once per file in shell loops. With init=False, repr=False,
# eq=False the decorator generates nothing and only records the fields, so fields(), replace(),
# asdict() and is_dataclass() still work; the methods are written out. __init__, in each class
# body, spells the fields out as the generated code did (it runs once per article); repr, ==, hash
# and the frozen checks, shared in FrozenFields, read getters made from fields() (== and hash run
# on no pipeline path). tests/parsing/test_record_types.py holds every method to what frozen=True
# generated, so a field added to the annotations alone fails there.

# Bound once: __init__ runs per article, and a module global is found faster than `object` in
# builtins (frozen __init__ must go round the __setattr__ that refuses assignment).
_object_setattr = object.__setattr__


class FrozenFields:
    """repr, ==, hash and the frozen checks of a dataclass written out by hand (see above), read
    from the class's field tables, which `frozen_tables` sets once the decorator has seen the
    fields."""

    __slots__ = ()
    _frozen_class: type = object  # the class itself: its instances refuse every assignment
    _field_names: Tuple[str, ...] = ()
    _repr_values: Callable[[Any], Tuple[Any, ...]] = staticmethod(lambda self: ())
    _repr_names: Tuple[str, ...] = ()
    _compared_values: Callable[[Any], Tuple[Any, ...]] = staticmethod(lambda self: ())

    @recursive_repr()
    def __repr__(self) -> str:
        pairs = zip(self._repr_names, self._repr_values(self))
        return f"{self.__class__.__qualname__}({', '.join([f'{name}={value!r}' for name, value in pairs])})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared_values(self) == self._compared_values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared_values(self))

    def __setattr__(self, name: str, value: Any) -> None:
        if type(self) is self._frozen_class or name in self._field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        if type(self) is self._frozen_class or name in self._field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super().__delattr__(name)


def frozen_tables(cls: type) -> None:
    """Give `cls` (a FrozenFields dataclass) the field tables its methods read."""
    cls._frozen_class = cls
    cls._field_names = tuple(f.name for f in fields(cls))
    cls._field_values = staticmethod(attrgetter(*cls._field_names))
    cls._repr_names = tuple(f.name for f in fields(cls) if f.repr)
    cls._repr_values = staticmethod(attrgetter(*cls._repr_names))
    cls._compared_values = staticmethod(attrgetter(*(f.name for f in fields(cls) if f.compare)))


@dataclass(init=False, repr=False, eq=False)
class Dateline(FrozenFields):
    """The place/date/agency stamp that opens a wire story ("WASHINGTON, June 3. /TASS/.")."""

    place: Optional[str] = None
    region: Optional[str] = None
    date: Optional[str] = None
    agency: Optional[str] = None
    text: str = ""  # exactly as printed, so a user can check what the fields came from
    place_name: Optional[str] = None  # `place` in title case, filled by normalization

    # No return annotation: a string 'None' would show in the signature, which frozen=True left out.
    def __init__(self, place: Optional[str] = None, region: Optional[str] = None, date: Optional[str] = None,
                 agency: Optional[str] = None, text: str = "", place_name: Optional[str] = None):
        _object_setattr(self, "place", place)
        _object_setattr(self, "region", region)
        _object_setattr(self, "date", date)
        _object_setattr(self, "agency", agency)
        _object_setattr(self, "text", text)
        _object_setattr(self, "place_name", place_name)

    def to_dict(self) -> dict[str, Any]:
        return dict(zip(_DATELINE_FIELDS, _dateline_values(self)))


class LineRole(namedtuple("LineRole", ("number", "role", "article"), defaults=(None,))):
    """What became of one input line: `role` is e.g. "headline", "body", "dropped:furniture".

    number: int -- 1-based line number in the page; role: str
    article: Optional[int] = None -- index of the article on the page, None for page furniture

    A named tuple: the parser makes one per line, and a frozen dataclass took three times as long
    to build.
    (`collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()


@dataclass(init=False, repr=False, eq=False)
class Article(FrozenFields):
    """One story found on a page; its fields, in this order, are the record tasscli prints (README,
    "The record"): source, headline, lead, section, section_slug, published (ISO 8601),
    published_text, dateline (a `Dateline`), byline, body, credits, captions, agency, language,
    notes and warnings; `lines` (not printed) says which page lines each field came from.

    A docstring of its own: without one the decorator writes one from the __init__ signature,
    which cost 0.8M instructions of every start (inspect.signature)."""

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

    # No return annotation: a string 'None' would show in the signature (and so in the class
    # docstring the decorator writes from it), which frozen=True left out.
    def __init__(self, source: str = "-", headline: Optional[str] = None, lead: Optional[str] = None,
                 section: Optional[str] = None, section_slug: Optional[str] = None,
                 published: Optional[str] = None, published_text: Optional[str] = None,
                 dateline: Optional[Dateline] = None, byline: Optional[str] = None, body: Tuple[str, ...] = (),
                 credits: Tuple[str, ...] = (), captions: Tuple[str, ...] = (), agency: Optional[str] = None,
                 language: Optional[str] = None, notes: Tuple[str, ...] = (), warnings: Tuple[str, ...] = (),
                 lines: Tuple[LineRole, ...] = ()):
        _object_setattr(self, "source", source)
        _object_setattr(self, "headline", headline)
        _object_setattr(self, "lead", lead)
        _object_setattr(self, "section", section)
        _object_setattr(self, "section_slug", section_slug)
        _object_setattr(self, "published", published)
        _object_setattr(self, "published_text", published_text)
        _object_setattr(self, "dateline", dateline)
        _object_setattr(self, "byline", byline)
        _object_setattr(self, "body", body)
        _object_setattr(self, "credits", credits)
        _object_setattr(self, "captions", captions)
        _object_setattr(self, "agency", agency)
        _object_setattr(self, "language", language)
        _object_setattr(self, "notes", notes)
        _object_setattr(self, "warnings", warnings)
        _object_setattr(self, "lines", lines)

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

frozen_tables(Dateline)
frozen_tables(Article)


def replaced(record: Any, changes: Dict[str, Any]) -> Any:
    """`dataclasses.replace(record, **changes)`, for an Article or a Dateline without replace's
    walk over the fields' definitions, which cost more than normalizing a clean article (7 us of
    20): every field is an __init__ argument, in __init__'s order. Anything else (a subclass, an
    unknown name) goes to dataclasses.replace, errors included."""
    cls = record.__class__
    if (cls is Article or cls is Dateline) and changes.keys() <= set(cls._field_names):
        return cls(*[changes[name] if name in changes else value
                     for name, value in zip(cls._field_names, cls._field_values(record))])
    return replace(record, **changes)
