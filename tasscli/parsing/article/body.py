"""The story: dateline, paragraphs, inserts to drop (related stories, graphics, tags), captions inside it."""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.agencies import Agency, agency_by_printed
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.scan import graphic_title
from tasscli.parsing.article.tail import drop_tail
from tasscli.parsing.article.wrapping import hard_wrapped_page, split_block
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line, bulleted, ends_sentence, headline_like, is_sentence
from tasscli.record import replaced


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


class _Story:
    """The story being read: its lines, the builder, the text lines of the block being read (made
    paragraphs at the block's end, `flush`), and what an earlier line told of later ones."""

    __slots__ = ("lines", "b", "agencies", "pending", "texts", "graphic_title", "_wrapped", "_gap")

    def __init__(self, lines: List[Line], b: Builder, agencies: Tuple[Agency, ...]) -> None:
        self.lines = lines
        self.b = b
        self.agencies = agencies  # the parser's agency table (`parse(agencies=...)`)
        self.pending: List[Line] = []  # text lines of the current block
        self.texts: List[Tuple[Line, str]] = []  # (line, text) of the current block after cuts
        self.graphic_title: Optional[str] = None  # an infographic's title: printed again, its caption
        self._wrapped: Optional[bool] = None  # hard_wrapped_page(lines), made on first need
        self._gap: Optional[int] = None  # _usual_gap(lines), made on first need

    def page_wrapped(self) -> bool:
        if self._wrapped is None:
            self._wrapped = hard_wrapped_page(self.lines)
        return self._wrapped

    def usual_gap(self) -> int:
        if self._gap is None:
            self._gap = _usual_gap(self.lines)
        return self._gap

    def add(self, line: Line, text: str) -> None:
        self.pending.append(line)
        self.texts.append((line, text))

    def flush(self) -> None:
        """The block's text lines made paragraphs (one, or one a line: `split_block`)."""
        pending, texts, b = self.pending, self.texts, self.b
        if not pending:
            return
        if len(pending) == 1:  # most blocks: one line, one paragraph
            b.paragraph(pending, texts[0][1])
        else:
            by_number = {line.number: text for line, text in texts}
            for group in split_block(pending, self.page_wrapped):
                b.paragraph(group, " ".join(by_number[ln.number] for ln in group))
        pending.clear()
        texts.clear()


def read_body(lines: List[Line], b: Builder, g: Grammar) -> None:
    """Read the story: each line by its kind (`_read_line`), the text lines of a block made
    paragraphs at the block's end; then the short lines after the last paragraph dropped (`drop_tail`)."""
    story = _Story(lines, b, g.agencies)
    index = 0
    block = None
    while index < len(lines):
        line = lines[index]
        if line.block != block:
            story.flush()
            block = line.block
        for note in line.notes:
            b.note(note)
        step = _read_line(story, index)
        if step is None:  # the story ended here
            break
        index += step
    story.flush()
    drop_tail(b, tags_follow=b.amp)


def _end_at_stamp(story: _Story, index: int) -> None:
    """An update stamp printing a year only: the site's footer follows, the story ends."""
    b = story.b
    b.year_hint = story.lines[index].info.day.year
    for later in story.lines[index:]:
        b.role(later, "dropped:footer")
    return None


def _caption_printed_again(story: _Story, index: int) -> int:
    """A caption printed again right under itself (or a gallery's captions): the first is the
    caption, its copies dropped; give how many lines they took."""
    line = story.lines[index]
    story.flush()
    story.b.caption(line, line.text)
    copies = _gallery_copies(story.lines, index) or 1
    for copy in story.lines[index + 1:index + 1 + copies]:
        story.b.role(copy, "dropped:duplicate-caption")
    return 1 + copies


def _read_line(story: _Story, index: int) -> Optional[int]:
    """Read the line at `index`; give how many lines it took (a related story's lines are taken
    together), or None where the story ends."""
    lines, b = story.lines, story.b
    line = lines[index]
    kind = line.kind
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if kind is K.DATELINE and b.dateline is None:
        dateline, agency, rest = line.info
        b.dateline, b.agency = dateline, agency
        b.role(line, "dateline")
        if rest.strip():
            story.add(line, rest.strip())
    elif kind in K.TAGS_OR_TAGS_LINE_OR_END:  # a tags line ("Tags: Russia, Economy") too ends the story
        _end_at_tags(story, index)
        return None
    elif kind is K.NOTE:
        b.role(line, "note")
    elif kind is K.BYLINE:
        _read_byline(line, b, story.agencies)
    elif kind in K.LABEL_OR_SEPARATOR_OR_SOURCE_OR_BULLET_TITLE or (kind is K.TIME and line.info.form != "tass"):
        story.flush()
        b.role(line, "dropped:furniture")
    elif kind is K.DATE and line.info.year_only:  # an update stamp: the site's footer follows
        return _end_at_stamp(story, index)
    elif kind is K.DATE:
        b.role(line, "dropped:date")
    elif kind is K.CAPTION and not _sign_off(story, index):
        story.flush()
        b.caption_with_credit(line, *line.info)
    elif kind is K.RELATED_ITEM or (kind is K.TEXT and _related_headline(story, index)):
        story.flush()
        b.role(line, "dropped:related")  # (a related story's headline set into the text)
    elif kind is K.RELATED:
        return _related_lines(story, index)
    elif kind is K.GRAPHIC:  # "Infographics TITLE": the caption TITLE (printed again under it)
        story.flush()
        story.graphic_title = graphic_title(line.info)
        b.caption(line, story.graphic_title)
    elif story.graphic_title is not None and line.text == story.graphic_title:
        b.caption(line, line.text)
    elif kind in K.TEMPLATE_OR_FURNITURE_OR_NEWS_ITEM:
        b.role(line, "dropped:" + ("template" if kind is K.TEMPLATE else "furniture"))
    elif kind is K.CREDIT:
        _read_credit(story, line)
    elif nxt is not None and nxt.text == line.text and (
            nxt.block != line.block and not is_sentence(line.text) or _gallery_copies(story.lines, index)):
        return _caption_printed_again(story, index)
    elif kind is K.TEXT and line.text.casefold() == str(b.fields.get("headline") or "").casefold() \
            and not is_sentence(line.text) \
            and (nxt is None or nxt.kind is not K.CREDIT):
        # the headline printed again in the story: a player's or an insert's title (over a credit
        # it is a photo's caption, as sites caption a story's photo)
        story.flush()
        b.role(line, "dropped:duplicate-headline")
    else:
        story.add(line, line.text)
    return 1


def _sign_off(story: _Story, index: int) -> bool:
    """Is the caption-like line at `index` the story's last paragraph signed with its agency in
    brackets ("... at 1131 GMT. (AFP)"), after paragraphs and with no text under it? A paragraph
    then, not a photo's caption and credit."""
    caption, credit = story.lines[index].info  # type: ignore[misc]
    return bool(story.b.body or story.texts or story.pending) and story.lines[index].text.endswith(f"({credit})") \
        and not any(line.kind in K.TEXT_OR_DATELINE for line in story.lines[index + 1:])


#: The copies of a caption a gallery prints under it at most.
GALLERY_COPIES = 3


def _gallery_copies(lines: List[Line], index: int) -> int:
    """A photo gallery's caption: the line at `index` printed again right under it and its copies
    followed by a credit (or, no sentence, printed three times). Gives the number of copies; 0 when
    it is not one (a paragraph printed twice in a row is the page's text, kept twice)."""
    text = lines[index].text
    at = index + 1
    while at < len(lines) and lines[at].text == text and at - index <= GALLERY_COPIES + 1:
        at += 1
    copies = at - index - 1
    if copies > GALLERY_COPIES:  # more: the page's text repeated, read line by line (and in linear time)
        return 0
    after = lines[at] if at < len(lines) else None
    return copies if (copies >= 2 and not is_sentence(text)) or (
        copies and after is not None and after.kind is K.CREDIT) else 0


def _end_at_tags(story: _Story, index: int) -> None:
    """A tags line or the end mark ends the story: it and the lines after it are dropped."""
    lines, b = story.lines, story.b
    kind = lines[index].kind
    for later in lines[index:]:
        b.role(later, "dropped:furniture" if kind is K.END else "dropped:tags")
    # An agency's dateline opening a paragraph after the story's end: pages run together
    # (`cat`) that nothing split. Not sure: one page, and said (issue 18).
    run_on = next((ln for ln in lines[index + 1:] if ln.kind is K.DATELINE and ln.info[1] is not None), None)
    if run_on is not None:
        b.warnings.append(f"line {run_on.number}: a dateline after the story's end; "
                          "another story may begin here")


def _read_byline(line: Line, b: Builder, agencies: Tuple[Agency, ...]) -> None:
    """A byline in the story; an agency named in it goes to a dateline that printed none."""
    name, agency = line.info
    b.set_byline(name)
    b.role(line, "byline")
    if agency and b.dateline is not None and b.dateline.agency is None:
        b.dateline = replaced(b.dateline, {"agency": agency})
        b.agency = agency_by_printed(agency, agencies) or agency


def _related_headline(story: _Story, index: int) -> bool:
    """Is the text line at `index` a related story's headline set into the text: a headline-like
    line in a block of its own, set further apart from the next than the page's paragraphs are?"""
    lines = story.lines
    line = lines[index]
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    return bool(story.b.body or story.pending) and nxt is not None and nxt.block - line.block >= 2 \
        and index > 0 and lines[index - 1].block != line.block and headline_like(line.text) \
        and not ends_sentence(line.text) and len(line.text.split(None, 4)) >= 4 and not bulleted(line.text) \
        and nxt.block - line.block > story.usual_gap()  # (a roundup's bulleted item is its story's)


def _related_lines(story: _Story, index: int) -> int:
    """A related-story marker, the rest of its block, and a lone headline-like block after it:
    dropped. Gives how many lines that took."""
    lines, b = story.lines, story.b
    line = lines[index]
    b.role(line, "dropped:related")
    extra = _same_block(lines, index + 1, line.block)
    for ln in extra:
        b.role(ln, "dropped:related")
    taken = 1 + len(extra)
    after = index + taken
    follow = _same_block(lines, after, lines[after].block) if after < len(lines) else []
    # The headline in a block of its own after the marker's ("Read also" alone, or over a tag or
    # a photo's line); not a line longer than a headline: the story going on, cut with the page.
    if len(extra) <= 1 and len(follow) == 1 and not is_sentence(follow[0].text) \
            and headline_like(follow[0].text):
        b.role(follow[0], "dropped:related")
        taken += 1
    return taken


def _read_credit(story: _Story, line: Line) -> None:
    """A photo credit inside the story; the line right over it, no sentence, is the photo's caption."""
    pending, texts, b = story.pending, story.texts, story.b
    if pending and pending[-1].number == line.number - 1 and len(pending[-1].text) < 200 \
            and not ends_sentence(pending[-1].text) and texts[-1][0] is pending[-1]:
        caption = pending.pop()
        texts.pop()
        if not b.body and caption.text == b.fields.get("headline"):
            # the alt text of the image over the story, repeating the headline (as in the header)
            b.role(caption, "dropped:duplicate-headline")
        else:
            b.caption(caption, caption.text)
    # A credit line cutting a sentence in two leaves two paragraphs: a paragraph is a block between
    # blank lines (the labelling rules).
    b.credit(line, line.info)


def _same_block(lines: List[Line], start: int, block: int) -> List[Line]:
    """The lines from `start` on that stand in `block` (a block's lines are consecutive): read up
    to the block's end only, not the page's."""
    end = start
    while end < len(lines) and lines[end].block == block:
        end += 1
    return lines[start:end]
