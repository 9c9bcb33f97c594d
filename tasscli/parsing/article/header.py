"""The lines above the story: headline, section, time, lead, byline, captions, credits."""
from __future__ import annotations

from typing import Dict, List, Optional

from tasscli.parsing import dates
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.headline import (
    caption_under,
    headline_by_time_line,
    pick_headline,
    rubric_over_headline,
    same_story,
    section_over_time_line,
)
from tasscli.parsing.article.wrapping import Wrapped, hard_wrapped_page, join_wrapped, last_part
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import (
    NAME,
    QUOTE_OPENERS,
    Line,
    ends_sentence,
    headline_like,
    is_sentence,
    menu_like,
)
from tasscli.vocab import CUT_LINE_OPENERS

#: The role of a header line dropped for its kind, where it is not "dropped:furniture".
_HEADER_DROPS = {"label": "dropped:label", "tags-line": "dropped:tags"}


def read_header(lines: List[Line], b: Builder, g: Grammar, story: List[Line], has_story: bool,
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
            # mark) after its text closes it, as it closes a story in `read_body`.
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
            b.caption(line, line.info[0])
            b.credits.append(line.info[1])
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

    wrapped_page: List[bool] = []  # hard_wrapped_page(lines + story), made once on first need: not per line

    def page_wrapped() -> bool:
        if not wrapped_page:
            wrapped_page.append(hard_wrapped_page(lines + story))
        return wrapped_page[0]

    unwrapped = join_wrapped(texts, page_wrapped) if len(texts) > 1 else None
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
        section_over_time_line(texts, time_line, b, section_line)

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
                and ends_block(line, by_number, story):
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
        rest = headline_by_time_line(rest, time_line, b)

    # Sentences just above the story start belong to it (a quote set above the dateline).
    lead_in: List[Line] = []
    keep = 0
    for step in ("lead-in", "headline"):
        if (step == "headline") == (anchor is None):  # another site's headline + lead: the lead stays
            rest = pick_headline(rest, anchor, b, byline_anchor,
                                  lambda text: same_story(text, " ".join(line.text for line in story[:6]), stop))
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
            rubric_over_headline(lines, rest[0], b)
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
            above = last_part(rest[1]) if len(rest) > 1 else None
            next_story = story[0].number if story else -1
            for line in rest[2:]:
                # Right under the lead and right over the story, set line by line as headline and
                # lead are: a photo's caption.
                if above is not None and caption_under(above, line) and line is rest[-1] \
                        and next_story == last_part(line).number + 1:
                    b.caption(line, line.text)
                    above = last_part(line)
                    continue
                above = None
                b.role(line, "dropped:unknown")
                b.warnings.append(f"line {line.number}: unrecognised header line dropped")

    # Latest-news entries glued into lines: furniture, unless a lone one heads this very story.
    lone = len(news) == 1 and not rest
    if lone and same_story(news[0].info["title"], " ".join(line.text for line in story[:6]), stop):
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


def ends_block(line: Line, by_number: Dict[int, Line], story: List[Line]) -> bool:
    """Is `line` the last of its block (the next line, in the header or the story's first, is not in it)?"""
    nxt = by_number.get(line.number + 1) or (story[0] if story and story[0].number == line.number + 1 else None)
    return nxt is None or nxt.block != line.block
