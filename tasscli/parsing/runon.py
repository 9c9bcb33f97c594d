"""Stories run together that `segments.article_starts` did not open (issue 18.2): pages joined
by `cat` with nothing the grammar reads between them. Each such place is warned on the article
that holds it, naming the line: every merge left is said."""
from __future__ import annotations

from bisect import bisect_left
from typing import Dict, List, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence
from tasscli.parsing.segments import UNANCHORED_STORY, headline_dateline, is_body_line, new_story_anchor
from tasscli.record import Article, LineRole, replaced

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
        and any(line.kind is K.TEXT and headline_like(line.text) for line in tail) \
        and any(is_body_line(line) for line in lines[end:end + GLUE_TAIL_STORY])  # a story under it


def _after_body(lines: List[Line], index: int, headline: bool = False) -> bool:
    """Is the text line above `index` a body-like paragraph (not with `headline`), or a headline-like
    line right under one? (Not a teaser cut with an ellipsis: a site's lists print those.)"""
    above = [line for line in lines[max(0, index - 3):index]
             if line.kind in K.TEXT_OR_DATELINE and not line.text.endswith(("...", "…"))]
    if not above:
        return False
    if _paragraph(above[-1]):
        return not headline
    return len(above) >= 2 and headline_like(above[-1].text) and _paragraph(above[-2])


def _paragraph(line: Line) -> bool:
    """A body-like line, or a dateline with its story's sentence."""
    return is_body_line(line) or (line.kind is K.DATELINE and is_sentence(line.text))


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
        dateline = line.kind is K.DATELINE and not headline_dateline(line)
        if line.text == before.text:
            continue  # a paragraph printed twice counts twice; it begins nothing
        if before.block == line.block:
            marked = line.kind in K.DATELINE_OR_TIME_OR_DATE_OR_NOTE_OR_HEADLINE_TIME
            if before.kind in K.TEXT_OR_DATELINE and (len(before.text) >= GLUE_PARAGRAPH or is_body_line(before)) \
                    and (marked or not headline_like(before.text) or len(before.text) >= GLUE_LONG or (
                        index >= 2 and lines[index - 2].block == line.block and is_body_line(lines[index - 2]))) \
                    and (marked or (
                        line.kind is K.TEXT and headline_like(line.text) and not ends_sentence(line.text))
                         or _short_tail(lines, index)) \
                    and (after is None or after.block != line.block or line.kind in K.DATELINE_OR_HEADLINE_TIME
                         or _short_tail(lines, index)):
                # Of a tail of short lines, the first that is no sentence (the page before may
                # end with a short paragraph).
                named = line
                if after is not None and after.block == line.block and is_body_line(line):
                    named = next((ln for ln in lines[index:index + GLUE_TAIL]
                                  if ln.block == line.block and not is_body_line(ln)), line)
                if not doubts or doubts[-1][0] < named.number:
                    doubts.append((named.number, f"line {named.number}: a line glued under a paragraph; "
                                                 "another story may begin here"))
            elif before.kind in K.FURNITURE_OR_SEPARATOR_OR_CREDIT and line.kind in K.TEXT_OR_HEADLINE_TIME \
                    and headline_like(line.text) and not ends_sentence(line.text) and _short_tail(lines, index) \
                    and any(is_body_line(earlier) for earlier in lines[max(0, index - GLUE_TAIL_STORY):index]):
                # A headline glued under the last page's share buttons or credit line.
                doubts.append((line.number, f"line {line.number}: a headline glued under the story's end; "
                                            "another story may begin here"))
            elif (dateline or line.kind is K.HEADLINE_TIME) and before.kind not in K.TEXT_OR_DATELINE \
                    and _after_body(lines, index):
                doubts.append((line.number, f"line {line.number}: a dateline glued under the story; "
                                            "another story may begin here"))
        elif (dateline or new_story_anchor(line)) and _after_body(
                lines, index, headline=dateline and line.info[1] is None):  # type: ignore[index]
            # (A dateline naming no agency opens a story of its own under a headline only.)
            doubts.append((line.number, f"line {line.number}: a {'dateline' if dateline else 'date'} "
                                        "inside the story; another story may begin here"))
    return doubts


def warn_run_on(articles: List[Article], doubts: List[Tuple[int, str]]) -> List[Article]:
    """The articles, each with the warnings of `doubts` (see `run_on_doubts`) that fall between
    its first and last body lines: a story that may hold another's paragraphs."""
    extra = run_on_warnings([article.lines for article in articles], doubts)
    return [replaced(article, {"warnings": article.warnings + tuple(extra[number])}) if number in extra else article
            for number, article in enumerate(articles)]


def run_on_warnings(roles: List[Tuple[LineRole, ...]], doubts: List[Tuple[int, str]]) -> Dict[int, List[str]]:
    """`warn_run_on`'s warnings, given each article's line roles: {article index: warnings}."""
    where = {}  # line number -> (article index, first body line, last body line)
    for number, lines in enumerate(roles):
        body = [role.number for role in lines if "body" in role.role]
        if len(body) >= 2:
            for role in lines:
                # Not the article's own date; its own dateline only under a story of its own above
                # (a quote or a lead or two above a page's dateline is the page's).
                if role.role.startswith(("body", "dropped:", "caption", "note")) or (
                        role.role.startswith("dateline") and bisect_left(body, role.number) > UNANCHORED_STORY):
                    where[role.number] = (number, body[0], body[-1])
    extra: Dict[int, List[str]] = {}
    for line_number, warning in doubts:
        hit = where.get(line_number)
        if hit is not None and hit[1] < line_number < hit[2]:
            extra.setdefault(hit[0], []).append(warning)
    return extra
