"""The story: dateline, paragraphs, inserts to drop (related stories, graphics, tags), captions inside it."""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from tasscli.parsing.agencies import agency_by_printed
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.article.tail import drop_tail
from tasscli.parsing.article.wrapping import hard_wrapped_page, split_block
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence
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


def read_body(lines: List[Line], b: Builder, g: Grammar) -> None:
    pending: List[Line] = []  # text lines of the current block
    texts: List[Tuple[Line, str]] = []  # (line, text) of the current block after cuts
    page_facts: Dict[str, object] = {}  # hard_wrapped_page and _usual_gap of `lines`, made on first need

    def page_wrapped() -> bool:
        if "wrapped" not in page_facts:
            page_facts["wrapped"] = hard_wrapped_page(lines)
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
            for group in split_block(pending, page_wrapped):
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
            b.caption(line, line.info[0])
            b.credits.append(line.info[1])
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
    drop_tail(b, tags_follow=b.amp)


def _same_block(lines: List[Line], start: int, block: int) -> List[Line]:
    """The lines from `start` on that stand in `block` (a block's lines are consecutive): read up
    to the block's end only, not the page's."""
    end = start
    while end < len(lines) and lines[end].block == block:
        end += 1
    return lines[start:end]


def _rejoin(b: Builder, at: int) -> None:
    """Join body paragraph `at` (0-based) to the one before it, renumbering the roles after."""
    b.body[at - 1] = b.body[at - 1] + " " + b.body.pop(at)
    for number, role in list(b.roles.items()):
        head, sep, count = role.partition("body ¶")
        if sep and count.isdigit() and int(count) > at:
            b.roles[number] = f"{head}body ¶{int(count) - 1}"
