"""Where the articles of a page start: one for most pages, several for listings, digests and
blog archives; and where, within an article, the story starts."""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Dict, List, Optional, Tuple

from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence, menu_like, names_footer
from tasscli.record import Article, replaced
from tasscli.vocab import Vocabulary


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
    strong = [i for i in datelines if lines[i].info[1] is not None]  # type: ignore[index]
    story = [i for i in datelines if not _headline_dateline(lines[i])]
    if strong or story:
        return (strong or story)[0]
    for index, line in enumerate(lines):
        if line.kind == "text" and is_sentence(line.text) and len(line.text) > 80:
            return index
    return None


def _headline_dateline(line: Line) -> bool:
    """Is the dateline a headline's opening instead ("MOSCOW: Russian Railways to launch night
    train")? One naming no agency, with text but no sentence after it on its line."""
    _, agency, rest = line.info  # type: ignore[misc]
    return agency is None and bool(rest.strip()) and not ends_sentence(rest)


def is_body_line(line: Line) -> bool:
    return line.kind == "text" and (is_sentence(line.text) or len(line.text) > 200)


#: Body-like paragraphs a story with no dateline or time line shows before another agency's
#: dateline may open a story of its own (a quote or a standfirst above a page's own dateline is one).
UNANCHORED_STORY = 2
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
    starts = [0]
    has_anchor = has_dateline = has_body = False
    text_body = 0  # the article's body-like paragraphs, anchored or not
    ended = False  # the article's footer was met: what follows is not its story
    last_body = -1  # the article's last body-like line or footer line
    pending: Optional[int] = None  # a headline-like line after the current article's text
    after_separator = False
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
            # (Not the paragraph before printed again: "a paragraph printed twice counts twice".)
            if ((has_dateline and has_body) or (text_body >= UNANCHORED_STORY and not has_dateline)) and starts_block \
                    and line.info[1] is not None and line.text != lines[index - 1].text:  # type: ignore[index]
                open_at(header_start(index, sure=not has_dateline))
            has_dateline = has_anchor = has_body = True
            text_body += 1
            last_body = index
            pending = None
        elif kind in ("text", "dateline"):  # a dateline here: one that heads a headline (see below)
            starts_block = index == 0 or lines[index - 1].block != line.block
            if after_separator and has_body and headline_like(line.text):
                open_at(index)
                has_anchor = True
            elif has_body and starts_block and headline_like(line.text):
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
    if len(starts) > 1 and pending is not None and pending > starts[-1] and \
            all(ln.kind not in ("text", "dateline") for ln in lines[pending + 1:]) \
            and not names_footer(lines[pending].text, vocab.footer_words):
        starts.append(pending)
    # A start holding no headline, dateline or text (a lone date header at the end) is not an article.
    kept = [starts[0]]
    for number, start in enumerate(starts[1:], 1):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        if any(ln.kind in ("text", "dateline", "bullet-title") for ln in lines[start:end]):
            kept.append(start)
    if len(kept) == 1 and prefix is None:
        kept = headline_listing(lines)
    return kept


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
        first.kind, first.info = "label", first.text


#: A paragraph line at least this long, with a short line glued under it, is where a page may end.
GLUE_PARAGRAPH = 80
#: ... and one this long, though it end no sentence, is no headline (a paragraph the page cut).
GLUE_LONG = 120
#: A page's first lines glued under the last page's paragraph: this many at most, each this short.
GLUE_TAIL = 3
GLUE_TAIL_LINE = 100
#: ... with a body-like line among the next this many.
GLUE_TAIL_STORY = 10


def _short_tail(lines: List[Line], index: int) -> bool:
    """Do `lines[index]` and at most GLUE_TAIL - 1 lines after it end their block, each a short
    line, one of them text that is no sentence's continuation (a page's first lines: a headline, a
    site's notice and menu), with a story under them?"""
    block = lines[index].block
    end = index
    while end < len(lines) and lines[end].block == block:
        end += 1
        if end - index > GLUE_TAIL:
            return False
    tail = lines[index:end]
    return all(len(line.text) <= GLUE_TAIL_LINE for line in tail) and lines[index].text[:1].isupper() \
        and any(line.kind == "text" and headline_like(line.text) for line in tail) \
        and any(is_body_line(line) for line in lines[end:end + GLUE_TAIL_STORY])  # a story under it


def _after_body(lines: List[Line], index: int, headline: bool = False) -> bool:
    """Is the text line above `index` a body-like paragraph (not with `headline`), or a headline-like
    line right under one? (Not a teaser cut with an ellipsis: a site's lists print those.)"""
    above = [line for line in lines[max(0, index - 3):index]
             if line.kind == "text" and not line.text.endswith(("...", "…"))]
    if not above:
        return False
    if is_body_line(above[-1]):
        return not headline
    return len(above) >= 2 and headline_like(above[-1].text) and is_body_line(above[-2])


def run_on_doubts(lines: List[Line]) -> List[Tuple[int, str]]:
    """Lines where another story may begin that `article_starts` did not open (pages joined by
    `cat` with nothing the grammar reads between them): (line number, warning). The parser
    warns of one only where an article holds body text above and below it (issue 18.2:
    every merge left is said).

    - a line glued under a long paragraph line, in its block, with a blank line under it (a page
      ends with its line end, and the next one's first line follows; its own blocks are
      separated by blank lines);
    - an agency's dateline, or another site's time or date line, opening a block after body text.
    """
    doubts: List[Tuple[int, str]] = []
    for index in range(1, len(lines)):
        line, before = lines[index], lines[index - 1]
        after = lines[index + 1] if index + 1 < len(lines) else None
        dateline = line.kind == "dateline" and not _headline_dateline(line)
        if before.block == line.block:
            if before.kind in ("text", "dateline") and len(before.text) >= GLUE_PARAGRAPH \
                    and (not headline_like(before.text) or len(before.text) >= GLUE_LONG or (
                        index >= 2 and lines[index - 2].block == line.block and is_body_line(lines[index - 2]))) \
                    and (line.kind in ("dateline", "time", "date") or (
                        line.kind == "text" and headline_like(line.text) and not ends_sentence(line.text))
                         or _short_tail(lines, index)) \
                    and (after is None or after.block != line.block or _short_tail(lines, index)):
                # Of a tail of short lines, the first that is no sentence (the page before may
                # end with a short paragraph).
                named = line
                if after is not None and after.block == line.block and is_body_line(line):
                    named = next((ln for ln in lines[index:index + GLUE_TAIL]
                                  if ln.block == line.block and not is_body_line(ln)), line)
                if not doubts or doubts[-1][0] < named.number:
                    doubts.append((named.number, f"line {named.number}: a line glued under a paragraph; "
                                                 "another story may begin here"))
            elif before.kind in ("furniture", "separator", "credit") and line.kind == "text" \
                    and headline_like(line.text) and not ends_sentence(line.text) and _short_tail(lines, index) \
                    and any(is_body_line(earlier) for earlier in lines[max(0, index - GLUE_TAIL_STORY):index]):
                # A headline glued under the last page's share buttons or credit line.
                doubts.append((line.number, f"line {line.number}: a headline glued under the story's end; "
                                            "another story may begin here"))
            elif dateline and before.kind not in ("text", "dateline") and _after_body(lines, index):
                doubts.append((line.number, f"line {line.number}: a dateline glued under the story; "
                                            "another story may begin here"))
        elif (dateline or _new_story_anchor(line)) and _after_body(
                lines, index, headline=dateline and line.info[1] is None):  # type: ignore[index]
            # (A dateline naming no agency opens a story of its own under a headline only.)
            doubts.append((line.number, f"line {line.number}: a {'dateline' if dateline else 'date'} "
                                        "inside the story; another story may begin here"))
    return doubts


def warn_run_on(articles: List[Article], doubts: List[Tuple[int, str]]) -> List[Article]:
    """The articles, each with the warnings of `doubts` (see `run_on_doubts`) that fall between
    its first and last body lines: a story that may hold another's paragraphs."""
    where = {}  # line number -> (article index, first body line, last body line)
    for number, article in enumerate(articles):
        body = [role.number for role in article.lines if "body" in role.role]
        if len(body) >= 2:
            for role in article.lines:
                # Not the article's own date; its own dateline only under a story of its own above
                # (a quote or a lead or two above a page's dateline is the page's).
                if role.role.startswith(("body", "dropped:", "caption")) or (
                        role.role.startswith("dateline") and bisect_left(body, role.number) > UNANCHORED_STORY):
                    where[role.number] = (number, body[0], body[-1])
    extra: Dict[int, List[str]] = {}
    for line_number, warning in doubts:
        hit = where.get(line_number)
        if hit is not None and hit[1] < line_number < hit[2]:
            extra.setdefault(hit[0], []).append(warning)
    return [replaced(article, {"warnings": article.warnings + tuple(extra[number])}) if number in extra else article
            for number, article in enumerate(articles)]
