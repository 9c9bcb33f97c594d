"""Line accounting: what became of every line of a page (`tasscli explain`).

    >>> from tasscli.parsing.explain import explain
    >>> acc = explain(open("page.txt", encoding="utf-8").read(), source="page.txt")
    >>> acc.complete                      # every non-blank line has exactly one role
    True
    >>> acc.field_lines(0)["headline"]    # the page lines the first article's headline came from
    (2,)
    >>> [(line.number, line.label) for line in acc.lines][:3]
    [(1, 'dropped: furniture'), (2, 'headline'), (3, 'blank')]

The parser records, for every non-blank line of the page (1-based, lines as `page_lines` cuts
them), one `LineRole(number, role, article)` in `Article.lines` of the article it belongs to;
lines that belong to no article (page furniture) are in the first article's `lines` with
`article=None`. This module only reads that record: `account()` checks it against the page and adds
what a reader needs (the line's text, the body paragraph a body line went to, a readable label).

`Accounting.to_dicts()`: one dict per page line, blank lines included, with the keys `source`,
`line`, `role` (as recorded: "dateline+body ¶1"), `label`, `article` (0-based index on the page, or
null), `paragraph` (1-based body paragraph for body and dateline lines, else null) and `text`.
`tasscli explain --format explain-jsonl` reshapes each for machines (`tasscli.cli.commands.explain_item`:
a bare role, the fields, the reason, articles from 1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from tasscli.parsing.lines import line_texts, visible
from tasscli.record import Article, LineRole

BLANK = "blank"
UNACCOUNTED = "unaccounted"

#: How a dropped role reads in the text view; others read as "dropped: <what>".
ROLE_LABELS: Dict[str, str] = {
    "dropped:related": "dropped: related headline",
    "dropped:duplicate-caption": "dropped: duplicate caption",
    "dropped:duplicate-credit": "dropped: duplicate credit",
    "dropped:template": "dropped: template junk",
    "dropped:news-list": "dropped: news list",
    "dropped:note": "dropped: editor's note",
    "dropped:time": "dropped: time of another story",
    "dropped:label": "dropped: event label",
    UNACCOUNTED: "?? not accounted for",
}

# A role names one or more fields joined by "+" ("headline+section+time", "dateline+body ¶1");
# a body part may carry its paragraph number ("body ¶3", also accepted: "body:3", "body#3").
_PARAGRAPH = re.compile(r"\s*(?:¶|[:#])\s*(\d+)\s*$")
_FOLD = re.compile(r"[^a-z0-9]+")


def role_parts(role: str) -> List[str]:
    """The field names a role stands for, paragraph numbers cut: "dateline+body ¶1" -> dateline, body.

    A dropped role is one part however it is spelled ("dropped:caption+credit").
    """
    if role.startswith("dropped:") or role in (BLANK, UNACCOUNTED):
        return [role]
    return [_PARAGRAPH.sub("", part).strip() for part in role.split("+") if part.strip()]


def role_paragraph(role: str) -> Optional[int]:
    """The body paragraph number a role carries, if any."""
    for part in role.split("+"):
        found = _PARAGRAPH.search(part)
        if found:
            return int(found.group(1))
    return None


def page_lines(text: str) -> List[str]:
    """The page's own lines, numbered as the parser numbers them (line 1 is `page_lines(text)[0]`):
    CR LF, CR and form feed end a line, as LF does."""
    lines = line_texts(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the end of the last line, not a line of its own
    return lines


def _fold(text: str) -> str:
    """Letters and digits only, lower case: survives whitespace, quote and mojibake repair."""
    return _FOLD.sub("", text.lower())


@dataclass(frozen=True)
class ExplainedLine:
    number: int
    text: str
    role: str  # a LineRole role, or "blank", or "unaccounted"
    article: Optional[int] = None
    paragraph: Optional[int] = None  # 1-based body paragraph for body/dateline lines
    evidence: str = ""  # what decided the role (`labeler.evidence`): features and weights, or a rule

    @property
    def label(self) -> str:
        if self.role == BLANK:
            return ""
        if self.role in ROLE_LABELS:
            return ROLE_LABELS[self.role]
        if self.role.startswith("dropped:"):
            return "dropped: " + self.role[len("dropped:"):].replace("-", " ")
        return " + ".join(self.parts(numbered=True))

    def parts(self, numbered: bool = False) -> List[str]:
        """The fields this line went to; a dateline line whose rest became a paragraph adds body."""
        parts = role_parts(self.role)
        if self.paragraph is not None and "body" not in parts:
            parts.append("body")
        if numbered and self.paragraph is not None:
            parts = [f"body ¶{self.paragraph}" if part == "body" else part for part in parts]
        return parts

    def to_dict(self, source: str) -> Dict[str, Any]:
        return {"source": source, "line": self.number, "role": self.role, "label": self.label,
                "article": self.article, "paragraph": self.paragraph, "text": self.text,
                "evidence": self.evidence}


@dataclass(frozen=True)
class Accounting:
    """The page's lines with their roles, and what did not add up."""

    source: str
    articles: Tuple[Article, ...]
    lines: Tuple[ExplainedLine, ...]
    unaccounted: Tuple[int, ...] = ()  # non-blank lines no article claims
    duplicated: Tuple[int, ...] = ()  # lines claimed more than once
    stray: Tuple[int, ...] = ()  # roles given to blank lines or to numbers past the page's end

    @property
    def complete(self) -> bool:
        """Every non-blank line has exactly one role, and no role points elsewhere."""
        return not (self.unaccounted or self.duplicated or self.stray)

    def problems(self) -> List[str]:
        out = []
        for name, numbers in (("not accounted for", self.unaccounted),
                              ("given more than one role", self.duplicated),
                              ("roles for blank or missing lines", self.stray)):
            if numbers:
                out.append(f"{name}: line{'s' if len(numbers) > 1 else ''} {_ranges(numbers)}")
        return out

    def field_lines(self, article: int = 0) -> Dict[str, Tuple[int, ...]]:
        """Role -> page line numbers, for the `article`-th article (0-based) of the page."""
        out: Dict[str, List[int]] = {}
        for line in self.lines:
            if line.article == article and line.role not in (BLANK, UNACCOUNTED):
                for part in line.parts():
                    out.setdefault(part, []).append(line.number)
        return {role: tuple(numbers) for role, numbers in out.items()}

    def paragraph_lines(self, article: int = 0) -> Dict[int, Tuple[int, ...]]:
        """Body paragraph (1-based) -> the page lines it came from, for one article."""
        out: Dict[int, List[int]] = {}
        for line in self.lines:
            if line.article == article and line.paragraph is not None:
                out.setdefault(line.paragraph, []).append(line.number)
        return {number: tuple(lines) for number, lines in out.items()}

    def to_dicts(self) -> Iterator[Dict[str, Any]]:
        for line in self.lines:
            yield line.to_dict(self.source)


def _ranges(numbers: Sequence[int]) -> str:
    parts: List[str] = []
    start = prev = None
    for number in sorted(numbers):
        if prev is not None and number == prev + 1:
            prev = number
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = number
    if start is not None:
        parts.append(str(start) if start == prev else f"{start}-{prev}")
    return ", ".join(parts)


def field_lines(article: Article) -> Dict[str, Tuple[int, ...]]:
    """Field -> the page line numbers it came from, for one parsed `article`.

    Dropped lines are listed under their role ("dropped:furniture"); page furniture kept with
    `article=None` is left out.
    """
    out: Dict[str, List[int]] = {}
    for role in article.lines:
        if role.article is not None:
            for part in role_parts(role.role):
                out.setdefault(part, []).append(role.number)
    return {name: tuple(numbers) for name, numbers in out.items()}


def _paragraphs(article: Article, roles: List[Tuple[LineRole, str]]) -> Dict[int, int]:
    """Line number -> 1-based body paragraph, for the body and dateline lines of one article.

    Taken from the role when the parser numbers it ("body:3"), else found by matching the line's
    letters and digits against the body paragraphs in order (so a line whose text the parser
    cleaned still finds its paragraph).
    """
    folded = [_fold(paragraph) for paragraph in article.body]
    out: Dict[int, int] = {}
    at = 0
    for role, text in roles:
        numbered = role_paragraph(role.role)
        if numbered is not None:
            out[role.number] = numbered
            continue
        if not {"body", "dateline"} & set(role_parts(role.role)):
            continue
        line = _fold(text)
        if not line:
            continue
        for index in range(at, len(folded)):
            para = folded[index]
            if para and (line in para or para in line or line[:24] in para or para[:24] in line):
                out[role.number] = index + 1
                at = index
                break
    return out


def account(text: str, articles: Sequence[Article], source: str = "-",
            evidence: Optional[Dict[int, str]] = None) -> Accounting:
    """Check the articles' line records against the page `text` they were parsed from.
    `evidence`: line number -> what decided its role; a line it lacks is told by its role."""
    lines = page_lines(text)
    claims: Dict[int, List[LineRole]] = {}
    for article in articles:
        for role in article.lines:
            claims.setdefault(role.number, []).append(role)
    paragraph_of: Dict[Tuple[Optional[int], int], int] = {}
    for index, article in enumerate(articles):
        own = [(role, lines[role.number - 1]) for role in article.lines
               if role.article == index and 1 <= role.number <= len(lines)]
        for number, paragraph in _paragraphs(article, own).items():
            paragraph_of[(index, number)] = paragraph
    explained: List[ExplainedLine] = []
    unaccounted: List[int] = []
    duplicated: List[int] = []
    for number, line in enumerate(lines, start=1):
        found = claims.get(number, [])
        if not visible(line):
            explained.append(ExplainedLine(number, line, BLANK))
            continue
        if not found:
            unaccounted.append(number)
            explained.append(ExplainedLine(number, line, UNACCOUNTED))
            continue
        if len(found) > 1:
            duplicated.append(number)
        role = found[0]
        why = (evidence or {}).get(number) or "rule: " + role.role
        explained.append(ExplainedLine(number, line, role.role, role.article,
                                       paragraph_of.get((role.article, number)), why))
    stray = sorted({number for number in claims
                    if not 1 <= number <= len(lines) or not visible(lines[number - 1])})
    return Accounting(source, tuple(articles), tuple(explained), tuple(unaccounted),
                      tuple(duplicated), tuple(stray))


def explain(text: str, source: str = "-", labeler: bool = False) -> Accounting:
    """Parse `text` and account for each of its lines, with the evidence for each line's role;
    `labeler`: with the trained header labeler deciding the header lines (`--labeler`)."""
    from tasscli.parsing.labeler.evidence import Tracer
    from tasscli.parsing.parser import parse

    tracer = Tracer(decide=labeler)
    return account(text, parse(text, source, labeler=tracer), source, tracer.evidence)


def render_lines(acc: Accounting, width: Optional[int] = None,
                 style: Any = None, evidence: bool = False) -> Iterator[str]:
    """The text view: one line per page line, `number  role │ text`; with `evidence`, each
    non-blank line is followed by a row `↳ what decided its role`.

    `width` cuts each output line to that many columns (with "…"); `style(role, part, text)`, when
    given, decorates the role (`part="role"`) and the text (`part="text"`) of each line. Page text
    is escaped (`tasscli.term.safe`), so no control character reaches the terminal.
    """
    from tasscli.term import columns, cut_to_columns, safe

    def paint(role: str, part: str, text: str) -> str:
        return style(role, part, text) if style else text

    many = len(acc.articles) > 1
    digits = len(str(len(acc.lines))) if acc.lines else 1
    labels = [(f"[{line.article + 1}] " if many and line.article is not None else "") + line.label
              for line in acc.lines]
    role_width = min(max((len(label) for label in labels), default=0), 34)  # role labels are ASCII
    for line, label in zip(acc.lines, labels):
        head = f"{line.number:>{digits}}  {label:<{role_width}} │ "
        text = safe(line.text.expandtabs(4))
        if width is not None and columns(head) + columns(text) > width:  # columns, not characters
            text = cut_to_columns(text, width - columns(head) - 1) + "…"
        yield paint(line.role, "role", head.rstrip() if not text else head) + paint(line.role, "text", text)
        if evidence and line.evidence:
            why = " " * (len(head) - 2) + "↳ " + safe(line.evidence)
            yield why if width is None or len(why) <= width else why[:max(width - 1, 0)] + "…"
