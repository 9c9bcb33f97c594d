"""A page's lines: read off the text (`read_lines`: trimmed, single-spaced, in blank-separated
blocks, the archive's date prefix read off), each a `Line` that `kinds.classify` gives a kind; and the
shape tests of a line's text the later passes share (`ends_sentence`, `headline_like`, `menu_like`).
"""
from __future__ import annotations

import re
from datetime import date
from typing import FrozenSet, List, Optional, Tuple

from tasscli.parsing import dates
from tasscli.parsing.letters import LETTER_RUN, ZERO_WIDTH
from tasscli.parsing.mojibake import Markers, may_hold_mojibake, repair_mojibake_lines


class Line:
    """One non-blank line of a page, and what the classifier read in it.

    A plain class with slots, not a dataclass: a page makes one per line, and a dataclass costs a
    millisecond of start-up to define."""

    __slots__ = ("number", "text", "block", "kind", "info", "notes")

    def __init__(self, number: int, text: str, block: int, kind: str = "text", info: object = None,
                 notes: Tuple[str, ...] = ()) -> None:
        self.number = number  # 1-based, in the page as given
        self.text = text  # trimmed, the prefix removed from the first line
        self.block = block  # lines of one blank-separated block share this
        self.kind = kind
        self.info = info  # what the classifier read: a TimeLine, a section name, a dateline ...
        self.notes = notes  # editors' notes cut from the line ("(MENAFN- ...)")

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r}, {self.block}, kind={self.kind!r})"


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
