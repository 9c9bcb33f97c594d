"""Layout vocabulary as data: month names, sections, furniture lines, credit and note forms.

Everything the parser knows about how agency pages are laid out, and that a user may want to
extend, lives in this package as plain tables: `names` (months, weekdays, the agency table with
the forms English and Russian copy print and the agencies' sign-offs, sections and their slugs,
time zones), `furniture` (what a site prints around a story) and `marks` (how bylines, credits and
notes are printed; the words the parser weighs).
`Vocabulary`, here, bundles them, and the parser reads every table through the one it is given:
`parse(text, vocab=...)` takes one, so a caller can add a site's furniture, an agency or a zone
without touching the parser:

    >>> from dataclasses import replace
    >>> mine = replace(DEFAULT, furniture=DEFAULT.furniture | {"Subscribe to our newsletter"})

Every table is importable from here too (`from tasscli.vocab import MONTHS`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Optional, Tuple

from tasscli.record import FrozenFields, _object_setattr, frozen_tables
from tasscli.vocab.endings import (
    END_MARKERS,
    FOOTER_WORDS,
    RELATED_MARKERS,
    TAG_MARKERS,
    TRAILING_FURNITURE,
)
from tasscli.vocab.furniture import (
    BANNER_LABELS,
    CATEGORY_WORDS,
    CONTACT_PATTERNS,
    CONTROL_PATTERNS,
    FURNITURE,
    FURNITURE_PATTERNS,
    GRAPHIC_LABELS,
    PUBLICATION_WORDS,
    TEASER_LINKS,
    TOPIC_TITLE_WORDS,
    WIDGET_PATTERNS,
)
from tasscli.vocab.marks import (
    BYLINE_AGENCIES,
    BYLINE_JOINERS,
    BYLINE_OPENERS,
    BYLINE_ROLES,
    BYLINE_SIGNATURES,
    CAPTION_CREDIT_OPENERS,
    COLON_LABELS,
    CREDIT_LINES,
    CREDIT_MARKS,
    CREDIT_SUFFIXES,
    CREDIT_TAILS,
    CUT_LINE_OPENERS,
    LEAD_OPENERS,
    NOTE_PATTERNS,
    POSTER_MARKS,
    SOURCE_LABELS,
    STOPWORDS,
    TRAILERS,
)
from tasscli.vocab.menus import BREADCRUMB_HOMES, MENU_ARROWS, MENU_BARS, MENU_ITEMS
from tasscli.vocab.names import (
    AGENCIES,
    AGENCIES_MORE,
    AGENCIES_RU,
    AGENCY_ZONES,
    DAY_WORDS_RU,
    HIJRI_MONTHS,
    MONTHS,
    MONTHS_RU,
    PLACE_GENERICS,
    PLACE_OPENERS,
    REPORTER_FOR,
    REPORTER_MARKS,
    REPORTER_ROLES,
    RUBRIC_PATTERNS,
    SECTION_SLUGS,
    SECTIONS,
    SECTIONS_RU,
    WEEKDAYS,
    ZONE_OFFSETS,
    Agency,
)


def _months() -> Dict[str, int]:
    return dict(MONTHS)


def _zone_offsets() -> Dict[str, int]:
    return dict(ZONE_OFFSETS)


def _agency_zones() -> Dict[str, str]:
    return dict(AGENCY_ZONES)


def _section_slugs() -> Dict[str, str]:
    return dict(SECTION_SLUGS)


class _Factory:
    """The default of a field filled by its default_factory (shown as dataclasses show it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY: Any = _Factory()


# Written out as Article is (see tasscli.record): @dataclass(frozen=True) exec()s generated source
# for its methods, 8.3M instructions for these 28 fields, which with the records' 10.7M took a
# one-page `tasscli parse` from 1.46x to 1.58x `python -c "import click, json"` (callgrind, issue
# 21). tests/parsing/test_record_types.py holds it to what the decorator generates. Hashed by
# identity, not by fields.
@dataclass(init=False, repr=False, eq=False)
class Vocabulary(FrozenFields):
    """The tables one parse uses. Replace any of them with `dataclasses.replace`."""

    months: Dict[str, int] = field(default_factory=_months)
    sections: Tuple[str, ...] = SECTIONS
    furniture: FrozenSet[str] = FURNITURE
    furniture_patterns: Tuple[str, ...] = FURNITURE_PATTERNS
    related_markers: FrozenSet[str] = RELATED_MARKERS
    tag_markers: FrozenSet[str] = TAG_MARKERS
    graphic_labels: Tuple[str, ...] = GRAPHIC_LABELS
    credit_marks: Tuple[str, ...] = CREDIT_MARKS
    credit_suffixes: Tuple[str, ...] = CREDIT_SUFFIXES
    credit_lines: Tuple[str, ...] = CREDIT_LINES
    stopwords: FrozenSet[str] = STOPWORDS
    #: The agency of a page that carries the ` date YYYY-MM-DD` archive prefix but no dateline.
    prefix_agency: Optional[str] = "TASS"
    trailing_furniture: Tuple[str, ...] = TRAILING_FURNITURE
    end_markers: Tuple[str, ...] = END_MARKERS
    note_patterns: Tuple[str, ...] = NOTE_PATTERNS
    trailers: Tuple[str, ...] = TRAILERS
    category_words: FrozenSet[str] = CATEGORY_WORDS
    footer_words: FrozenSet[str] = FOOTER_WORDS
    control_patterns: Tuple[str, ...] = CONTROL_PATTERNS
    byline_openers: Tuple[str, ...] = BYLINE_OPENERS
    byline_roles: Tuple[str, ...] = BYLINE_ROLES
    menu_arrows: str = MENU_ARROWS
    menu_bars: str = MENU_BARS
    lead_openers: FrozenSet[str] = LEAD_OPENERS
    byline_signatures: Tuple[str, ...] = BYLINE_SIGNATURES
    credit_tails: Tuple[str, ...] = CREDIT_TAILS
    caption_credit_openers: Tuple[str, ...] = CAPTION_CREDIT_OPENERS
    breadcrumb_homes: Tuple[str, ...] = BREADCRUMB_HOMES
    menu_items: Tuple[str, ...] = MENU_ITEMS
    teaser_links: Tuple[str, ...] = TEASER_LINKS
    topic_title_words: FrozenSet[str] = TOPIC_TITLE_WORDS
    widget_patterns: Tuple[str, ...] = WIDGET_PATTERNS
    byline_joiners: Tuple[str, ...] = BYLINE_JOINERS
    publication_words: FrozenSet[str] = PUBLICATION_WORDS
    byline_agencies: Tuple[str, ...] = BYLINE_AGENCIES
    #: The agency table (`vocab.names.AGENCIES`): printed forms, example datelines, sign-offs.
    agencies: Tuple[Agency, ...] = AGENCIES
    #: Zone abbreviations printed next to times -> minutes east of UTC (`vocab.names`).
    zone_offsets: Dict[str, int] = field(default_factory=_zone_offsets)
    #: The zone (IANA name) of an agency's times printed without one.
    agency_zones: Dict[str, str] = field(default_factory=_agency_zones)
    #: Section names as printed -> the record's `section_slug` (normalization).
    section_slugs: Dict[str, str] = field(default_factory=_section_slugs)
    #: The lines of a site's contact block (founder, address, phone, e-mail, copyright year).
    contact_patterns: Tuple[str, ...] = CONTACT_PATTERNS
    #: Words no headline opens with: a line opening with one and holding no sentence is a cut end.
    cut_line_openers: FrozenSet[str] = CUT_LINE_OPENERS
    #: Words set with a colon before a first sentence that are no place ("Update:", "Analysis:").
    colon_labels: FrozenSet[str] = COLON_LABELS
    #: Rubric lines no table lists, as patterns of the whole line ("Спортивные новости"): the section.
    rubric_patterns: Tuple[str, ...] = RUBRIC_PATTERNS
    #: Weekday names (regex sources): in time and date lines, and no place in a dateline.
    weekdays: Tuple[str, ...] = WEEKDAYS
    #: Hijri month names (regex sources) of a dateline's Hijri date.
    hijri_months: Tuple[str, ...] = HIJRI_MONTHS
    #: A region's generic word after its name in a dateline's place ("край").
    place_generics: Tuple[str, ...] = PLACE_GENERICS
    #: First words of places in capitals of two words or more ("NEW" YORK).
    place_openers: Tuple[str, ...] = PLACE_OPENERS
    #: A correspondent's mark before the agency inside a dateline's marks ("Корр.").
    reporter_marks: Tuple[str, ...] = REPORTER_MARKS
    #: A correspondent's role after the agency inside a dateline's marks.
    reporter_roles: Tuple[str, ...] = REPORTER_ROLES
    #: The word between a correspondent's names and the agency ("for").
    reporter_for: Tuple[str, ...] = REPORTER_FOR
    #: Who posted a story, glued after a time line ("Posted by").
    poster_marks: Tuple[str, ...] = POSTER_MARKS
    #: Labels of a source's name in a framed time line ("Source:").
    source_labels: Tuple[str, ...] = SOURCE_LABELS
    #: Capitalised Russian words of days ("Сегодня", "Вторник"): no place of an unmarked Russian dateline.
    day_words_ru: Tuple[str, ...] = DAY_WORDS_RU

    # No return annotation: a string 'None' would show in the signature, which frozen=True left out.
    def __init__(self, months: Dict[str, int] = _FACTORY, sections: Tuple[str, ...] = SECTIONS,
                 furniture: FrozenSet[str] = FURNITURE, furniture_patterns: Tuple[str, ...] = FURNITURE_PATTERNS,
                 related_markers: FrozenSet[str] = RELATED_MARKERS, tag_markers: FrozenSet[str] = TAG_MARKERS,
                 graphic_labels: Tuple[str, ...] = GRAPHIC_LABELS, credit_marks: Tuple[str, ...] = CREDIT_MARKS,
                 credit_suffixes: Tuple[str, ...] = CREDIT_SUFFIXES, credit_lines: Tuple[str, ...] = CREDIT_LINES,
                 stopwords: FrozenSet[str] = STOPWORDS,
                 prefix_agency: Optional[str] = "TASS", trailing_furniture: Tuple[str, ...] = TRAILING_FURNITURE,
                 end_markers: Tuple[str, ...] = END_MARKERS, note_patterns: Tuple[str, ...] = NOTE_PATTERNS,
                 trailers: Tuple[str, ...] = TRAILERS, category_words: FrozenSet[str] = CATEGORY_WORDS,
                 footer_words: FrozenSet[str] = FOOTER_WORDS,
                 control_patterns: Tuple[str, ...] = CONTROL_PATTERNS,
                 byline_openers: Tuple[str, ...] = BYLINE_OPENERS, byline_roles: Tuple[str, ...] = BYLINE_ROLES,
                 menu_arrows: str = MENU_ARROWS, menu_bars: str = MENU_BARS,
                 lead_openers: FrozenSet[str] = LEAD_OPENERS,
                 byline_signatures: Tuple[str, ...] = BYLINE_SIGNATURES, credit_tails: Tuple[str, ...] = CREDIT_TAILS,
                 caption_credit_openers: Tuple[str, ...] = CAPTION_CREDIT_OPENERS,
                 breadcrumb_homes: Tuple[str, ...] = BREADCRUMB_HOMES, menu_items: Tuple[str, ...] = MENU_ITEMS,
                 teaser_links: Tuple[str, ...] = TEASER_LINKS, topic_title_words: FrozenSet[str] = TOPIC_TITLE_WORDS,
                 widget_patterns: Tuple[str, ...] = WIDGET_PATTERNS, byline_joiners: Tuple[str, ...] = BYLINE_JOINERS,
                 publication_words: FrozenSet[str] = PUBLICATION_WORDS,
                 byline_agencies: Tuple[str, ...] = BYLINE_AGENCIES,
                 agencies: Tuple[Agency, ...] = AGENCIES,
                 zone_offsets: Dict[str, int] = _FACTORY, agency_zones: Dict[str, str] = _FACTORY,
                 section_slugs: Dict[str, str] = _FACTORY, contact_patterns: Tuple[str, ...] = CONTACT_PATTERNS,
                 cut_line_openers: FrozenSet[str] = CUT_LINE_OPENERS, colon_labels: FrozenSet[str] = COLON_LABELS,
                 rubric_patterns: Tuple[str, ...] = RUBRIC_PATTERNS,
                 weekdays: Tuple[str, ...] = WEEKDAYS, hijri_months: Tuple[str, ...] = HIJRI_MONTHS,
                 place_generics: Tuple[str, ...] = PLACE_GENERICS, place_openers: Tuple[str, ...] = PLACE_OPENERS,
                 reporter_marks: Tuple[str, ...] = REPORTER_MARKS, reporter_roles: Tuple[str, ...] = REPORTER_ROLES,
                 reporter_for: Tuple[str, ...] = REPORTER_FOR, poster_marks: Tuple[str, ...] = POSTER_MARKS,
                 source_labels: Tuple[str, ...] = SOURCE_LABELS, day_words_ru: Tuple[str, ...] = DAY_WORDS_RU):
        _object_setattr(self, "months", _months() if months is _FACTORY else months)
        _object_setattr(self, "sections", sections)
        _object_setattr(self, "furniture", furniture)
        _object_setattr(self, "furniture_patterns", furniture_patterns)
        _object_setattr(self, "related_markers", related_markers)
        _object_setattr(self, "tag_markers", tag_markers)
        _object_setattr(self, "graphic_labels", graphic_labels)
        _object_setattr(self, "credit_marks", credit_marks)
        _object_setattr(self, "credit_suffixes", credit_suffixes)
        _object_setattr(self, "credit_lines", credit_lines)
        _object_setattr(self, "stopwords", stopwords)
        _object_setattr(self, "prefix_agency", prefix_agency)
        _object_setattr(self, "trailing_furniture", trailing_furniture)
        _object_setattr(self, "end_markers", end_markers)
        _object_setattr(self, "note_patterns", note_patterns)
        _object_setattr(self, "trailers", trailers)
        _object_setattr(self, "category_words", category_words)
        _object_setattr(self, "footer_words", footer_words)
        _object_setattr(self, "control_patterns", control_patterns)
        _object_setattr(self, "byline_openers", byline_openers)
        _object_setattr(self, "byline_roles", byline_roles)
        _object_setattr(self, "menu_arrows", menu_arrows)
        _object_setattr(self, "menu_bars", menu_bars)
        _object_setattr(self, "lead_openers", lead_openers)
        _object_setattr(self, "byline_signatures", byline_signatures)
        _object_setattr(self, "credit_tails", credit_tails)
        _object_setattr(self, "caption_credit_openers", caption_credit_openers)
        _object_setattr(self, "breadcrumb_homes", breadcrumb_homes)
        _object_setattr(self, "menu_items", menu_items)
        _object_setattr(self, "teaser_links", teaser_links)
        _object_setattr(self, "topic_title_words", topic_title_words)
        _object_setattr(self, "widget_patterns", widget_patterns)
        _object_setattr(self, "byline_joiners", byline_joiners)
        _object_setattr(self, "publication_words", publication_words)
        _object_setattr(self, "byline_agencies", byline_agencies)
        _object_setattr(self, "agencies", agencies)
        _object_setattr(self, "zone_offsets", _zone_offsets() if zone_offsets is _FACTORY else zone_offsets)
        _object_setattr(self, "agency_zones", _agency_zones() if agency_zones is _FACTORY else agency_zones)
        _object_setattr(self, "section_slugs", _section_slugs() if section_slugs is _FACTORY else section_slugs)
        _object_setattr(self, "contact_patterns", contact_patterns)
        _object_setattr(self, "cut_line_openers", cut_line_openers)
        _object_setattr(self, "colon_labels", colon_labels)
        _object_setattr(self, "rubric_patterns", rubric_patterns)
        _object_setattr(self, "weekdays", weekdays)
        _object_setattr(self, "hijri_months", hijri_months)
        _object_setattr(self, "place_generics", place_generics)
        _object_setattr(self, "place_openers", place_openers)
        _object_setattr(self, "reporter_marks", reporter_marks)
        _object_setattr(self, "reporter_roles", reporter_roles)
        _object_setattr(self, "reporter_for", reporter_for)
        _object_setattr(self, "poster_marks", poster_marks)
        _object_setattr(self, "source_labels", source_labels)
        _object_setattr(self, "day_words_ru", day_words_ru)

    def __hash__(self) -> int:  # tables are read-only by convention; hash by identity for caching
        return id(self)



frozen_tables(Vocabulary)

DEFAULT = Vocabulary()


#: Vocabulary, DEFAULT and every table of `names`, `furniture` and `marks`
#: (`from tasscli.vocab import ...`).
__all__ = [
    "AGENCIES", "AGENCIES_MORE", "AGENCIES_RU", "AGENCY_ZONES", "Agency", "BANNER_LABELS", "BREADCRUMB_HOMES",
    "BYLINE_AGENCIES", "BYLINE_JOINERS", "BYLINE_OPENERS", "BYLINE_ROLES", "BYLINE_SIGNATURES",
    "CAPTION_CREDIT_OPENERS", "CATEGORY_WORDS", "COLON_LABELS", "CONTACT_PATTERNS", "CONTROL_PATTERNS", "CREDIT_LINES",
    "CREDIT_MARKS", "CREDIT_SUFFIXES", "CREDIT_TAILS", "CUT_LINE_OPENERS", "DAY_WORDS_RU", "DEFAULT", "END_MARKERS",
    "FOOTER_WORDS",
    "FURNITURE", "FURNITURE_PATTERNS", "GRAPHIC_LABELS", "HIJRI_MONTHS", "LEAD_OPENERS", "MENU_ARROWS", "MENU_BARS",
    "MENU_ITEMS", "MONTHS", "MONTHS_RU", "NOTE_PATTERNS", "PLACE_GENERICS", "PLACE_OPENERS", "POSTER_MARKS",
    "PUBLICATION_WORDS", "RELATED_MARKERS", "REPORTER_FOR", "REPORTER_MARKS", "REPORTER_ROLES", "RUBRIC_PATTERNS",
    "SECTIONS", "SECTIONS_RU", "SECTION_SLUGS", "SOURCE_LABELS", "STOPWORDS", "TAG_MARKERS", "TEASER_LINKS",
    "TOPIC_TITLE_WORDS", "TRAILERS", "TRAILING_FURNITURE", "Vocabulary", "WEEKDAYS", "WIDGET_PATTERNS", "ZONE_OFFSETS",
]
