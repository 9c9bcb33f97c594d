"""One article's fields and the role of each of its lines, as the header and body readers find them."""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Set

from tasscli.parsing import dates
from tasscli.parsing.agencies import agency_by_signoff
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line
from tasscli.record import Dateline

#: The blank rows a credit's copy may stand below it and still be the same photo's credit.
DUPLICATE_GAP = 2

PHOTO_PLACEHOLDER = re.compile(r"\{article_photo:[^}]*\}")


#: A short caption (an alt text) holds this much at least; its full print adds at most this much.
FULLER_CAPTION_FROM = 20
FULLER_CAPTION_ADDS = 80


class Builder:
    """Collects one article's fields and the role of each line."""

    def __init__(self) -> None:
        self.fields: Dict[str, object] = {}
        self.body: List[str] = []
        self.credits: List[str] = []
        self.captions: List[str] = []
        self._caption_set: Set[str] = set()  # `captions` and `notes` as sets: a page may hold thousands
        self._note_set: Set[str] = set()
        self.warnings: List[str] = []
        self.roles: Dict[int, str] = {}
        self.time: Optional[dates.TimeLine] = None
        self.dateline: Optional[Dateline] = None
        self.agency: Optional[str] = None
        self.amp = False  # the AMP layout: section and time on one line, tags after the story
        self.day: Optional[dates.DayLine] = None  # a date line printed for the article
        self.year_hint: Optional[int] = None  # the year of an update stamp
        self.notes: List[str] = []
        self.byline: Optional[str] = None
        self.closed = False  # the agency's sign-off was met: the rest of the segment is not story
        self.grammar: Optional[Grammar] = None  # for the sign-off and trailing furniture at a paragraph's end

    def role(self, line: Line, role: str) -> None:
        self.roles[line.number] = role

    def note(self, text: str) -> None:
        if text.startswith("byline: "):
            self.set_byline(text[len("byline: "):])
        elif text and text not in self._note_set:
            self._note_set.add(text)
            self.notes.append(text)

    def set_byline(self, name: Optional[str]) -> None:
        if name and self.byline is None:
            self.byline = name.strip(" ,-")

    def credit(self, line: Line, text: str) -> None:
        """A credit line printed twice in a row is one photo's: the copy is dropped. "In a row" allows
        blank lines between (at most DUPLICATE_GAP), nothing else: only blank rows then lie between
        the two lines, so the block number moved by exactly the rows between."""
        last_number, last_block = self._last_credit
        between = line.number - last_number - 1
        if self.credits and self.credits[-1] == text and 0 <= between <= DUPLICATE_GAP \
                and line.block - last_block == between:
            self.role(line, "dropped:duplicate-credit")
        else:
            self.credits.append(text)
            self.role(line, "credit")
        self._last_credit = (line.number, line.block)

    _last_credit = (-9, -9)

    def has_caption(self, text: str) -> bool:
        return text in self._caption_set

    def drop_caption(self, text: str) -> None:
        if text in self._caption_set:
            self._caption_set.discard(text)
            self.captions.remove(text)

    def caption(self, line: Line, text: str) -> None:
        if text not in self._caption_set:
            self._caption_set.add(text)
            self.captions.append(text)
        self.role(line, "caption")

    def fuller_caption(self, line: Line) -> bool:
        """Is the line a caption taken before in short (a photo's alt text), printed in full under its
        credit ("Caption" ... "Caption. Архивное фото")? Then the full print replaces the short one."""
        text = line.text
        short = next((caption for caption in self.captions if len(caption) >= FULLER_CAPTION_FROM
                      and text.startswith(caption) and 0 < len(text) - len(caption) <= FULLER_CAPTION_ADDS), None)
        if short is None:
            return False
        self.captions[self.captions.index(short)] = text
        self._caption_set.discard(short)
        self._caption_set.add(text)
        self.role(line, "caption")
        return True

    def caption_with_credit(self, line: Line, text: str, credit: str) -> None:
        """A caption with its credit glued on: the credit once a photo, however often the page
        prints its caption."""
        if text not in self._caption_set:
            self.credits.append(credit)
        self.caption(line, text)

    def cut_trailing(self, text: str) -> str:
        """`text` without the furniture glued to its end ("... the deal …read more"): a paragraph's,
        or a card's teaser taken as the lead."""
        g = self.grammar
        tail_from = max(0, len(text) - 100)
        if g is not None and g.trailing_keys.may_match(text, tail_from) \
                and (cut := g.trailing.search(text, tail_from)) is not None:
            text = text[:cut.start()].rstrip()
        return text

    def paragraph(self, lines: Sequence[Line], text: str) -> None:
        if self.closed:
            for line in lines:
                self.role(line, "dropped:after-signoff")
            return
        if "{" in text:
            text = PHOTO_PLACEHOLDER.sub(" ", text)
        if "  " in text or text[:1] == " " or text[-1:] == " ":  # line texts come trimmed and single-spaced
            text = " ".join(text.split())
        # Trailing furniture and sign-offs are short: search only a paragraph's end.
        g = self.grammar
        text = self.cut_trailing(text)
        tail_from = max(0, len(text) - 100)
        if g is not None and g.signoff_keys.may_match(text, tail_from) \
                and (end := g.signoff.search(text, tail_from)) is not None:
            self.note(end.group().strip())
            if self.agency is None:
                self.agency = agency_by_signoff(end.group(), g.agencies)
            text = text[:end.start()].rstrip()
            self.closed = True
        if not text:
            for line in lines:
                self.role(line, "dropped:template" if not self.closed else "note")
            return
        self.body.append(text)
        label = f"body ¶{len(self.body)}"
        for line in lines:
            self.role(line, "dateline+" + label if self.roles.get(line.number) == "dateline" else label)
