"""`tasscli check`: per page, what a reader would expect but the parser did not find.

A page has a problem when one of its articles has no headline, no date (`published` null), no
body, or a body paragraph that looks like site furniture (a line the parser should have dropped:
"Back to Main page", a time line, a credit, a section name, Angular template text...). A page with
no article at all is a problem too. A paragraph looks like furniture when the parser's own line
classifier, with its vocabulary tables, gives it a furniture kind (`FURNITURE_KINDS`).

JSON Lines (`--format jsonl`): one object per page, problem-free pages included:
`{"source": ..., "articles": N, "ok": bool, "problems": [{"article": i, "kind": ..., "field": ..., "problem": ...}]}`
where `article` is the article's number on the page, from 1 (null for the page itself), and `kind`
one of `PROBLEM_KINDS`. Which fields must be there is the caller's choice (`require`); a kind of
problem can be left out (`ignore`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.dates import read_prefix
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line
from tasscli.vocab import DEFAULT

#: Line kinds of the parser's classifier (`tasscli.parsing.lines.classify`) that a body paragraph should never
#: have, with the name a report gives them. The vocabulary stays in one place: the parser's tables.
FURNITURE_KINDS: Dict[str, str] = {
    K.FURNITURE: "site navigation",
    K.END: "site navigation",
    K.TIME: "time line",
    K.SECTION_TIME: "time line",
    K.NEWS_ITEM: "latest-news entry",
    K.CREDIT: "photo credit",
    K.RELATED: "related headline marker",
    K.RELATED_ITEM: "related headline",
    K.TAGS: "tag footer",
    K.TAGS_LINE: "tag footer",
    K.TEMPLATE: "template text",
    K.SECTION: "section name",
    K.NOTE: "editors' note",
}

# Tags run together: "Foreign policyVladimir PutinUnited States" (two or more glued joins). The
# parser drops a tags footer by its heading; a body paragraph shaped like one is worth a look.
TAG_LIST = re.compile(r"(?=(?:[^.!?;]*?[a-z]{2}[A-Z][a-z]){2})[^.!?;]{3,300}")


def furniture_like(paragraph: str) -> Optional[str]:
    """The name of the furniture `paragraph` looks like, or None."""
    text = " ".join(paragraph.split())
    if read_prefix(text)[0] is not None:
        return "date prefix"
    line = Line(1, text, 0)
    g = grammar(DEFAULT)
    classify(line, g, g.agencies)
    if line.kind in FURNITURE_KINDS:
        return FURNITURE_KINDS[line.kind]
    return "tag list" if TAG_LIST.fullmatch(text) else None


@dataclass
class PageCheck:
    source: str
    articles: int = 0
    problems: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> Dict[str, Any]:
        return {"source": self.source, "articles": self.articles, "ok": self.ok,
                "problems": self.problems}


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: The kinds of problem: a required field missing, a body paragraph that looks like furniture, a
#: page with no article.
PROBLEM_KINDS: Tuple[str, ...] = ("missing", "furniture", "no-article")
#: How a missing field is named ("no date"); other fields read "no <field>".
_MISSING = {"published": "no date"}
ALL_REQUIRED: Tuple[str, ...] = ("headline", "published", "body")


def record_problems(record: Dict[str, Any], require: Iterable[str] = ALL_REQUIRED,
                    ignore: Iterable[str] = ()) -> List[Tuple[str, str]]:
    """(field, problem) pairs for one record dict: each field of `require` it lacks, then (unless
    `ignore` holds "furniture") each body paragraph that looks like furniture."""
    return [(name, problem) for name, _, problem in _problems(record, tuple(require), frozenset(ignore))]


def _problems(record: Dict[str, Any], require: Tuple[str, ...], ignore: Any) -> List[Tuple[str, str, str]]:
    out: List[Tuple[str, str, str]] = []
    if "missing" not in ignore:
        for name in require:
            if not record.get(name):
                out.append((name, "missing", _MISSING.get(name, f"no {name}")))
    if "furniture" in ignore:
        return out
    body = record.get("body") or []
    for number, paragraph in enumerate(body, start=1):
        kind = furniture_like(paragraph)
        if kind:
            out.append(("body", "furniture", f"body ¶{number} looks like {kind}: {_short(paragraph)!r}"))
    return out


def check_page(source: str, records: Iterable[Dict[str, Any]], require: Iterable[str] = ALL_REQUIRED,
               ignore: Iterable[str] = ()) -> PageCheck:
    """Check the records of one page (in page order); articles are numbered from 1."""
    page = PageCheck(source)
    require, ignore = tuple(require), frozenset(ignore)
    for number, record in enumerate(records, start=1):
        page.articles += 1
        for name, kind, problem in _problems(record, require, ignore):
            page.problems.append({"article": number, "kind": kind, "field": name, "problem": problem})
    if page.articles == 0 and "no-article" not in ignore:
        page.problems.append({"article": None, "kind": "no-article", "field": None, "problem": "no article found"})
    return page
