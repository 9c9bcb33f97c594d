"""A wrong value is worse than none (issue 16.4): a headline or lead that the page's other grammars
read as something else (a byline, a photo credit or caption, a time or date line, a field label,
site text, a row of figures) is not a confident one. `vouch` leaves such a field empty and says why
in the record's `warnings`; its line keeps its place in `Article.lines`, as a doubtful one.

A missing lead is a gap; a lead holding a caption or a byline is a defect users see at once."""
from __future__ import annotations

import re
from typing import Any, Dict, Optional

from tasscli.parsing import dates
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import ends_sentence
from tasscli.record import LineRole

#: A credit glued to the end of a caption: "(CNA file photo)", "(Xinhua/Name)", "[Photo/Xinhua]",
#: "(Photo: AP)", "(AFP Photo)".
#: Not an agency's credit for the story's text: "(Tanjug/RTS)" ends a media report's headlines.
CAPTION_CREDIT = re.compile(r"[(\[](?:[^()\[\]]{0,40}\b(?:[Ff]ile )?(?:[Pp]hoto|PHOTO|[Pp]ic)\b[^()\[\]]{0,40}"
                            r"|[A-Z][\w.&'-]{1,30}/[A-Z][a-z]+(?: [A-Z][\w'-]+)+)[)\]]$")
#: "By" and a name of up to four capitalised words, maybe a role or outlet after a comma or bar
#: ("By Oleh Petrenko, staff writer"): a byline the vocabulary's roles need not name.
BY_NAME = re.compile(r"(?:By|BY)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*[,|/–-]\s*[^.!?]{0,40})?")
#: What follows a byline's names: an outlet or a role after a comma, bar or slash.
BYLINE_TAIL = re.compile(r"\s*[,|/]\s*\S")
#: A clock time: "10:05", "11:32 AM".
CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
#: A form's field label with no value: "ID:", "Share :", "Author :".
FIELD_LABEL = re.compile(r"[^\W\d][\w ]{0,20}?\s?:")
#: A time line is at most this many words ("Published 10:05 AM and last updated 11:32 AM").
TIME_LINE_WORDS = 12
#: A line of figures (a ticker: "USD 92.31 +0.12 EUR 99.10"): letters are less than this share of its
#: characters other than spaces.
LETTER_SHARE = 0.5


def doubt(text: str, g: Grammar, lead: bool = False) -> Optional[str]:
    """What the grammars read `text` as, other than a headline or (`lead`) a lead (None: nothing).
    "By" and capitalised words alone is a lead's doubt only: a headline in title case may open so
    ("By Land And Sea"); a headline is a byline's with what follows the names ("By Name | AP")."""
    # (Cheap gates before the searches: the characters a pattern cannot match without.)
    if g.byline_role.fullmatch(text) or ((lead or (("," in text or "|" in text or "/" in text)
                                                   and BYLINE_TAIL.search(text))) and g.byline.match(text)) \
            or (lead and BY_NAME.fullmatch(text)):
        return "a byline"
    if g.credit.match(text):
        return "a photo credit"
    if text[-1:] in ")]\n" and CAPTION_CREDIT.search(text):  # ("$" also matches before a last line end)
        return "a photo caption with its credit"
    if text[-1:] == ":" and FIELD_LABEL.fullmatch(text):
        return "a field label"
    if g.is_furniture(text):
        return "site text"
    if len(text.split(None, TIME_LINE_WORDS)) <= TIME_LINE_WORDS and not ends_sentence(text):
        if ":" in text and CLOCK.search(text):
            return "a time line"
        if dates.read_day_line(text, g.vocab.months, g.vocab) is not None:
            return "a date line"
    solid = text.replace(" ", "")
    if solid and not solid.isalpha() and _letters(solid) < LETTER_SHARE * len(solid):
        return "figures, not words"
    return None


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _letters(text: str) -> int:
    """How many of `text`'s characters are letters (str.isalpha). On ASCII text, where those are
    A-Z and a-z, the bytes less the letters deleted: a lead's characters tested one by one cost a
    call each."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, text))


def vouch(fields: Dict[str, Any], g: Grammar) -> Dict[str, Any]:
    """An article's fields (`Article(**fields)`'s arguments) with its headline and lead left empty
    where `doubt` reads them as other lines, changed in place and returned; each such field is
    named in its warnings with the line and what it reads as."""
    notes = []
    roles = None
    for field in ("headline", "lead"):
        value = fields[field]
        if not value:
            continue
        reason = doubt(value, g, field == "lead")
        if reason is None:
            continue
        if roles is None:
            roles = list(fields["lines"])
        fields[field] = None
        at = next((i for i, role in enumerate(roles) if role.role == field), None)
        where = f"line {roles[at].number}" if at is not None else "its line"
        if at is not None:
            roles[at] = LineRole(roles[at].number, f"dropped:doubtful-{field}", roles[at].article)
        notes.append(f"{field} left empty: {where} reads as {reason}")
    if roles is not None:
        fields["lines"] = tuple(roles)
        fields["warnings"] = fields["warnings"] + tuple(notes)
    return fields
