"""A page's lines: read off the text (`read_lines`: trimmed, single-spaced, in blank-separated
blocks, the archive's date prefix read off), each a `Line` that `kinds.classify` gives a kind; and the
shape tests of a line's text the later passes share (`ends_sentence`, `headline_like`, `menu_like`).

The kinds of a page's lines (`Line.kind`), and what each kind's grammar read in the line (`Line.info`).

`kinds.classify` gives every line a kind, and the page passes (`pagelines`, `crumbs`, `listings`,
...) may give it another; every later pass reads the kinds. A kind is a `Kind`: a member of a str
enumeration, so it prints, compares, hashes and serialises as its value ("dateline"), and explain
text, JSON and the labeler's features (`kind=dateline`) read as they did when kinds were bare strings.

The payload a kind carries in `Line.info` (`INFO_TYPES`, checked by `info_fits`):

========================  ===================================================================
kind                      `Line.info`
========================  ===================================================================
text, bullet-title,       None (a note's text is in `Line.notes`)
furniture, note,
template, end, tags,
related, related-item,
tags-line, separator,
source
label, section, graphic   str: the label, section or infographic's title as printed
credit                    str: the credit
caption                   (caption, credit): two str, the credit maybe None
byline                    (name, agency): each a str or None
dateline                  (Dateline, canonical agency or None, the rest of the line)
time                      TimeLine
date                      DayLine
section-time              (section, TimeLine)
headline-time             (TimeLine, credit or None), or (TimeLine, None, a dateline's triple or None)
news-item                 re.Match of `Grammar.news_item` (title, section, time)
========================  ===================================================================
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Dict, FrozenSet, List, Optional, Tuple, Union

from tasscli.parsing import dates
from tasscli.parsing.dates.values import DayLine, TimeLine
from tasscli.parsing.letters import LETTER_RUN, ZERO_WIDTH
from tasscli.parsing.mojibake import Markers, may_hold_mojibake, repair_mojibake_lines
from tasscli.record import Dateline


class Kind(str):
    """A line's kind: one of the members below (`Kind.TEXT`, `Kind.DATELINE`, ...; `Kind.members()`).

    An enumeration of str members, as `enum.StrEnum`'s are, written as a plain str subclass:
    creating the same class with `enum.Enum` cost 2.2M instructions of start-up (callgrind: a
    one-page run is about 280M), and its members, read through the enum's metaclass, cost ten
    times a module attribute in the passes that compare kinds for every line. Kept from an enum:
    `Kind("dateline")` gives the member (a ValueError for no kind), `name`, `value`, a repr
    naming the member, and a member pickles as itself."""

    __slots__ = ()
    _members: Dict[str, Kind] = {}

    def __new__(cls, value: str) -> Kind:
        member = cls._members.get(value)
        if member is None:
            raise ValueError(f"{value!r} is not a line kind")
        return member

    @property
    def name(self) -> str:
        return self.upper().replace("-", "_")

    @property
    def value(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"<Kind.{self.name}: {str.__repr__(self)}>"

    def __reduce__(self) -> Tuple[type, Tuple[str]]:
        return Kind, (str.__str__(self),)

    @classmethod
    def members(cls) -> Tuple[Kind, ...]:
        """Every kind, in the order of this module."""
        return tuple(cls._members.values())


def _member(value: str) -> Kind:
    member = str.__new__(Kind, value)
    Kind._members[value] = member
    setattr(Kind, member.name, member)
    return member


# The members as this module's names too, which the passes read (`import tasscli.parsing.lines as
# K`; `line.kind is K.TEXT`): a module attribute is the cheapest read, and kinds are compared for
# every line in every pass. `str()`, `format()` and `json` give the bare value.
TEXT = _member("text")
LABEL = _member("label")
BULLET_TITLE = _member("bullet-title")
FURNITURE = _member("furniture")
NOTE = _member("note")
TEMPLATE = _member("template")
END = _member("end")
TAGS = _member("tags")
RELATED = _member("related")
RELATED_ITEM = _member("related-item")
TAGS_LINE = _member("tags-line")
SECTION = _member("section")
SEPARATOR = _member("separator")
BYLINE = _member("byline")
SOURCE = _member("source")
DATELINE = _member("dateline")
CAPTION = _member("caption")
CREDIT = _member("credit")
GRAPHIC = _member("graphic")
TIME = _member("time")
DATE = _member("date")
SECTION_TIME = _member("section-time")
HEADLINE_TIME = _member("headline-time")
NEWS_ITEM = _member("news-item")

#: Groups of kinds the passes test a line's kind against (`line.kind in K.TEXT_OR_DATELINE`), built
#: once here: a tuple of members written at the test would be built at every test.
CAPTION_OR_CREDIT = (CAPTION, CREDIT)
DATELINE_OR_BULLET_TITLE = (DATELINE, BULLET_TITLE)
DATELINE_OR_HEADLINE_TIME = (DATELINE, HEADLINE_TIME)
DATELINE_OR_TIME_OR_DATE_OR_NOTE_OR_HEADLINE_TIME = (DATELINE, TIME, DATE, NOTE, HEADLINE_TIME)
DATELINE_OR_TIME_OR_DATE_OR_SOURCE_OR_SECTION_TIME = (DATELINE, TIME, DATE, SOURCE, SECTION_TIME)
END_OR_TAGS = (END, TAGS)
FURNITURE_OR_CAPTION_OR_CREDIT = (FURNITURE, CAPTION, CREDIT)
FURNITURE_OR_LABEL = (FURNITURE, LABEL)
FURNITURE_OR_SEPARATOR_OR_CREDIT = (FURNITURE, SEPARATOR, CREDIT)
LABEL_OR_SEPARATOR_OR_SOURCE_OR_BULLET_TITLE = (LABEL, SEPARATOR, SOURCE, BULLET_TITLE)
TAGS_OR_TAGS_LINE_OR_END = (TAGS, TAGS_LINE, END)
TEMPLATE_OR_FURNITURE_OR_NEWS_ITEM = (TEMPLATE, FURNITURE, NEWS_ITEM)
TEXT_OR_BULLET_TITLE = (TEXT, BULLET_TITLE)
TEXT_OR_DATELINE = (TEXT, DATELINE)
TEXT_OR_DATELINE_OR_BULLET_TITLE = (TEXT, DATELINE, BULLET_TITLE)
TEXT_OR_HEADLINE_TIME = (TEXT, HEADLINE_TIME)
TIME_OR_SECTION_TIME = (TIME, SECTION_TIME)


class Line:
    """One non-blank line of a page, and what the classifier read in it.

    A plain class with slots, not a dataclass: a page makes one per line, and a dataclass costs a
    millisecond of start-up to define."""

    __slots__ = ("number", "text", "block", "kind", "info", "notes")

    def __init__(self, number: int, text: str, block: int, kind: Kind = TEXT, info: Info = None,
                 notes: Tuple[str, ...] = ()) -> None:
        self.number = number  # 1-based, in the page as given
        self.text = text  # trimmed, the prefix removed from the first line
        self.block = block  # lines of one blank-separated block share this
        self.kind = kind  # a `Kind`
        self.info = info  # what the kind's grammar read: the kind's payload (`INFO_TYPES`)
        self.notes = notes  # editors' notes cut from the line ("(MENAFN- ...)")

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r}, {self.block}, kind={str(self.kind)!r})"


NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$")


_CLOSERS = "\"”’'»)]"
#: The characters a quote opens with: a line opening with one is a quote, not a headline or lead.
QUOTE_OPENERS = "\"“‘'«„"
_TERMINAL = frozenset(".!?…")


#: What a copied emoji may leave on a title's ends (variation selectors, spaces).
TITLE_STRAYS = "\ufe0e\ufe0f \u00a0"


def folded_title(text: str) -> str:
    """A title as compared with its copies: a stray emoji variation selector ("\ufe0fTASS News
    Roundup") does not make it another, nor does case."""
    return text.strip(TITLE_STRAYS).casefold()


def ends_sentence(text: str) -> bool:
    """Does the text end with terminal punctuation, maybe inside closing quotes or brackets?
    (A string test: a regex would be tried at every position of the line.)"""
    last = text[-1:]
    if last in _TERMINAL:  # most lines answer by their last character, with no copy made
        return True
    if not last or (last not in _CLOSERS and not last.isspace()):
        return False
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINAL


def year_abbreviated(text: str) -> bool:
    """Does the line end with a year and its abbreviation ("... 25 сентября 2007 г.")? That point
    ends no sentence: a headline may end so."""
    return text.endswith((" г.", " Г.")) and text[-7:-3].isdigit()  # (a headline may be in capitals)


def is_sentence(text: str) -> bool:
    # (split's maxsplit: a paragraph's words are counted up to the bound, not all listed.)
    return bool(ends_sentence(text)) and len(text.split(None, 6)) >= 6


def line_texts(text: str) -> List[str]:
    """A page's own lines, as every line number in tasscli counts them: CR LF, CR and form feed end
    a line, as LF does. A byte order mark opening the text is not part of its first line."""
    if text[:1] == "\ufeff":
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


#: Deletes the zero-width characters (`tasscli.parsing.normalize.ZERO_WIDTH`): a line's meaning has none,
#: and a zero-width space before "MOSCOW, June 3. /TASS/." hid the dateline.
_INVISIBLE = dict.fromkeys(map(ord, ZERO_WIDTH))


def visible(row: str) -> bool:
    """Does the row show anything: a character other than white space and `ZERO_WIDTH`? The
    parser reads the rows that do; the others are blank lines, here and in `tasscli explain`."""
    return bool(row.strip()) and (row.isprintable() or bool(without_invisible(row).strip()))


def without_invisible(text: str) -> str:
    """`text` without the `ZERO_WIDTH` characters, as the parser reads its lines."""
    # A translate() through a dict costs a lookup a character: only for text that holds one.
    if text.isascii() or not any(char in text for char in ZERO_WIDTH):
        return text
    return text.translate(_INVISIBLE)


def read_lines(text: str, mojibake: Optional[Markers] = None
               ) -> Tuple[Optional[date], int, List[Line], List[int]]:
    """The page's non-blank lines, trimmed and single-spaced, with the archive's ` date YYYY-MM-DD`
    prefix read off the first of them; given `mojibake` markers (`Grammar.mojibake_markers`), the
    lines that hold one are repaired first (`tasscli.parsing.normalize.repair_mojibake_lines`).

    Gives (the prefix's date, the number of the line it opened or 0, the lines, the numbers of the
    lines repaired). A plain tuple: a named tuple's class costs a millisecond of start-up."""
    raw = line_texts(text)
    repaired: List[int] = []
    if mojibake is not None and may_hold_mojibake(text, mojibake):
        repaired = repair_mojibake_lines(raw, mojibake)
    first = 0
    if not visible(raw[0]):  # blank lines above the prefix: a page saved or cut with them
        first = next((index for index, row in enumerate(raw) if visible(row)), 0)
    head = raw[first]
    prefix, raw[first] = dates.read_prefix(head if head.isprintable() else without_invisible(head))
    month = None
    if prefix is None and "date" in head:  # " date 2017-06": a prefix with no day, cut as the full one is
        month, raw[first] = dates.read_month_prefix(raw[first])
    out: List[Line] = []
    block = 0
    for number, row in enumerate(raw, 1):
        # A printable row has no whitespace but " " (isprintable is False for tabs, NBSP and the
        # other separators): with no double or edge space it is its own trimmed, single-spaced text.
        if row.isprintable() and "  " not in row and row[:1] != " " and row[-1:] != " ":
            stripped = row
        else:
            stripped = " ".join(without_invisible(row).split())
        if not stripped:
            block += 1
            continue
        out.append(Line(number, stripped, block))
    return prefix, first + 1 if prefix is not None or month is not None else 0, out, repaired


#: A headline has at least HEADLINE_WORDS words (every one in the corpora has, but for a cut one);
#: a line of at most MENU_WORDS words above one is the site's.
HEADLINE_WORDS = 5
MENU_WORDS = 3


def menu_like(text: str) -> bool:
    """Is the line as short as a site's menu item or label (MENU_WORDS words or fewer)?"""
    return len(text.split(None, MENU_WORDS)) <= MENU_WORDS  # words counted to the bound only


def headline_long(text: str) -> bool:
    """Has the line as many words as a headline has (HEADLINE_WORDS or more)?"""
    return len(text.split(None, HEADLINE_WORDS)) >= HEADLINE_WORDS


def names_footer(text: str, words: FrozenSet[str]) -> bool:
    """Does the line hold one of `words` (`Vocabulary.footer_words`: "Other news", "Most viewed")?"""
    return not words.isdisjoint(LETTER_RUN.findall(text.lower()))


#: A section label as tass.com prints it above the time line: a few words, none a sentence's.
SECTION_WORDS = 4
SECTION_LENGTH = 40


def section_like(text: str) -> bool:
    """Could the line be a section label ("Military & Defense", "Page Three")?"""
    return len(text) <= SECTION_LENGTH and len(text.split()) <= SECTION_WORDS and text[:1].isupper() \
        and text[-1:] not in ".,:;!?" and not any(char.isdigit() for char in text)


#: A longer label in title case: up to six words, each capitalised or a joining word, maybe closed
#: by its abbreviation in brackets ("Energy Security and Nuclear Power (ENP)").
TITLED_LABEL = re.compile(r"[A-Z][\w&'’-]*(?: (?:and|of|the|for|in|on|&|[A-Z][\w&'’-]*)){1,5}(?: \([A-Z]{2,8}\))?")


def headline_like(text: str) -> bool:
    """Could the line be a headline: a few words, not ending with a sentence's period? (A question
    or an exclamation may: "Will the ruble hold?")"""
    if len(text) > 200:
        return False
    words = len(text.split(None, 25))
    return 1 <= words <= 25 and not (ends_sentence(text) and text[-1] == "." and not text.endswith("...")
                                     and not year_abbreviated(text))


def bulleted(text: str) -> bool:
    """Does the line open with a bullet mark ("◾️ text", "• text", "- text"; an emoji's or a shape's
    mark may touch its text: "◾️text")? A roundup's items are such lines, one a line: a short one
    ending no sentence is an item, not the next story's headline."""
    first = text[:1]
    if not first:
        return False
    # A mark: a dash or star, or a symbol of the arrows-to-dingbats blocks (U+2190-U+2BFF) or an
    # emoji (U+1F300-U+1FAFF); no unicodedata (parsing one page imports no more than it needs).
    if first in "-–—*•·‣◦" or "\u2190" <= first <= "\u2bff" or "\U0001f300" <= first <= "\U0001faff":
        after = _AFTER_BULLET.match(text, 1)
        # Touching its text: a shape (U+2580-U+27BF) or an emoji (a variation selector after it);
        # not "©Name" or "€5".
        return after is not None and (after.group().endswith((" ", "\u00a0"))
                                      or "\u2580" <= first <= "\u27bf" or after.group()[:1] == "\ufe0f") \
            and len(text) > after.end()
    return False


#: After a bullet's mark: emoji variation selectors, then a space (or none).
_AFTER_BULLET = re.compile("[\ufe0e\ufe0f]*[ \u00a0]?")


# --- What each kind carries in `Line.info` (the table in the module's text) ---

if TYPE_CHECKING:
    #: A dateline as the grammar reads it: the dateline, the canonical agency (None when it names
    #: none), and the rest of the line.
    DatelineInfo = Tuple[Dateline, Optional[str], str]
    #: What a line's kind carries in `Line.info` (see the module's table).
    Info = Union[None, str, Tuple[Optional[str], Optional[str]], DatelineInfo, TimeLine, DayLine,
                 Tuple[str, TimeLine], Tuple[TimeLine, Optional[str]],
                 Tuple[TimeLine, None, Optional[DatelineInfo]], re.Match[str]]


class AnyOf(tuple):
    """Shapes of which `Line.info` is one (in `INFO_TYPES`); a plain tuple is a tuple's items."""


_MAYBE_STR = AnyOf((str, None))

#: The shape of `Line.info` for each kind: a type, None, a tuple of its items' shapes, or `AnyOf`.
INFO_TYPES: Dict[Kind, object] = {
    **dict.fromkeys((Kind.TEXT, Kind.BULLET_TITLE, Kind.FURNITURE, Kind.NOTE, Kind.TEMPLATE, Kind.END, Kind.TAGS,
                     Kind.RELATED, Kind.RELATED_ITEM, Kind.TAGS_LINE, Kind.SEPARATOR, Kind.SOURCE), None),
    Kind.LABEL: str, Kind.SECTION: str, Kind.GRAPHIC: str, Kind.CREDIT: str,
    Kind.CAPTION: (str, _MAYBE_STR),
    Kind.BYLINE: (_MAYBE_STR, _MAYBE_STR),
    Kind.DATELINE: (Dateline, _MAYBE_STR, str),
    Kind.TIME: TimeLine,
    Kind.DATE: DayLine,
    Kind.SECTION_TIME: (str, TimeLine),
    Kind.HEADLINE_TIME: AnyOf(((TimeLine, _MAYBE_STR), (TimeLine, None, AnyOf(((Dateline, _MAYBE_STR, str), None))))),
    Kind.NEWS_ITEM: re.Match,
}


def _fits(value: object, shape: object) -> bool:
    if shape is None:
        return value is None
    if isinstance(shape, AnyOf):
        return any(_fits(value, part) for part in shape)
    if isinstance(shape, tuple):
        return isinstance(value, tuple) and len(value) == len(shape) and all(map(_fits, value, shape))
    return isinstance(value, shape)  # type: ignore[arg-type]


def info_fits(kind: Union[Kind, str], info: object) -> bool:
    """Is `info` what a line of `kind` carries (`INFO_TYPES`)?"""
    return _fits(info, INFO_TYPES[Kind(kind)])
