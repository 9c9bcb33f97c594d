"""The layout parser: page text in, `Article` records out.

Pure: no I/O, no printing, no state kept between calls. Three passes:

1. `classify` gives every line a kind (furniture, template, section, time, credit, dateline, ...)
   from the vocabulary tables alone, with no look at its neighbours;
2. `_header` reads the lines above the story (headline, section, time, lead, captions, credits);
3. `_body` reads the story (dateline, paragraphs, inserts to drop, captions inside it).

Every non-blank line ends up with one role in `Article.lines`, which `tasscli explain` shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Dict, List, Optional, Pattern, Sequence, Tuple

from tasscli import dates
from tasscli.datelines import AGENCIES, Agency, read_dateline
from tasscli.record import Article, Dateline, LineRole
from tasscli.vocab import DEFAULT, Vocabulary

# A sentence ends with terminal punctuation, maybe inside closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s*$")
TEMPLATE = re.compile(r"\{\{.*?\}\}")
PHOTO_PLACEHOLDER = re.compile(r"\{article_photo:[^}]*\}")
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


@dataclass
class Line:
    number: int  # 1-based, in the page as given
    text: str  # trimmed, the prefix removed from the first line
    block: int  # lines of one blank-separated block share this
    kind: str = "text"
    info: object = None  # what the classifier read: a TimeLine, a section name, a dateline ...


@dataclass
class _Grammar:
    """The vocabulary compiled once: regexes and lookup sets."""

    vocab: Vocabulary
    furniture: Pattern[str]
    news_item: Pattern[str]
    section_time: Pattern[str]
    credit: Pattern[str]
    graphic: Pattern[str]
    sections: frozenset = field(default_factory=frozenset)


@lru_cache(maxsize=8)
def grammar(vocab: Vocabulary) -> _Grammar:
    sections = sorted(vocab.sections, key=len, reverse=True)
    section_alt = "|".join(re.escape(s) for s in sections)
    mon = dates.month_pattern(vocab.months)
    furniture = "|".join([re.escape(f) for f in sorted(vocab.furniture)] + list(vocab.furniture_patterns))
    marks = "|".join(re.escape(m) for m in vocab.credit_marks)
    return _Grammar(
        vocab=vocab,
        furniture=re.compile(rf"(?:{furniture})\s*", re.IGNORECASE),
        # "Headline textSection Name Month DD, HH:MM": a latest-news entry glued into one line.
        news_item=re.compile(rf"^(?P<title>.+?)\s?(?P<section>{section_alt})\s+"
                             rf"(?P<time>(?:{mon})\s+\d{{1,2}},\s*(?:\d{{4}},\s*)?\d{{1,2}}:\d{{2}})$",
                             re.IGNORECASE),
        section_time=re.compile(rf"^(?P<section>{section_alt})\s+(?P<time>.+)$"),
        credit=re.compile(rf"^(?:{marks})\s*(?P<credit>\S.*)$"),
        graphic=re.compile(rf"^(?:{'|'.join(re.escape(g) for g in vocab.graphic_labels)})\s+(?P<title>\S.*)$"),
        sections=frozenset(vocab.sections),
    )


def _is_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text)) and len(text.split()) >= 6


def _classify(line: Line, g: _Grammar, agencies: Tuple[Agency, ...]) -> None:
    text = line.text
    vocab = g.vocab
    if TEMPLATE.search(text) and not TEMPLATE.sub("", text).strip():
        line.kind = "template"
    elif g.furniture.fullmatch(text):
        line.kind = "furniture"
    elif text in vocab.tag_markers:
        line.kind = "tags"
    elif text in vocab.related_markers:
        line.kind = "related"
    elif text in g.sections:
        line.kind, line.info = "section", text
    elif (timeline := dates.read_time_line(text, vocab.months)) is not None:
        line.kind, line.info = "time", timeline
    elif (m := g.section_time.match(text)) and (timeline := dates.read_time_line(m["time"], vocab.months)):
        line.kind, line.info = "section-time", (m["section"], timeline)
    elif (m := g.news_item.match(text)) is not None:
        line.kind, line.info = "news-item", m
    elif (m := g.credit.match(text)) is not None and len(text) < 200:
        line.kind, line.info = "credit", m["credit"].strip()
    elif (found := read_dateline(text, vocab.months, agencies)) is not None:
        line.kind, line.info = "dateline", found
    elif (m := g.graphic.match(text)) is not None and not _is_sentence(text):
        line.kind, line.info = "graphic", m["title"]


def _lines(text: str) -> Tuple[Optional[date], List[Line]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    raw = text.split("\n")
    prefix, raw[0] = dates.read_prefix(raw[0])
    out: List[Line] = []
    block = 0
    for number, row in enumerate(raw, 1):
        stripped = " ".join(row.split())
        if not stripped:
            block += 1
            continue
        out.append(Line(number, stripped, block))
    return prefix, out


def _content_words(text: str, stop: frozenset) -> set:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() not in stop and len(w) > 2}


def _same_story(title: str, story: str, stop: frozenset) -> bool:
    """Does a headline share the story's names and subject? (A latest-news entry may not.)"""
    words = _content_words(title, stop)
    if not words:
        return False
    text = _content_words(story, stop)
    shared = {w for w in words if w in text or any(t.startswith(w[:5]) for t in text if len(w) >= 5)}
    return len(shared) >= 2 or len(shared) / len(words) >= 0.3


class _Builder:
    """Collects one article's fields and the role of each line."""

    def __init__(self) -> None:
        self.fields: Dict[str, object] = {}
        self.body: List[str] = []
        self.credits: List[str] = []
        self.captions: List[str] = []
        self.warnings: List[str] = []
        self.roles: Dict[int, str] = {}
        self.time: Optional[dates.TimeLine] = None
        self.dateline: Optional[Dateline] = None
        self.agency: Optional[str] = None
        self.amp = False  # the AMP layout: section and time on one line, tags after the story

    def role(self, line: Line, role: str) -> None:
        self.roles[line.number] = role

    def credit(self, line: Line, text: str) -> None:
        if self.credits and self.credits[-1] == text and self._last_credit_line == line.number - 1:
            self.role(line, "dropped:duplicate-credit")
        else:
            self.credits.append(text)
            self.role(line, "credit")
        self._last_credit_line = line.number

    _last_credit_line = -9

    def caption(self, line: Line, text: str) -> None:
        if text not in self.captions:
            self.captions.append(text)
        self.role(line, "caption")

    def paragraph(self, lines: Sequence[Line], text: str) -> None:
        text = " ".join(PHOTO_PLACEHOLDER.sub(" ", text).split())
        if not text:
            for line in lines:
                self.role(line, "dropped:template")
            return
        self.body.append(text)
        for line in lines:
            role = self.roles.get(line.number)
            self.role(line, f"{role}+body ¶{len(self.body)}" if role == "dateline" else f"body ¶{len(self.body)}")


def _split_block(lines: List[Line]) -> List[List[Line]]:
    """One blank-line block as paragraphs: each line, or one paragraph when hard-wrapped."""
    if len(lines) == 1:
        return [lines]
    inner = lines[:-1]
    wrapped = sum(1 for ln in inner if not SENTENCE_END.search(ln.text) and not ln.text.endswith(":"))
    longest = max(len(ln.text) for ln in lines)
    joined_starts = sum(1 for ln in lines[1:] if ln.text[:1].islower())
    hard_wrapped = longest <= 100 and wrapped >= max(2, 0.6 * len(inner))
    if hard_wrapped or joined_starts == len(lines) - 1:
        return [lines]
    # Single line breaks separate paragraphs, but a line cut mid-sentence before a line that opens
    # in lower case continues it.
    out: List[List[Line]] = []
    for line in lines:
        if out and line.text[:1].islower() and not SENTENCE_END.search(out[-1][-1].text):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _header(lines: List[Line], b: _Builder, g: _Grammar, story: str, has_story: bool) -> List[Line]:
    """Read the lines above the story; return those that turn out to be story paragraphs.

    Without a story start (no dateline, no sentence), what follows headline and lead is the story.
    """
    stop = g.vocab.stopwords
    texts: List[Line] = []
    news: List[Line] = []
    seen_text = False
    section_line: Optional[Line] = None
    for line in lines:
        kind = line.kind
        if kind == "template":
            b.role(line, "dropped:template")
        elif kind in ("furniture", "tags", "related", "graphic"):
            b.role(line, "dropped:furniture")
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
                if kind == "section-time":
                    b.amp = True
                    b.fields["section"] = line.info[0]
                    b.role(line, "section+time")
            else:
                b.role(line, "dropped:time")
        elif kind == "news-item":
            news.append(line)
        elif kind == "credit":
            b.credit(line, line.info)
        else:  # text, or a dateline-looking line that was not the story's own
            seen_text = True
            texts.append(line)

    # Photo captions: a caption printed twice, or glued to its credit and then printed alone.
    rest: List[Line] = []
    skip = set()
    for index, line in enumerate(texts):
        if index in skip:
            continue
        nxt = texts[index + 1] if index + 1 < len(texts) else None
        if nxt is not None and nxt.text == line.text and not _is_sentence(line.text):
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
        elif " " not in line.text and len(line.text) < 40:
            b.role(line, "dropped:label")  # an event tag such as "SPIEF-2025"
        else:
            rest.append(line)

    # Sentences just above the story start belong to it (a quote set above the dateline).
    lead_in: List[Line] = []
    while rest and _is_sentence(rest[-1].text) and len(rest[-1].text) > 80:
        lead_in.insert(0, rest.pop())

    if rest:
        b.fields["headline"] = rest[0].text
        b.role(rest[0], "headline")
    if len(rest) > 1:
        b.fields["lead"] = rest[1].text
        b.role(rest[1], "lead")
    if not has_story:
        lead_in = rest[2:] + lead_in
    else:
        for line in rest[2:]:
            b.role(line, "dropped:unknown")
            b.warnings.append(f"line {line.number}: unrecognised header line dropped")

    # Latest-news entries glued into lines: furniture, unless a lone one heads this very story.
    if len(news) == 1 and not rest and _same_story(news[0].info["title"], story, stop):
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
    return lead_in


def _body(lines: List[Line], b: _Builder, g: _Grammar) -> None:
    pending: List[Line] = []  # text lines of the current block
    texts: List[Tuple[Line, str]] = []  # (line, text) of the current block after cuts

    def flush() -> None:
        if not pending:
            return
        by_number = {line.number: text for line, text in texts}
        for group in _split_block(pending):
            b.paragraph(group, " ".join(by_number[ln.number] for ln in group))
        pending.clear()
        texts.clear()

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
        if kind == "dateline" and b.dateline is None:
            dateline, agency, rest = line.info
            b.dateline, b.agency = dateline, agency
            b.role(line, "dateline")
            if rest.strip():
                pending.append(line)
                texts.append((line, rest.strip()))
        elif kind == "tags":
            for later in lines[index:]:
                b.role(later, "dropped:tags")
            break
        elif kind == "related":
            b.role(line, "dropped:related")
            extra = [ln for ln in lines[index + 1:] if ln.block == line.block]
            for ln in extra:
                b.role(ln, "dropped:related")
            index += 1 + len(extra)
            follow = [ln for ln in lines[index:] if ln.block == lines[index].block] if index < len(lines) else []
            if len(extra) <= 1 and len(follow) == 1 and not _is_sentence(follow[0].text):
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
            b.credit(line, line.info)
        elif nxt is not None and nxt.text == line.text and nxt.block != line.block \
                and not _is_sentence(line.text):
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


def _is_tag_line(text: str) -> bool:
    return len(text) < 60 and text[:1].isupper() and not SENTENCE_END.search(text)


def _drop_tail(b: _Builder, tags_follow: bool) -> None:
    """Drop the short lines after the story's last paragraph when they cannot be the story's.

    After a paragraph cut mid-word the page was cut, so what follows is furniture; AMP pages
    (`tags_follow`) print their tags after the story with no "Tags" heading.
    """
    body = b.body
    keep = len(body)
    for index, text in enumerate(body[:-1]):
        if len(text) >= 100 and not SENTENCE_END.search(text) and not text.endswith(":"):
            keep = index + 1 if all(_is_tag_line(p) for p in body[index + 1:]) else keep
            break
    if tags_follow and keep == len(body):
        while keep > 1 and _is_tag_line(body[keep - 1]) and SENTENCE_END.search(body[keep - 2]) \
                and len(body[keep - 1].split()) <= 3:
            keep -= 1
    if keep < len(body):
        dropped = {f"body ¶{n}" for n in range(keep + 1, len(body) + 1)}
        for number, role in b.roles.items():
            if role in dropped:
                b.roles[number] = "dropped:tags"
        del body[keep:]


def _story_start(lines: List[Line]) -> Optional[int]:
    for index, line in enumerate(lines):
        if line.kind == "dateline":
            return index
    for index, line in enumerate(lines):
        if line.kind == "text" and _is_sentence(line.text) and len(line.text) > 80:
            return index
    return None


def parse(text: str, source: str = "-", vocab: Vocabulary = DEFAULT,
          agencies: Tuple[Agency, ...] = AGENCIES) -> List[Article]:
    """Parse one saved page into its articles (most pages hold one)."""
    g = grammar(vocab)
    prefix, lines = _lines(text)
    for line in lines:
        _classify(line, g, agencies)
    b = _Builder()
    start = _story_start(lines)
    header, body = (lines, []) if start is None else (lines[:start], lines[start:])
    story = " ".join(line.text for line in body[:6])
    lead_in = _header(header, b, g, story, has_story=start is not None)
    _body(lead_in + body, b, g)
    if b.dateline is not None and prefix is not None:
        _check_dateline_day(b, prefix, vocab)
    agency = b.agency or ("TASS" if prefix is not None else None)
    published, warnings = dates.published(prefix, b.time, agency)
    roles = tuple(LineRole(number, role, 0) for number, role in sorted(b.roles.items()))
    return [Article(
        source=source,
        headline=b.fields.get("headline"),  # type: ignore[arg-type]
        lead=b.fields.get("lead"),  # type: ignore[arg-type]
        section=b.fields.get("section"),  # type: ignore[arg-type]
        published=published,
        published_text=b.fields.get("published_text"),  # type: ignore[arg-type]
        dateline=b.dateline,
        body=tuple(b.body),
        credits=tuple(b.credits),
        captions=tuple(b.captions),
        agency=agency,
        warnings=tuple(warnings + b.warnings),
        lines=roles,
    )]


def _check_dateline_day(b: _Builder, prefix: date, vocab: Vocabulary) -> None:
    assert b.dateline is not None
    parts = (b.dateline.date or "").replace(".", "").split()
    if len(parts) != 2:
        return
    month_word, day_word = parts if not parts[0].isdigit() else parts[::-1]
    month = vocab.months.get(month_word.lower())
    if month and day_word.isdigit() and (month, int(day_word)) != (prefix.month, prefix.day):
        b.warnings.append(f"prefix date {prefix.isoformat()} differs from dateline {b.dateline.date}")
