"""Where the articles of a page start: one for most pages, several for listings, digests and
blog archives; and where, within an article, the story starts."""
from __future__ import annotations

from datetime import date
from typing import List, Optional

from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence, menu_like, names_footer
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


def article_starts(lines: List[Line], prefix: Optional[date], vocab: Vocabulary) -> List[int]:
    """Where the articles of a page start (indexes into `lines`); most pages give [0].

    One pass over the classified lines: an article starts at a bullet headline, at the line after a
    separator, at another site's time or date line or a "From: agency" line (or the headline
    just above it), or at a dateline when the article being read already has one; the headline
    printed just above a start (after the previous story's text) opens the new article.
    """
    starts = [0]
    has_anchor = has_dateline = has_body = False
    pending: Optional[int] = None  # a headline-like line after the current article's text
    after_separator = False

    def open_at(index: int) -> None:
        nonlocal has_anchor, has_dateline, has_body, pending
        starts.append(index)
        has_anchor = has_dateline = has_body = False
        pending = None

    for index, line in enumerate(lines):
        kind = line.kind
        if kind in ("end", "tags"):
            break
        if kind == "bullet-title":
            if has_anchor or has_body:
                open_at(index)
            has_anchor = True
        elif kind == "separator":
            after_separator = True
            continue
        elif (kind == "time" and line.info.form != "tass") or kind == "source" or (  # type: ignore[union-attr]
                kind == "date" and not line.info.year_only):  # type: ignore[union-attr]
            if has_body:
                open_at(pending if pending is not None else index)
            has_anchor = True
        elif kind == "dateline" and not _headline_dateline(line):
            starts_block = index == 0 or lines[index - 1].block != line.block
            # (Not the paragraph before printed again: "a paragraph printed twice counts twice".)
            if has_dateline and has_body and starts_block and line.info[1] is not None \
                    and line.text != lines[index - 1].text:  # type: ignore[index]
                open_at(pending if pending is not None else index)
            has_dateline = has_anchor = has_body = True
            pending = None
        elif kind in ("text", "dateline"):  # a dateline here: one that heads a headline (see below)
            starts_block = index == 0 or lines[index - 1].block != line.block
            if after_separator and has_body and headline_like(line.text):
                open_at(index)
                has_anchor = True
            elif has_body and starts_block and headline_like(line.text):
                pending = index
            elif has_anchor and is_body_line(line):
                has_body = True
                pending = None
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
