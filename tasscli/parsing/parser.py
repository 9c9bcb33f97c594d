"""The layout parser: page text in, `Article` records out.

Pure: no I/O, no printing, no state kept between calls. Three passes:

1. `lines.classify` gives every line a kind (furniture, template, section, time, credit, dateline,
   ...) from the vocabulary tables alone, with no look at its neighbours, and `segments` finds
   where the page's articles start;
2. `_header` reads the lines above the story (headline, section, time, lead, captions, credits);
3. `_body` reads the story (dateline, paragraphs, inserts to drop, captions inside it).

Every non-blank line ends up with one role in `Article.lines`, which `tasscli explain` shows.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from tasscli.parsing import dates
from tasscli.parsing.datelines import (
    AGENCIES,
    Agency,
    agency_by_printed,
    agency_by_signoff,
    gregorian_part,
)
from tasscli.parsing.letters import language
from tasscli.parsing.lines import (
    NAME,
    SECTION_WORDS,
    Grammar,
    Line,
    classify,
    ends_sentence,
    grammar,
    headline_like,
    headline_long,
    is_sentence,
    menu_like,
    names_footer,
    read_lines,
    without_invisible,
)
from tasscli.parsing.lines import section_like as _section_like
from tasscli.parsing.listings import listing_starts
from tasscli.parsing.runon import run_on_doubts, warn_run_on
from tasscli.parsing.segments import article_starts, mark_category, repeated_standfirst, story_start
from tasscli.record import Article, Dateline, LineRole, replaced
from tasscli.vocab import CUT_LINE_OPENERS, DEFAULT, Vocabulary

#: LineRole(number, role, article) without the named tuple's Python-level __new__: a page makes
#: one per line.
_line_role = tuple.__new__
PHOTO_PLACEHOLDER = re.compile(r"\{article_photo:[^}]*\}")
QUOTE_OPENERS = "\"“‘'«„"
WORD = re.compile(r"[^\W\d_][\w'’\-]+")  # a word in any script: Russian headlines share words too


def _content_words(text: str, stop: frozenset) -> set:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() not in stop and len(w) > 2}


def _same_story(title: str, story: str, stop: frozenset) -> bool:
    """Does a headline share the story's names and subject? (A latest-news entry may not.)"""
    words = _content_words(title, stop)
    if not words:
        return False
    text = _content_words(story, stop)
    stems = {t[:5] for t in text if len(t) >= 5}  # a word shares the story's when a story word starts alike
    shared = {w for w in words if w in text or (len(w) >= 5 and w[:5] in stems)}
    return len(shared) >= 2 or len(shared) / len(words) >= 0.3


class _Builder:
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
        if self.credits and self.credits[-1] == text and self._last_credit_line == line.number - 1:
            self.role(line, "dropped:duplicate-credit")
        else:
            self.credits.append(text)
            self.role(line, "credit")
        self._last_credit_line = line.number

    _last_credit_line = -9

    def caption(self, line: Line, text: str) -> None:
        if text not in self._caption_set:
            self._caption_set.add(text)
            self.captions.append(text)
        self.role(line, "caption")

    def caption_with_credit(self, line: Line, text: str, credit: str) -> None:
        """A caption with its credit glued on: the credit once a photo, however often the page
        prints its caption."""
        if text not in self._caption_set:
            self.credits.append(credit)
        self.caption(line, text)

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
        tail_from = max(0, len(text) - 100)
        if g is not None and g.trailing_keys.may_match(text, tail_from) \
                and (cut := g.trailing.search(text, tail_from)) is not None:
            text = text[:cut.start()].rstrip()
        tail_from = max(0, len(text) - 100)
        if g is not None and g.signoff_keys.may_match(text, tail_from) \
                and (end := g.signoff.search(text, tail_from)) is not None:
            self.note(end.group().strip())
            if self.agency is None:
                self.agency = agency_by_signoff(end.group())
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


def _wrapped_lines(lines: List[Line]) -> int:
    return sum(1 for ln in lines if not ends_sentence(ln.text) and not ln.text.endswith(":"))


def _page_wrapped(lines: List[Line]) -> bool:
    """Is the story hard-wrapped at a fixed width: of the lines that have another after them in
    their block (blocks of short lines only), at least three, and most, end no sentence?"""
    blocks: Dict[int, List[Line]] = {}
    unwrapped = set()  # blocks holding a dateline's line longer than a wrapped one
    for line in lines:
        if line.kind == "text":
            blocks.setdefault(line.block, []).append(line)
        elif line.kind == "dateline" and len(line.text) > 100:
            # A story set line by line whose first line is longer than a wrapped one is not
            # wrapped, and headline, lead and caption above it are each a line.
            unwrapped.add(line.block)
    for block in unwrapped:
        blocks.pop(block, None)
    # Menu items and captions stand in blocks of short lines too, and end no sentence: only lines
    # as long as a wrapped one may tell.
    inner = [ln for block in blocks.values() if len(block) > 1 and max(len(ln.text) for ln in block) <= 100
             for ln in block[:-1] if len(ln.text) >= SHORTEST_WRAPPED]
    return len(inner) >= 3 and _wrapped_lines(inner) >= 0.6 * len(inner)


def _split_block(lines: List[Line], page_wrapped: Callable[[], bool] = lambda: False) -> List[List[Line]]:
    """One blank-line block as paragraphs: each line, or one paragraph when hard-wrapped. On a
    page hard-wrapped elsewhere (`_page_wrapped`), a block of short lines none of which but the
    last ends a sentence is one paragraph too, however few its lines."""
    if len(lines) == 1:
        return [lines]
    inner = lines[:-1]
    # Only lines as long as a wrapped one tell: a block of short lines that end no sentence is a
    # list (a site's footer headings, tags), not a paragraph.
    wrapped = _wrapped_lines([ln for ln in inner if len(ln.text) >= SHORTEST_WRAPPED])
    longest = max(len(ln.text) for ln in lines)
    joined_starts = sum(1 for ln in lines[1:] if ln.text[:1].islower())
    hard_wrapped = longest <= 100 and (wrapped >= max(2, 0.6 * len(inner))
                                       or (wrapped == len(inner) and page_wrapped()))
    if hard_wrapped or joined_starts == len(lines) - 1:
        return [lines]
    # Single line breaks separate paragraphs, but a line cut mid-sentence before a line that opens
    # in lower case continues it.
    out: List[List[Line]] = []
    for line in lines:
        if out and line.text[:1].islower() and not ends_sentence(out[-1][-1].text):
            out[-1].append(line)
        else:
            out.append([line])
    return out


#: The role of a header line dropped for its kind, where it is not "dropped:furniture".
_HEADER_DROPS = {"label": "dropped:label", "tags-line": "dropped:tags"}


def _header(lines: List[Line], b: _Builder, g: Grammar, story: List[Line], has_story: bool,
            listing: bool = False) -> List[Line]:
    """Read the lines above the story; return those that turn out to be story paragraphs.

    Without a story start (no dateline, no sentence), what follows headline and lead is the story.
    Where another site's time or date line (or a "From: agency" line) stands in the header, the
    headline is the line printed next to it: the one after it, else the one before; the lines
    further up are the site's furniture.
    """
    stop = g.vocab.stopwords
    texts: List[Line] = []
    news: List[Line] = []
    seen_text = False
    section_line: Optional[Line] = None
    time_line: Optional[Line] = None  # tass.com's own time line, the article's
    anchor: Optional[int] = None  # line number of another site's time/date line
    byline_anchor = False  # that line is "Name | date": headline and lead stand above it
    for position, line in enumerate(lines):
        kind = line.kind
        if kind in ("tags", "end") and seen_text and not has_story:
            # With no story start the header runs to the page's end: a tags footer (or the end
            # mark) after its text closes it, as it closes a story in `_body`.
            for later in lines[position:]:
                b.role(later, "dropped:tags" if kind == "tags" else "dropped:furniture")
            break
        for note in line.notes:
            b.note(note)
        if kind == "template":
            b.role(line, "dropped:template")
        elif kind in ("furniture", "tags", "tags-line", "related", "related-item", "graphic", "end", "separator",
                      "label", "source"):
            b.role(line, _HEADER_DROPS.get(kind, "dropped:furniture"))
            if kind == "source":
                anchor = line.number
        elif kind == "note":
            b.role(line, "note")
        elif kind == "byline":
            b.set_byline(line.info[0])
            b.role(line, "byline")
        elif kind == "caption":
            b.caption_with_credit(line, *line.info)
        elif kind == "date":
            day = line.info
            if day.year_only:
                b.year_hint = day.day.year
                b.role(line, "dropped:update-stamp")
            elif b.day is None:
                b.day = day
                b.set_byline(day.byline)
                b.role(line, "date")
                anchor = line.number if anchor is None else anchor
                byline_anchor = day.byline is not None
            else:
                b.role(line, "dropped:date")
        elif kind == "section":
            if seen_text and section_line is None:
                section_line = line
                b.fields["section"] = line.info
                b.role(line, "section")
            else:
                b.role(line, "dropped:menu")
        elif kind in ("time", "section-time"):
            timeline = line.info if kind == "time" else line.info[1]
            if b.time is None:
                b.time = timeline
                b.fields["published_text"] = timeline.text
                b.role(line, "time")
                b.set_byline(timeline.byline)
                if timeline.section and "section" not in b.fields:
                    b.fields["section"] = timeline.section
                if timeline.form != "tass" and anchor is None:
                    anchor = line.number
                elif timeline.form == "tass" and kind == "time":
                    time_line = line
                    above = lines[position - 1] if position else None
                    if above is not None and above.kind == "section" and above is not section_line \
                            and above.block == line.block:
                        # The section printed over the time line, not a menu item further up
                        # that an item the tables lack let pass for it.
                        if section_line is not None:
                            b.role(section_line, "dropped:menu")
                        section_line = above
                        b.fields["section"] = above.info
                        b.role(above, "section")
                if kind == "section-time":
                    b.amp = True
                    b.fields["section"] = line.info[0]
                    b.role(line, "section+time")
            else:
                b.role(line, "dropped:time")
        elif kind == "headline-time":  # the headline glued to another site's time line
            timeline, credit = line.info
            if b.time is None:
                b.time = timeline
                b.fields["published_text"] = timeline.text
            if credit:
                b.credits.append(credit)
            seen_text = True
            texts.append(line)
        elif kind == "news-item":
            news.append(line)
        elif kind == "credit":
            b.credit(line, line.info)
        else:  # text, or a dateline-looking line that was not the story's own
            seen_text = True
            texts.append(line)

    wrapped_page: List[bool] = []  # _page_wrapped(lines + story), made once on first need: not per line

    def page_wrapped() -> bool:
        if not wrapped_page:
            wrapped_page.append(_page_wrapped(lines + story))
        return wrapped_page[0]

    unwrapped = _unwrapped(texts, page_wrapped) if len(texts) > 1 else None
    wrapped_any = unwrapped is not None
    if unwrapped is not None:
        texts = unwrapped
    # An author's name printed under another site's time line, above the headline.
    after = [line for line in texts if anchor is not None and line.number > anchor]
    if len(after) > 1 and NAME.match(after[0].text) and headline_like(after[1].text):
        b.set_byline(after[0].text)
        b.role(after[0], "byline")
        texts.remove(after[0])
    by_number = {line.number: line for line in lines}
    if time_line is not None and anchor is None:
        _section_over_time_line(texts, time_line, b, section_line)

    # Photo captions: a caption printed twice, or glued to its credit and then printed alone, or
    # printed once right above its credit.
    rest: List[Line] = []
    skip = set()
    first_long = next((index for index, line in enumerate(texts) if not menu_like(line.text)), len(texts))
    for index, line in enumerate(texts):
        if index in skip:
            continue
        nxt = texts[index + 1] if index + 1 < len(texts) else None
        # A line printed twice under the headline is a caption; printed twice at the top (under
        # the site's short menu lines at most), it is the headline, doubled.
        if nxt is not None and nxt.text == line.text and not is_sentence(line.text) and index > first_long:
            b.caption(line, line.text)
            b.role(nxt, "dropped:duplicate-caption")
            skip.add(index + 1)
        elif nxt is not None and line.text.startswith(nxt.text + " ") and len(nxt.text) >= 8 \
                and "/" in line.text[len(nxt.text):]:
            b.role(line, "dropped:caption+credit")
            b.caption(nxt, nxt.text)
            skip.add(index + 1)
            if index + 2 < len(texts) and texts[index + 2].text == nxt.text:
                b.role(texts[index + 2], "dropped:duplicate-caption")
                skip.add(index + 2)
        elif getattr(by_number.get((line.parts[-1] if wrapped_any and type(line) is Wrapped else line).number + 1),
                     "kind", None) == "credit" and sum(not menu_like(kept.text) for kept in rest) != 1 \
                and not is_sentence(line.text) and index == len(texts) - 1:
            # Under a headline alone, the line over a credit is the lead (pages set line by line);
            # a site's short menu lines above the headline do not count.
            b.caption(line, line.text)
        elif line.text.split(None, 1)[0].lower() in CUT_LINE_OPENERS and not ends_sentence(line.text) \
                and len(line.text) < 100:
            b.role(line, "dropped:fragment")  # the cut end of a longer line ("OF THE EMBASSY OF ...")
        elif getattr(by_number.get(line.number - 1), "kind", None) == "credit" \
                and by_number[line.number - 1].block == line.block and not is_sentence(line.text) \
                and not (wrapped_any and type(line) is Wrapped) and index == len(texts) - 1 and rest \
                and _ends_block(line, by_number, story):
            # A photo's caption printed right under its credit, a block of their own over the story
            # (set line by line, headline, credit and lead are one block with the story's start).
            b.caption(line, line.text)
        elif " " not in line.text and len(line.text) < 40 and len(texts) > 1:
            b.role(line, "dropped:label")  # an event tag such as "SPIEF-2025"
        elif line.text.endswith(("...", "…")) and len(line.text) > 60:
            b.role(line, "dropped:teaser")  # a teaser card's cut excerpt
        else:
            rest.append(line)

    if time_line is not None and anchor is None:
        rest = _headline_by_time_line(rest, time_line, b)

    # Sentences just above the story start belong to it (a quote set above the dateline).
    lead_in: List[Line] = []
    keep = 0
    for step in ("lead-in", "headline"):
        if (step == "headline") == (anchor is None):  # another site's headline + lead: the lead stays
            rest = _pick_headline(rest, anchor, b, byline_anchor,
                                  lambda text: _same_story(text, " ".join(line.text for line in story[:6]), stop))
            keep = 2
            continue
        # (Not a question or an exclamation standing alone: such a line is a headline.)
        while len(rest) > keep and is_sentence(rest[-1].text) and len(rest[-1].text) > 80 \
                and rest[-1].text[-1] not in "?!":
            lead_in.insert(0, rest.pop())
    # A headline and one sentence under it: the sentence is the standfirst, unless it is a quote
    # (a quote set above the dateline opens with its quote mark).
    if len(rest) == 1 and len(lead_in) == 1 and lead_in[0].text[:1] not in QUOTE_OPENERS:
        rest.append(lead_in.pop())
    if section_line is not None and anchor is not None and rest and section_line.number < rest[0].number:
        del b.fields["section"]  # a site menu above the headline, not the story's section
        b.role(section_line, "dropped:menu")

    if len(rest) == 1 and has_story and rest[0].text.split(maxsplit=1)[0] in g.vocab.lead_openers:
        b.fields["lead"] = rest[0].text  # a standfirst that refers back to a headline the page lost
        b.role(rest[0], "lead")
        rest = []
    if rest:
        b.fields["headline"] = rest[0].text
        b.role(rest[0], "headline")
        if "section" not in b.fields and has_story:
            _rubric_over_headline(lines, rest[0], b)
        title = rest[0].text.casefold()
        for line in rest[1:]:
            if line.text.casefold() == title:
                b.role(line, "dropped:duplicate-headline")
        rest = rest[:1] + [line for line in rest[1:] if line.text.casefold() != title]
    if listing and not has_story:
        lead_in = rest[1:] + lead_in
    else:
        labels = 1
        while has_story and labels < len(rest) and menu_like(rest[labels].text):
            b.role(rest[labels], "dropped:page")  # a label or menu item, not a standfirst
            labels += 1
        if labels > 1:
            rest = rest[:1] + rest[labels:]
        if len(rest) > 1:
            b.fields["lead"] = rest[1].text
            b.role(rest[1], "lead")
        if not has_story:
            lead_in = rest[2:] + lead_in
        else:
            above = _last_part(rest[1]) if len(rest) > 1 else None
            next_story = story[0].number if story else -1
            for line in rest[2:]:
                # Right under the lead and right over the story, set line by line as headline and
                # lead are: a photo's caption.
                if above is not None and _caption_under(above, line) and line is rest[-1] \
                        and next_story == _last_part(line).number + 1:
                    b.caption(line, line.text)
                    above = _last_part(line)
                    continue
                above = None
                b.role(line, "dropped:unknown")
                b.warnings.append(f"line {line.number}: unrecognised header line dropped")

    # Latest-news entries glued into lines: furniture, unless a lone one heads this very story.
    lone = len(news) == 1 and not rest
    if lone and _same_story(news[0].info["title"], " ".join(line.text for line in story[:6]), stop):
        match = news[0].info
        b.fields["headline"] = match["title"].strip()
        b.fields["section"] = match["section"]
        timeline = dates.read_time_line(match["time"], g.vocab.months)
        if timeline is not None and b.time is None:
            b.time = timeline
            b.fields["published_text"] = match["time"]
        b.role(news[0], "headline+section+time")
    else:
        for line in news:
            b.role(line, "dropped:news-list")
    if not wrapped_any:
        return lead_in
    for line in texts:  # the lines a wrapped one went on to take its role
        if type(line) is Wrapped and line.number in b.roles:
            for part in line.parts[1:]:
                b.roles[part.number] = b.roles[line.number]
    return [part for line in lead_in for part in (line.parts if type(line) is Wrapped else (line,))]


def _ends_block(line: Line, by_number: Dict[int, Line], story: List[Line]) -> bool:
    """Is `line` the last of its block (the next line, in the header or the story's first, is not in it)?"""
    nxt = by_number.get(line.number + 1) or (story[0] if story and story[0].number == line.number + 1 else None)
    return nxt is None or nxt.block != line.block


def _rubric_over_headline(lines: List[Line], headline: Line, b: _Builder) -> None:
    """A rubric printed alone right over the headline ("Политика" / blank / headline, as tass.ru
    and regional sites set it) is the story's section; a menu prints several together."""
    sections = [index for index, line in enumerate(lines) if line.kind == "section"]
    if len(sections) != 1 or sections[0] + 1 >= len(lines):
        return
    rubric = lines[sections[0]]
    first = headline.parts[0] if type(headline) is Wrapped else headline
    if not rubric.number < first.number:
        return
    # Between them, only the site's short lines (a menu item the tables lack).
    between = [line for line in lines if rubric.number < line.number < first.number]
    alone = all(line.block != rubric.block for line in lines if line is not rubric and line.kind != "furniture")
    if alone and all(line.kind == "furniture" or (line.kind == "text" and menu_like(line.text)) for line in between):
        b.fields["section"] = rubric.info
        b.role(rubric, "section")


def _section_over_time_line(texts: List[Line], time_line: Line, b: _Builder,
                            section_line: Optional[Line]) -> None:
    """tass.com sets headline and section above its time line and the lead under it:

        Headline / (blank) / Section + "June 03, 19:06 UTC+3" / (blank) / Lead

    so the layout tells the section where the tables may not: a short label right above the time
    line, in its block, under a headline in a block of its own, is the section. It wins over a
    section line further up, which was a menu's. Takes the label out of `texts`."""
    if section_line is not None and section_line.number == time_line.number - 1:
        return
    above = [line for line in texts if _last_part(line).number < time_line.number]
    if len(above) < 2:
        return
    label, headline = above[-1], above[-2]
    if _last_part(label).number == time_line.number - 1 and label.block == time_line.block \
            and headline.block != label.block and _section_like(label.text) \
            and len(headline.text.split()) > SECTION_WORDS and headline_like(headline.text):
        if section_line is not None:
            b.role(section_line, "dropped:menu")
        b.fields["section"] = label.text
        b.role(label, "section")
        texts.remove(label)


def _headline_by_time_line(rest: List[Line], time_line: Line, b: _Builder) -> List[Line]:
    """Of the text above tass.com's time line only its last line is the headline: what stands
    further up is the site's (a menu item the tables lack). Where the time line opens the page
    (`"All news" / "3 Oct, 09:41" / Headline / Lead`), a label right over it is the site's too."""
    above = [line for line in rest if _last_part(line).number < time_line.number]
    between = [role for number, role in b.roles.items() if above and _last_part(above[-1]).number < number
               < time_line.number]
    long = [line for line in above if not menu_like(line.text)]
    if len(long) == 2 and between and all(role == "byline" for role in between):
        # tass.ru: headline and lead, then the byline ("Редакция сайта ТАСС") over the time line;
        # shorter lines above them are the site's.
        for line in above:
            if line not in long:
                b.role(line, "dropped:page")
        return [line for line in rest if line not in above or line in long]
    if len(above) == 1:
        below = rest[1:]
        label = above[0]
        if _last_part(label).number == time_line.number - 1 and label.block == time_line.block \
                and _section_like(label.text) and len(below) > 1 \
                and len(below[0].text.split()) > SECTION_WORDS and headline_like(below[0].text):
            b.role(label, "dropped:page")
            return below
        return rest
    for line in above[:-1]:
        b.role(line, "dropped:page")
    return rest[len(above) - 1:] if above else rest


def _last_part(line: Line) -> Line:
    return line.parts[-1] if type(line) is Wrapped else line


class Wrapped(Line):
    """A header line hard-wrapped onto the lines after it, read as the one line it was."""

    __slots__ = ("parts",)

    def __init__(self, parts: List[Line]) -> None:
        super().__init__(parts[0].number, " ".join(part.text for part in parts), parts[0].block)
        self.parts = parts


#: A line shorter than this says nothing of wrapping: a page wrapped at 40 columns and more
#: (they are wrapped at 60 to 100) fills its lines further; footer headings and tags are shorter.
SHORTEST_WRAPPED = 25
#: On a hard-wrapped page, a header line this long that ends no sentence went on to the next line;
#: a shorter one (a menu item, a label) stands alone. Pages are wrapped at 60 to 100 columns.
WRAPPED_LINE = 50


def _unwrapped(texts: List[Line], page_wrapped: Callable[[], bool] = lambda: False) -> Optional[List[Line]]:
    """The header's text lines with each one that went on to the next joined to it, or None when
    none did (nearly every page). A line goes on when it ends no sentence and the very next line
    of its block opens in lower case, or, on a page hard-wrapped at a fixed width
    (`_page_wrapped`), when it is as long as a wrapped line: a headline or lead wrapped as the
    body's paragraphs are (`_split_block`)."""
    groups: Optional[List[List[Line]]] = None  # made at the first join; each joined once at the end
    for index in range(1, len(texts)):
        line, last = texts[index], texts[index - 1]
        if line.block == last.block and line.number == last.number + 1 and not ends_sentence(last.text) \
                and (line.text[:1].islower() or (len(last.text) >= WRAPPED_LINE and page_wrapped())):
            if groups is None:
                groups = [[earlier] for earlier in texts[:index]]
            groups[-1].append(line)
        elif groups is not None:
            groups.append([line])
    return None if groups is None else [group[0] if len(group) == 1 else Wrapped(group) for group in groups]


def _pick_headline(rest: List[Line], anchor: Optional[int], b: _Builder, byline_anchor: bool = False,
                   on_story: Callable[[str], bool] = lambda text: False) -> List[Line]:
    """Drop the site's lines above the headline; return headline (+ lead candidates) first.
    `on_story(text)`: does a line share the story's subject (`_same_story`)?"""
    start = 0
    bullets = [i for i, line in enumerate(rest) if line.kind == "bullet-title"]
    if bullets:
        start = bullets[0]
    elif anchor is not None and rest:
        before = [i for i, line in enumerate(rest) if line.number < anchor]
        after = [i for i, line in enumerate(rest) if line.number > anchor]
        if len(after) > 1 and NAME.match(rest[after[0]].text) and headline_like(rest[after[1]].text):
            b.set_byline(rest[after[0]].text)
            b.role(rest[after[0]], "byline")
            rest = rest[:after[0]] + rest[after[0] + 1:]
            after = [i - 1 for i in after[1:]]
        menu = 0  # the site's menu lines under its time line, above the headline
        while menu + 1 < len(after) and menu_like(rest[after[menu]].text):
            menu += 1
        if menu and headline_long(rest[after[menu]].text):
            after = after[menu:]
        pick: Optional[int] = after[0] if after and headline_like(rest[after[0]].text) else None
        if before and (pick is None or rest[pick].text.casefold() == rest[before[-1]].text.casefold()):
            at = len(before) - (2 if byline_anchor and len(before) > 1 else 1)
            # A source's or site's name of a few words set between headline and date ("Focus
            # Taiwan") is not the headline: the headline-long line over it is.
            while at > 0 and menu_like(rest[before[at]].text) and headline_long(rest[before[at - 1]].text):
                at -= 1
            pick = before[at]
        elif (len(after) == 1 or (len(after) == 2 and _caption_under(rest[after[0]], rest[after[1]]))) \
                and before and not byline_anchor \
                and _headline_over_date(rest, before, lambda text: on_story(text) or not on_story(rest[after[0]].text)):
            pick = before[-1]  # "Headline / date / lead (/ caption)": the line after the date is the lead
        start = pick if pick is not None else (after[0] if after else len(rest))
    else:  # a headline never ends with a period: such lines above it are the site's blurbs
        while start < len(rest) and rest[start].text.endswith(".") and not rest[start].text.endswith("..") \
                and len(rest[start].text) < 100:
            start += 1
        # Nor is it a few words: lines that short above a longer headline (four words will do: a
        # Russian one often has no more) are the site's menu and labels ("English Edition",
        # "Login | Register"), whatever the tables know.
        short = start
        while short < len(rest) and menu_like(rest[short].text):
            short += 1
        if short > start and short < len(rest) and not menu_like(rest[short].text) \
                and headline_like(rest[short].text):
            start = short
    for line in rest[:start]:
        b.role(line, "dropped:page")
    return rest[start:]


def _caption_under(lead: Line, line: Line) -> bool:
    """Is `line`, right under the lead on a page set line by line, a photo's caption (as `_header`
    reads one): no sentence, more words than a menu item?"""
    return line.number == _last_part(lead).number + 1 and line.block == lead.block \
        and not ends_sentence(line.text) and not menu_like(line.text)


def _headline_over_date(rest: List[Line], before: List[int], on_story: Callable[[str], bool]) -> bool:
    """Is the line right above another site's date or time line (`rest[before[-1]]`) a headline:
    as long as one and on the story's subject (a site's tagline or a photo's caption is not;
    the caller counts a line as on it where the line under the date is no more so)?
    Then the one line under the date is the lead."""
    line = rest[before[-1]]
    return headline_long(line.text) and headline_like(line.text) and on_story(line.text)


def _usual_gap(lines: List[Line]) -> int:
    """The blank lines a page usually sets between its paragraphs: the most frequent gap between
    blocks, the smaller on a tie. One on most pages; a page saved with two blank lines everywhere
    sets a related story's headline apart with more than two."""
    counts: Dict[int, int] = {}
    for before, after in zip(lines, lines[1:]):
        gap = after.block - before.block
        if gap:
            counts[gap] = counts.get(gap, 0) + 1
    return min(counts, key=lambda gap: (-counts[gap], gap)) if counts else 1


def _body(lines: List[Line], b: _Builder, g: Grammar) -> None:
    pending: List[Line] = []  # text lines of the current block
    texts: List[Tuple[Line, str]] = []  # (line, text) of the current block after cuts
    page_facts: Dict[str, object] = {}  # _page_wrapped and _usual_gap of `lines`, made on first need

    def page_wrapped() -> bool:
        if "wrapped" not in page_facts:
            page_facts["wrapped"] = _page_wrapped(lines)
        return bool(page_facts["wrapped"])

    def usual_gap() -> int:
        if "gap" not in page_facts:
            page_facts["gap"] = _usual_gap(lines)
        return page_facts["gap"]  # type: ignore[return-value]

    resumes = False  # the next block goes on with the sentence a photo credit cut in two

    def flush() -> None:
        nonlocal resumes
        if not pending:
            return
        before = len(b.body)
        if len(pending) == 1:  # most blocks: one line, one paragraph
            b.paragraph(pending, texts[0][1])
        else:
            by_number = {line.number: text for line, text in texts}
            for group in _split_block(pending, page_wrapped):
                b.paragraph(group, " ".join(by_number[ln.number] for ln in group))
        pending.clear()
        texts.clear()
        if resumes and before and len(b.body) > before:
            _rejoin(b, before)
        resumes = False

    graphic_title: Optional[str] = None
    index = 0
    block = None
    while index < len(lines):
        line = lines[index]
        if line.block != block:
            flush()
            block = line.block
        kind = line.kind
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        for note in line.notes:
            b.note(note)
        if kind == "dateline" and b.dateline is None:
            dateline, agency, rest = line.info
            b.dateline, b.agency = dateline, agency
            b.role(line, "dateline")
            if rest.strip():
                pending.append(line)
                texts.append((line, rest.strip()))
        elif kind in ("tags", "tags-line", "end"):  # a tags line ("Tags: Russia, Economy") too ends the story
            for later in lines[index:]:
                b.role(later, "dropped:furniture" if kind == "end" else "dropped:tags")
            # An agency's dateline opening a paragraph after the story's end: pages run together
            # (`cat`) that nothing split. Not sure: one page, and said (issue 18).
            run_on = next((ln for ln in lines[index + 1:] if ln.kind == "dateline" and ln.info[1] is not None), None)
            if run_on is not None:
                b.warnings.append(f"line {run_on.number}: a dateline after the story's end; "
                                  "another story may begin here")
            break
        elif kind == "note":
            b.role(line, "note")
        elif kind == "byline":
            name, agency = line.info
            b.set_byline(name)
            b.role(line, "byline")
            if agency and b.dateline is not None and b.dateline.agency is None:
                b.dateline = replaced(b.dateline, {"agency": agency})
                b.agency = agency_by_printed(agency) or agency
        elif kind in ("label", "separator", "source", "bullet-title") or (
                kind == "time" and line.info.form != "tass"):
            flush()
            b.role(line, "dropped:furniture")
        elif kind == "date" and line.info.year_only:  # an update stamp: the site's footer follows
            b.year_hint = line.info.day.year
            for later in lines[index:]:
                b.role(later, "dropped:footer")
            break
        elif kind == "date":
            b.role(line, "dropped:date")
        elif kind == "caption":
            flush()
            b.caption_with_credit(line, *line.info)
        elif kind == "text" and (b.body or pending) and nxt is not None and nxt.block - line.block >= 2 \
                and index > 0 and lines[index - 1].block != line.block and headline_like(line.text) \
                and not ends_sentence(line.text) and len(line.text.split()) >= 4 \
                and nxt.block - line.block > usual_gap():
            flush()
            b.role(line, "dropped:related")  # a related story's headline set into the text
        elif kind == "related-item":
            flush()
            b.role(line, "dropped:related")
        elif kind == "related":
            b.role(line, "dropped:related")
            extra = _same_block(lines, index + 1, line.block)
            for ln in extra:
                b.role(ln, "dropped:related")
            index += 1 + len(extra)
            follow = _same_block(lines, index, lines[index].block) if index < len(lines) else []
            if len(extra) <= 1 and len(follow) == 1 and not is_sentence(follow[0].text):
                b.role(follow[0], "dropped:related")
                index += 1
            continue
        elif kind == "graphic":
            graphic_title = line.info
            b.role(line, "dropped:graphic")
        elif graphic_title is not None and (line.text == graphic_title or re.search(
                r"\bInfographics? by\b", line.text)):
            b.caption(line, line.text)
        elif kind in ("template", "furniture", "news-item"):
            b.role(line, "dropped:" + ("template" if kind == "template" else "furniture"))
        elif kind == "credit":
            if pending and pending[-1].number == line.number - 1 and len(pending[-1].text) < 200 \
                    and not ends_sentence(pending[-1].text) and texts[-1][0] is pending[-1]:
                # A photo's caption printed right over its credit, inside the story.
                caption = pending.pop()
                texts.pop()
                b.caption(caption, caption.text)
            b.credit(line, line.info)
            # "... is scheduled" / "(CNA file photo)" / "to begin next week ...": one paragraph.
            resumes = not pending and bool(b.body) and not ends_sentence(b.body[-1]) and nxt is not None \
                and nxt.kind == "text" and nxt.text[:1].islower()
        elif nxt is not None and nxt.text == line.text and nxt.block != line.block \
                and not is_sentence(line.text):
            flush()
            b.caption(line, line.text)
            b.role(nxt, "dropped:duplicate-caption")
            index += 2
            continue
        else:
            pending.append(line)
            texts.append((line, line.text))
        index += 1
    flush()
    _drop_tail(b, tags_follow=b.amp)


def _same_block(lines: List[Line], start: int, block: int) -> List[Line]:
    """The lines from `start` on that stand in `block` (a block's lines are consecutive): read up
    to the block's end only, not the page's."""
    end = start
    while end < len(lines) and lines[end].block == block:
        end += 1
    return lines[start:end]


def _rejoin(b: _Builder, at: int) -> None:
    """Join body paragraph `at` (0-based) to the one before it, renumbering the roles after."""
    b.body[at - 1] = b.body[at - 1] + " " + b.body.pop(at)
    for number, role in list(b.roles.items()):
        head, sep, count = role.partition("body ¶")
        if sep and count.isdigit() and int(count) > at:
            b.roles[number] = f"{head}body ¶{int(count) - 1}"


def _is_tag_line(text: str) -> bool:
    return len(text) < 60 and text[:1].isupper() and not ends_sentence(text)


def _drop_tail(b: _Builder, tags_follow: bool) -> None:
    """Drop the short lines after the story's last paragraph when they cannot be the story's.

    After a paragraph cut mid-word the page was cut, so what follows is furniture; a site's
    footer headings close many pages (`_footer_start`); AMP pages (`tags_follow`) print their
    tags after the story with no "Tags" heading.
    """
    body = b.body
    keep = len(body)
    for index, text in enumerate(body[:-1]):
        if len(text) >= 100 and not ends_sentence(text) and not text.endswith(":"):
            keep = index + 1 if all(_is_tag_line(p) for p in body[index + 1:]) else keep
            break
    footer = len(body)
    if keep == len(body) and b.grammar is not None:
        agencies = b.grammar.agencies
        footer = keep = _footer_start(body, b.grammar.vocab.footer_words,
                                      lambda text: agency_by_printed(text, agencies) is not None)
    if tags_follow and keep == footer:
        while keep > 1 and _is_tag_line(body[keep - 1]) and ends_sentence(body[keep - 2]) \
                and len(body[keep - 1].split()) <= 3:
            keep -= 1
    if keep < len(body):
        dropped = {f"body ¶{n}": "dropped:footer" if n > footer else "dropped:tags"
                   for n in range(keep + 1, len(body) + 1)}
        for number, role in b.roles.items():
            if role in dropped:
                b.roles[number] = dropped[role]
        del body[keep:]


def _footer_start(body: List[str], words: FrozenSet[str], agency: Callable[[str], bool] = lambda text: False) -> int:
    """Where the site's footer headings start, with nothing after them but their like ("Other
    news", "Your comment" / "Related posts"), which no table may hold: of the short lines that
    end the page and no sentence, the first naming what a footer does (`Vocabulary.footer_words`)
    or an agency's bare name, its source line ("PAP"; `agency` tells one).
    A subhead the page was cut after stays the story's. len(body) when there is none."""
    short = len(body)
    while short > 1 and _is_footer_line(body[short - 1]):
        short -= 1
    return next((index for index in range(short, len(body))
                 if names_footer(body[index], words) or agency(body[index])), len(body))


def _is_footer_line(text: str) -> bool:
    return len(text.split()) <= 5 and len(text) < 60 and (not ends_sentence(text) or text.endswith(("...", "…")))


def _article_day(b: _Builder, carried: Optional[dates.DayLine], vocab: Vocabulary) -> Optional[date]:
    """The day a page prints for an article besides prefix and time line (see the README's order)."""
    if b.day is not None:
        return b.day.day
    if carried is not None:
        return carried.day
    if b.dateline is not None and b.dateline.date and (gregorian := gregorian_part(b.dateline.date)):
        printed = dates.read_day_line(gregorian, vocab.months)
        if printed is None:  # "Регион, 3 мая, 2008, 12:00 — ИА Регнум.": the year after the date
            year = re.search(re.escape(gregorian) + r",?\s+((?:19|20)\d\d)(?!\d)", b.dateline.text)
            printed = dates.read_day_line(f"{gregorian} {year.group(1)}", vocab.months) if year else None
        if printed is not None:
            return printed.day
        if b.year_hint is not None:
            parts = gregorian.replace(".", " ").replace(",", " ").split()
            if len(parts) == 2:
                month_word, day_word = parts if not parts[0].isdigit() else parts[::-1]
                month = vocab.months.get(month_word.lower())
                if month and day_word.isdigit():
                    try:
                        return date(b.year_hint, month, int(day_word))
                    except ValueError:
                        return None
    return None


def parse(text: str, source: str = "-", vocab: Vocabulary = DEFAULT,
          agencies: Tuple[Agency, ...] = AGENCIES, repair_mojibake: bool = True,
          labeler: Optional[Callable[..., None]] = None) -> List[Article]:
    """Parse one saved page into its articles (most pages hold one), in page order.

    `repair_mojibake`: lines of a page decoded twice ("Â© Name/TASS", "â€“") are repaired before
    they are read, so that credits, datelines and sign-offs are found (each article then warns
    which lines); False reads the page exactly as given (`--raw`).
    `labeler`: called with each article's lines, its story start and builder once the rules have
    read it, to decide the header lines' roles: `tasscli.parsing.labeler.SHIPPED` is the trained
    labeler with the package's weights (`--labeler`); None (the default): the rules alone."""
    g = grammar(vocab, agencies)
    markers = g.mojibake_markers if repair_mojibake and not text.isascii() else None  # made on first need
    prefix, prefix_line, lines, repaired = read_lines(text, markers)
    for line in lines:
        classify(line, g, agencies)
    starts = listing_starts(lines, article_starts(lines, prefix, vocab), prefix, vocab)
    listing = len(starts) > 1
    if listing:
        mark_category(lines, starts, vocab)
    articles: List[Article] = []
    carried: Optional[dates.DayLine] = None
    # A prefix with a year and month only (" date 2017-06"): its year, for a time line printing none.
    month_prefix = dates.read_month_prefix(without_invisible(text[:200]))[0] if prefix is None and prefix_line else None
    label_lines = [line for line in lines if line.kind == "label"]  # in page order
    labels = ([line.number for line in label_lines], label_lines)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        segment = lines[start:end]
        article, day = _article(segment, index, source, prefix, g, listing, carried, labels, month_prefix,
                                labeler)
        if day is not None:
            carried = day
        articles.append(article)
    doubts = run_on_doubts(lines)  # stories run together that nothing split (issue 18.2)
    if doubts:
        articles = warn_run_on(articles, doubts)
    if repaired:
        numbers = ", ".join(map(str, repaired))
        note = f"repaired mojibake before parsing on line{'s' if len(repaired) > 1 else ''} {numbers}"
        articles = [replaced(article, {"warnings": article.warnings + (note,)}) for article in articles]
    if prefix_line and (not lines or lines[0].number != prefix_line) and articles:
        # A first line holding only the archive's date prefix: its date went into `published`.
        first = articles[0]
        articles[0] = replaced(first, {"lines": (LineRole(prefix_line, "date prefix", None),) + first.lines})
    return articles


def _article(segment: List[Line], index: int, source: str, prefix: Optional[date], g: Grammar,
             listing: bool, carried: Optional[dates.DayLine], labels: Tuple[List[int], List[Line]],
             month_prefix: Optional[date] = None, labeler: Optional[Callable[..., None]] = None
             ) -> Tuple[Article, Optional[dates.DayLine]]:
    vocab = g.vocab
    b = _Builder()
    b.grammar = g
    start = story_start(segment)
    opening = None if listing else _opening_sentence(segment, start)
    if opening is None and not listing:
        opening = repeated_standfirst(segment)  # the lead, as an opening sentence is one
    if opening is not None:  # the rules' ruling: a page opening with a sentence, no headline: the lead
        b.fields["lead"] = segment[opening].text
        b.role(segment[opening], "lead")
        header, body = segment[:opening], segment[opening + 1:]
        lead_in = _header(header, b, g, body, has_story=True, listing=listing)
    else:
        header, body = (segment, []) if start is None else (segment[:start], segment[start:])
        lead_in = _header(header, b, g, body, has_story=start is not None, listing=listing)
    _body(lead_in + body, b, g)
    if labeler is not None:
        labeler(segment, start, b)
    if b.dateline is not None and prefix is not None:
        _check_dateline_day(b, prefix, vocab)
    agency = b.agency or (vocab.prefix_agency if prefix is not None and b.dateline is None else None)
    other_day = _article_day(b, carried, vocab)
    if other_day is None and month_prefix is not None and b.time is not None and b.time.year is None:
        other_day = month_prefix  # only its year is read (dates.published)
    if b.time is None and other_day is not None and b.notes:
        b.time = _local_time_note(b.notes, other_day)
    published, warnings = dates.published(prefix, b.time, agency, other_day)
    # The section of a listing item: the last label printed above its headline.
    if "section" not in b.fields:
        head = next((n for n, role in b.roles.items() if role.startswith("headline")), None)
        limit = head if head is not None else (segment[0].number if segment else 0)
        # `labels`: the page's label lines and their numbers. A bisection: a digest of thousands
        # of items read all the page's lines for each.
        above = bisect_left(labels[0], limit)
        if above:
            b.fields["section"] = labels[1][above - 1].info
    if listing and index == 0:
        # Page furniture above the first item belongs to no article.
        first_kept = min((n for n, role in b.roles.items() if not role.startswith("dropped:")), default=0)
        roles = tuple([_line_role(LineRole, (number, role, None if number < first_kept and role.startswith("dropped:")
                                             else index)) for number, role in sorted(b.roles.items())])
    else:
        roles = tuple([_line_role(LineRole, (number, role, index)) for number, role in sorted(b.roles.items())])
    article = Article(
        source=source,
        headline=b.fields.get("headline"),  # type: ignore[arg-type]
        lead=b.fields.get("lead"),  # type: ignore[arg-type]
        section=b.fields.get("section"),  # type: ignore[arg-type]
        published=published,
        published_text=b.fields.get("published_text"),  # type: ignore[arg-type]
        dateline=b.dateline,
        byline=b.byline,
        body=tuple(b.body),
        credits=tuple(b.credits),
        captions=tuple(b.captions),
        agency=agency,
        language=_language(b),
        notes=tuple(b.notes),
        warnings=tuple(warnings + b.warnings),
        lines=roles,
    )
    return article, b.day


#: An opening sentence longer than this is a paragraph of the story (as `story_start` reads one).
OPENING_SENTENCE = 80


def _opening_sentence(segment: List[Line], start: Optional[int]) -> Optional[int]:
    """The index of the sentence a page opens with when no headline stands above it (then it is
    the lead), else None. Only the site's lines (no text) may stand above it; the story goes on
    after it, and no text stands between it and the dateline. A sentence long enough to open the
    story itself (as `story_start` reads one: the corpus labels pages of paragraphs with no
    headline as all body) or a dateline's paragraph is none."""
    first = next((index for index, line in enumerate(segment) if line.kind in ("text", "dateline", "bullet-title")),
                 None)
    if first is None or segment[first].kind != "text" or (start is not None and start <= first):
        return None
    text = segment[first].text
    if not ends_sentence(text) or len(text.split()) < 3 or len(text) > OPENING_SENTENCE or text[-1:] in "?!" \
            or text[:1] in QUOTE_OPENERS:
        return None
    if start is not None and any(line.kind == "text" for line in segment[first + 1:start]):
        return None  # text between it and the dateline: the site's header lines, not a lead
    rest = segment[first + 1:]
    return first if any(line.kind in ("text", "dateline") and ends_sentence(line.text) for line in rest) else None


#: A sign-off's clock: "--SPA 16:48 LOCAL TIME 13:48 GMT" (the local time and UTC).
LOCAL_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s+LOCAL TIME\s+(\d{1,2}):(\d{2})\s+GMT\b")


def _local_time_note(notes: Sequence[str], day: date) -> Optional[dates.TimeLine]:
    """The time a sign-off note prints as local time and GMT, on `day`: its offset is their difference."""
    for note in notes:
        match = LOCAL_TIME.search(note)
        if match is None:
            continue
        hour, minute, utc_hour, utc_minute = (int(part) for part in match.groups())
        if hour > 23 or minute > 59 or utc_hour > 23 or utc_minute > 59:
            return None
        offset = (hour * 60 + minute - utc_hour * 60 - utc_minute) % (24 * 60)
        if offset > 14 * 60:  # west of Greenwich
            offset -= 24 * 60
        return dates.TimeLine(match.group(), day.month, day.day, day.year, hour, minute, offset, form="other")
    return None


#: How much of a story `_language` reads: enough letters to tell, however long the story.
LANGUAGE_SAMPLE = 2000


def _language(b: _Builder) -> Optional[str]:
    """The language of the article's body, else of its headline and lead (a page mixing scripts,
    such as a Russian story under an English site's menu, takes its body's); None with no text."""
    text = " ".join(b.body)[:LANGUAGE_SAMPLE] or " ".join(
        str(b.fields.get(name) or "") for name in ("headline", "lead")).strip()
    return language(text) if text else None


def _check_dateline_day(b: _Builder, prefix: date, vocab: Vocabulary) -> None:
    assert b.dateline is not None
    parts = (b.dateline.date or "").replace(".", "").split()
    if len(parts) != 2:
        return
    month_word, day_word = parts if not parts[0].isdigit() else parts[::-1]
    month = vocab.months.get(month_word.lower())
    if month and day_word.isdigit() and (month, int(day_word)) != (prefix.month, prefix.day):
        b.warnings.append(f"prefix date {prefix.isoformat()} differs from dateline {b.dateline.date}")
