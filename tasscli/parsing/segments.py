"""Where the articles of a page start: one for most pages, several for listings, digests and
blog archives; and where, within an article, the story starts."""
from __future__ import annotations

import re
from datetime import date
from typing import List, Optional

from tasscli.parsing.lines import (
    Line,
    ends_sentence,
    headline_like,
    headline_long,
    is_sentence,
    menu_like,
    names_footer,
    section_like,
)
from tasscli.vocab import Vocabulary

#: A sentence's end inside a line ("... the capital's coast. “They usually follo"): a story's
#: paragraph cut off, not a headline.
WORD = re.compile(r"\w+")
SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][”\"’]?\s+[A-Z“\"‘]")


def story_start(lines: List[Line]) -> Optional[int]:
    """The line that opens the story: a dateline (one naming its agency first; not one that
    heads a headline, `_headline_dateline`), else a long sentence.

    Where the headline is printed again further down (a teaser card above the article), the story
    is looked for after the repeat.
    """
    begin = 0
    first = next((i for i, ln in enumerate(lines) if ln.kind in ("text", "bullet-title")
                  and not menu_like(ln.text)), None)  # not a site's menu item above it
    if first is not None:
        title = lines[first].text.casefold()
        again = [i for i in range(first + 2, len(lines)) if lines[i].text.casefold() == title]
        if again and any(ln.kind == "dateline" for ln in lines[again[0]:]):
            begin = again[0]
    datelines = [i for i in range(begin, len(lines)) if lines[i].kind == "dateline"]
    # Strong: naming its agency, or its place and date ("HAVANA, February 14th  Love songs ...").
    strong = [i for i in datelines if lines[i].info[1] is not None  # type: ignore[index]
              or (lines[i].info[0].date is not None and lines[i].info[0].place is not None)]  # type: ignore[index]
    story = [i for i in datelines if not _headline_dateline(lines[i])]
    if strong or story:
        return (strong or story)[0]
    for index, line in enumerate(lines):
        if line.kind == "text" and is_sentence(line.text) and len(line.text) > 80:
            return index
    return None


def _headline_dateline(line: Line) -> bool:
    """Is the dateline a headline's opening instead ("MOSCOW: Russian Railways to launch night
    train")? One naming no agency and no date, with text but no sentence after it on its line."""
    dateline, agency, rest = line.info  # type: ignore[misc]
    # A dated one ("HAVANA, Feb 13. ...") is a story's, whatever its paragraph ends with; so is
    # one with a word or two after it (a paragraph the page was cut in: "Madrid - Spanish police").
    return agency is None and dateline.date is None and len(rest.split()) > 2 and not ends_sentence(rest)


#: A standfirst printed again as the story's first line is at least this long.
STANDFIRST_REPEAT = 60


def repeated_standfirst(lines: List[Line]) -> Optional[int]:
    """The standfirst of a page printed again as its story's first line, the next line of its
    block, maybe with spaces lost ("... for Foreign Affairs ..." / "... for ForeignAffairs ..."):
    its index, when no body-like line comes before it; else None. Printed exactly the same, it is
    the standfirst only with no text after it (an aggregator's card printing it twice), and the
    repeat is marked furniture."""
    for index, (line, after) in enumerate(zip(lines, lines[1:])):
        if line.kind != "text":
            if line.kind in ("dateline", "caption"):
                return None
            continue
        if after.kind == "text" and after.block == line.block and len(line.text) >= STANDFIRST_REPEAT \
                and "".join(line.text.split()) == "".join(after.text.split()):
            # Printed the same with text after it: a gallery's caption printed twice, not this.
            if all(later.kind not in ("text", "dateline") for later in lines[index + 2:]):
                after.kind = "furniture"
                return index
            return index if line.text != after.text else None
        if is_body_line(line):
            return None
    return None


def is_body_line(line: Line) -> bool:
    return line.kind == "text" and (is_sentence(line.text) or len(line.text) > 200)


#: Body-like paragraphs a story with no dateline or time line shows before another agency's
#: dateline may open a story of its own (a quote, a standfirst, or a headline ending with a question
#: mark, which reads as a sentence, above a page's own dateline are one or two).
UNANCHORED_STORY = 3
QUOTE_OPENERS = "\"“‘'«„"
#: Lines that end a story: after them come the site's lists, or another story run on (`cat`).
_FOOTER_KINDS = frozenset({"tags", "tags-line", "end", "related", "related-item"})
#: Lines that anchor a story's header: another site's time or date line, a "From: agency" line.
_ANCHOR_KINDS = frozenset({"time", "date", "source", "section-time", "dateline", "bullet-title"})


def _body_follows(lines: List[Line]) -> List[bool]:
    """For each line, does a body-like line (a sentence, a long line, a dateline with its text)
    come after it before the next anchor or footer? One pass from the end."""
    follows = [False] * len(lines)
    seen = False
    for index in range(len(lines) - 1, -1, -1):
        follows[index] = seen
        line = lines[index]
        if line.kind == "dateline" and not _headline_dateline(line):
            seen = True
        elif line.kind in _ANCHOR_KINDS or line.kind in _FOOTER_KINDS:
            seen = False
        elif is_body_line(line):
            seen = True
    return follows


def _new_story_anchor(line: Line) -> bool:
    """Another site's time line or a date line (not tass.com's own time line, not a bare year)."""
    kind = line.kind
    return (kind == "time" and line.info.form != "tass") or kind == "source" or (  # type: ignore[union-attr]
        kind == "date" and not line.info.year_only)  # type: ignore[union-attr]


def _opens_glued(before: Line) -> bool:
    """May a line set right under `before`, in its block, open a paragraph: `before` is no text
    line cut mid-sentence?"""
    return before.kind != "text" or ends_sentence(before.text) or headline_like(before.text)


def _glued_headline(lines: List[Line], floor: int, index: int) -> Optional[int]:
    """A headline glued under a story's last paragraph, in its block, with a blank line under it:
    where pages joined by `cat` meet (a page ends with its line end, the next opens with its
    headline). The first such line in `lines[floor:index]`, else None."""
    for at in range(max(floor, 1), index):
        line, before, after = lines[at], lines[at - 1], lines[at + 1]
        if line.kind == "text" and before.block == line.block and after.block != line.block \
                and headline_like(line.text) and not ends_sentence(line.text) and len(line.text.split()) >= 3 \
                and ends_sentence(before.text) and is_body_line(before):
            return at
    return None


#: A block holding this many lines of a widget's shape (`Vocabulary.widget_patterns`) is a widget.
WIDGET_LINES = 2


def mark_widgets(lines: List[Line], vocab: Vocabulary) -> None:
    """A weather widget or ticker's block (city names, weekdays, "24/13°C", today's date): all
    furniture, so that its crawl-time dates and names are never the article's."""
    if "°" not in "".join(line.text[-6:] for line in lines):  # most pages: one cheap test
        return
    shape = re.compile("|".join(f"(?:{pattern})" for pattern in vocab.widget_patterns))
    counts: dict = {}
    for line in lines:
        if shape.fullmatch(line.text):
            counts[line.block] = counts.get(line.block, 0) + 1
    widgets = {block for block, count in counts.items() if count >= WIDGET_LINES}
    for line in lines:
        if line.block in widgets and line.kind != "furniture":
            line.kind, line.info = "furniture", None


def mark_rubric(lines: List[Line], vocab: Vocabulary) -> None:
    """A category label opening the page alone in its block, right over the headline ("Foreign
    and Military Affairs" / blank / headline): a label, the section of the story under it. Not a
    tag or topic page's title ("Latest Ankara News", `topic_title_words`), nor the publication's
    name ("Milwaukee Journal Sentinel", `publication_words`), nor a tag list."""
    if len(lines) < 3 or lines[0].kind != "text" or lines[1].block == lines[0].block:
        return
    first = lines[0]
    under = next((line for line in lines[1:] if line.kind != "furniture"), None)
    if under is None or under.kind != "text" or not section_like(first.text) or not headline_like(under.text) \
            or not headline_long(under.text) or ends_sentence(under.text):
        return
    words = first.text.split()
    # A word printed twice ("Москва Москва") is a list of tags, not one label.
    if vocab.topic_title_words.isdisjoint(words) and vocab.publication_words.isdisjoint(words) \
            and len(set(words)) == len(words):
        first.kind, first.info = "label", first.text


#: A line repeating the start of the caption above it, this long or longer, is that caption cut.
CUT_REPEAT = 12


def mark_cut_captions(lines: List[Line]) -> None:
    """A caption printed again under itself and cut ("... Prince Salman bin Sultan is seen ..." /
    "Madinah Region Gov"): furniture, not a paragraph."""
    for before, line in zip(lines, lines[1:]):
        if line.kind == "text" and before.kind == "caption" and len(line.text) >= CUT_REPEAT \
                and before.info[0].startswith(line.text):  # type: ignore[index]
            line.kind = "furniture"


def _titled(lines: List[Line], start: int, end: int) -> bool:
    """Does the article at `start` open with a title: its first text line (of its first few lines,
    before `end`) headline-like and no sentence?"""
    first = next((ln for ln in lines[start:min(end, start + 4)] if ln.kind == "text"), None)
    return first is not None and headline_like(first.text) and not ends_sentence(first.text)


def article_starts(lines: List[Line], prefix: Optional[date], vocab: Vocabulary) -> List[int]:
    """Where the articles of a page start (indexes into `lines`); most pages give [0].

    One pass over the classified lines: an article starts at a bullet headline, at the line after a
    separator, at another site's time or date line or a "From: agency" line (or the headline
    just above it), or at a dateline when the article being read already has one; the headline
    printed just above a start (after the previous story's text) opens the new article.

    Stories run together (pages joined by `cat`, issue 18.2): after a story's footer (tags, the
    end mark, "Read also"), an agency's dateline, or a time or date line with a story under it,
    opens another article; so does an agency's dateline opening a paragraph after a story that
    has body text but no dateline. The new article takes the header lines above its anchor, up
    to the previous story's last body-like paragraph or footer line (`last_body`).
    """
    mark_widgets(lines, vocab)
    mark_cut_captions(lines)
    mark_rubric(lines, vocab)
    starts = [0]
    has_anchor = has_dateline = has_body = False
    text_body = 0  # the article's body-like paragraphs, anchored or not
    ended = False  # the article's footer was met: what follows is not its story
    last_body = -1  # the article's last body-like line or footer line
    pending: Optional[int] = None  # a headline-like line after the current article's text
    after_separator = False
    opened_bare = False  # the article's dateline names no agency and no date, under no headline
    follows: Optional[List[bool]] = None  # _body_follows(lines), made on first need

    def open_at(index: int) -> None:
        nonlocal has_anchor, has_dateline, has_body, pending, text_body, ended
        starts.append(index)
        has_anchor = has_dateline = has_body = ended = False
        text_body = 0
        pending = None

    def header_start(index: int, sure: bool = True) -> int:
        """Where the story anchored at `index` begins. `sure`: after a footer, or after a story
        with no anchor, the header runs up from `index` to the last story's last body-like line;
        else it is the headline set above the anchor (`pending`), or the anchor itself, unless a
        headline is glued under the last story's paragraph (files joined with no blank line)."""
        floor = min(index, max(last_body + 1, starts[-1] + 1))
        if not sure:
            glued = _glued_headline(lines, floor, index)
            if glued is not None and (pending is None or glued < pending):
                return glued
            return pending if pending is not None else floor
        start = floor
        if pending is not None:
            return pending
        # A quote set right above a dateline opens that story (tass.com's layout), not the last one.
        if start == index and index >= 2 and lines[index].kind == "dateline" and last_body == index - 1 \
                and last_body > starts[-1] and lines[last_body].text[:1] in QUOTE_OPENERS \
                and lines[last_body].block != lines[index].block and text_body >= UNANCHORED_STORY + 1:
            start = last_body
        return start

    def body_under(index: int) -> bool:
        nonlocal follows
        if follows is None:
            follows = _body_follows(lines)
        return follows[index]

    for index, line in enumerate(lines):
        kind = line.kind
        agency_dateline = kind == "dateline" and line.info[1] is not None \
            and not _headline_dateline(line) and (index == 0 or lines[index - 1].block != line.block)  # type: ignore[index]
        if ended:
            # After the footer: only another story's anchor with its text under it opens anything.
            if agency_dateline or ((_new_story_anchor(line) or kind == "dateline") and body_under(index)):
                open_at(header_start(index))
                ended = False
            else:
                if kind in _FOOTER_KINDS or (line.kind == "text" and menu_like(line.text)
                                             and names_footer(line.text, vocab.footer_words)):
                    last_body = index
                continue
        if kind in ("end", "tags"):
            if starts[-1] == 0 and not (has_body or text_body):
                break  # a page's header ends in its tags: nothing after is read, as before
            ended = True
            last_body = index
            continue
        if kind == "bullet-title":
            if has_anchor or has_body:
                open_at(index)
            has_anchor = True
        elif kind == "separator":
            after_separator = True
            continue
        elif _new_story_anchor(line):
            if has_body:
                open_at(header_start(index, sure=False))
            has_anchor = True
        elif kind == "dateline" and not _headline_dateline(line):
            # A dateline glued under the last line of the story before (files joined by `cat`)
            # opens a paragraph too; not one that a cut sentence runs on into.
            starts_block = index == 0 or lines[index - 1].block != line.block or (
                has_dateline and _opens_glued(lines[index - 1]))
            # A second dateline naming its agency, or its place and date; or an agency's dateline
            # after a story with no dateline (not the paragraph before printed again: "a paragraph
            # printed twice counts twice").
            # So does a bare one ("KENINGAU – ") after a story of a few paragraphs opened by another
            # bare one under no headline: an author page of headline-less stories (a news summary's
            # items under its headline stay one article).
            bare = line.info[1] is None and line.info[0].date is None  # type: ignore[index]
            headless = has_dateline and bare and opened_bare and text_body >= UNANCHORED_STORY
            if ((has_dateline and has_body and not bare) or headless
                    or (text_body >= UNANCHORED_STORY and not has_dateline and line.info[1] is not None)) \
                    and starts_block and line.text != lines[index - 1].text:  # type: ignore[index]
                # A headline-less story's next opens at its dateline: the line above is the last
                # story's ("... in a protracted insurgency. – BERNAMA").
                open_at(index if headless else header_start(index, sure=not has_dateline))
            if not has_dateline:  # headline-less: no headline-like line above (a navigation trail aside)
                opened_bare = bare and not any(
                    ln.kind == "text" and headline_like(ln.text) and ln.text.split()[0] not in vocab.breadcrumb_homes
                    for ln in lines[starts[-1]:index])
            has_dateline = has_anchor = has_body = True
            text_body += 1
            last_body = index
            pending = None
        elif kind in ("text", "dateline"):  # a dateline here: one that heads a headline (see below)
            starts_block = index == 0 or lines[index - 1].block != line.block
            # A digest's intro under its title is a record of its own; an intro with no title
            # above it is no article, and the first item takes it.
            if after_separator and (has_body or (text_body and _titled(lines, starts[-1], index))) \
                    and headline_like(line.text):
                open_at(index)
                has_anchor = True
            elif has_body and starts_block and headline_like(line.text):
                # A source's name under the headline ("Taipei Times") keeps the headline pending.
                if pending is None or not menu_like(line.text) or lines[pending].block + 1 != line.block:
                    pending = index
            elif is_body_line(line):
                text_body += 1
                last_body = index
                if has_anchor:
                    has_body = True
                    pending = None
        elif kind in _FOOTER_KINDS:
            last_body = index
        after_separator = False
    # A listing cut after a headline: the lone headline at the end is an article with no text.
    # Not a footer heading over the site's buttons ("Most viewed" / "Share").
    # So is a story's page cut after the next story's headline, set apart by a wider gap (an author
    # page of stories, each with its dateline).
    cut_next = pending is not None and pending == len(lines) - 1 and has_dateline \
        and lines[pending].block - lines[pending - 1].block > 1 and headline_long(lines[pending].text)
    if (len(starts) > 1 or cut_next) and pending is not None and pending > starts[-1] and \
            all(ln.kind not in ("text", "dateline") for ln in lines[pending + 1:]) \
            and not names_footer(lines[pending].text, vocab.footer_words) \
            and not SENTENCE_INSIDE.search(lines[pending].text):
        starts.append(pending)
    # A start holding no headline, dateline or text (a lone date header at the end) is not an article.
    kept = [starts[0]]
    for number, start in enumerate(starts[1:], 1):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        if any(ln.kind in ("text", "dateline", "bullet-title") for ln in lines[start:end]):
            kept.append(start)
    if len(kept) == 1 and prefix is None:
        kept = headline_listing(lines)
    if prefix is None:
        teasers = teaser_listing(lines)
        if teasers:
            kept = sorted(set(kept) | set(teasers))
    return kept


#: A teaser listing needs this many items set apart by wider gaps than its paragraphs'.
TEASER_ITEMS = 3


def teaser_listing(lines: List[Line]) -> List[int]:
    """The starts of a listing's items set apart by wider gaps than the page's usual one: a
    headline, then one paragraph (its teaser), then the wider gap ("Headline / teaser // Headline /
    teaser // ..."); [] when the page is not one. An article's subheads are followed by more than
    one paragraph, and a page of a few such items is too little to tell."""
    footer = next((index for index, line in enumerate(lines) if line.kind in ("end", "tags")), None)
    if footer is not None:  # a tags footer or end mark closes the page
        lines = lines[:footer]
    gaps = [after.block - before.block for before, after in zip(lines, lines[1:])]
    counts: dict = {}
    for gap in gaps:
        if gap:
            counts[gap] = counts.get(gap, 0) + 1
    if not counts:
        return []
    usual = min(counts, key=lambda gap: (-counts[gap], gap))
    starts = []
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if gaps[index - 1] <= usual or line.kind != "text" or not headline_like(line.text) \
                or ends_sentence(line.text) or len(line.text.split()) < 4:
            continue
        teaser = lines[index + 1]
        if gaps[index] != usual or teaser.kind not in ("text", "dateline"):
            continue
        # The teaser is one block, and a wider gap (or the page's end) follows it.
        end = index + 1
        while end + 1 < len(lines) and gaps[end] == 0:
            end += 1
        if end + 1 < len(lines) and gaps[end] <= usual:
            continue
        starts.append(index)
    return starts if len(starts) >= TEASER_ITEMS else []


def headline_listing(lines: List[Line]) -> List[int]:
    """A blog index of undated stories with no datelines: headline + paragraphs, again and again."""
    if not lines or any(ln.kind in ("dateline", "time", "date", "source", "section-time") for ln in lines):
        return [0]
    first = lines[0]
    if first.kind != "text" or not headline_like(first.text) or ends_sentence(first.text):
        return [0]
    starts = [0]
    for index in range(1, len(lines) - 1):
        line, before, after = lines[index], lines[index - 1], lines[index + 1]
        if line.kind == "text" and before.block != line.block and after.block != line.block \
                and headline_like(line.text) and not ends_sentence(line.text) \
                and len(line.text.split()) >= 4 and is_body_line(before):
            starts.append(index)
    return starts


def mark_category(lines: List[Line], starts: List[int], vocab: Vocabulary) -> None:
    """A heading printed over a listing ("AFP Video") is each item's section; a tag page's title is not."""
    first = next((ln for ln in lines[: starts[1]] if ln.kind == "text"), None)
    if first is not None and len(first.text.split()) <= 4 and not ends_sentence(first.text) \
            and any(word in vocab.category_words for word in first.text.split()):
        if _names_the_items(first.text, lines[starts[1]:], vocab) \
                or not vocab.topic_title_words.isdisjoint(first.text.split()):
            first.kind = "furniture"  # a topic page's title ("Breaking Emmanuel Macron News")
        else:
            first.kind, first.info = "label", first.text


def _names_the_items(heading: str, items: List[Line], vocab: Vocabulary) -> bool:
    """Does a heading name the items' subject: one of its words, not a category word, in two or
    more of the items' headline-like lines? A topic page's title does; a section's does not."""
    words = {word for word in heading.split() if word not in vocab.category_words and len(word) > 2}
    if not words:
        return False
    found = 0
    for line in items:
        if line.kind == "text" and headline_like(line.text) and not words.isdisjoint(WORD.findall(line.text)):
            found += 1
            if found >= 2:
                return True
    return False
