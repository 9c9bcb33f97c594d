"""`tasscli check`: per page, what a reader would expect but the parser did not find.

A page has a problem when one of its articles has no headline, no date (`published` null), no
body, or a body paragraph that looks like site furniture (a line the parser should have dropped:
"Back to Main page", a time line, a credit, a section name, Angular template text...). A page with
no article at all is a problem too. The furniture look-alikes are a table (`FURNITURE_LIKE`) of
(name, pattern) pairs, each matched against a whole body paragraph.

JSON Lines (`--format jsonl`): one object per page, problem-free pages included:
`{"source": ..., "articles": N, "ok": bool, "problems": [{"article": i, "field": ..., "problem": ...}]}`
where `article` is the 0-based index of the article on the page (null for the page itself).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Pattern, Tuple

from tasscli.normalize import SECTION_SLUGS

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


def _rx(pattern: str) -> Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: (what it looks like, pattern for a whole body paragraph).
FURNITURE_LIKE: Tuple[Tuple[str, Pattern[str]], ...] = (
    ("site navigation", _rx(
        r"(?:back to main page|all news|news feed|news search topics|sections|select the city|"
        r"currency converter|use filter|go to search|loading|more news|share|print|"
        r"\d+ pages? in this article|you can filter your feed,?|by choosing only interesting|"
        r"updated at:?)"
    )),
    ("date prefix", _rx(r"\s*date \d{4}-\d{2}-\d{2}\b.*")),
    ("time line", _rx(
        rf"(?:updated at:?\s*)?(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH}),?\s*(?:\d{{4}},?\s*)?"
        r"\d{1,2}:\d{2}(?:\s*UTC\s*[+-]\s*\d{1,2})?(?:\s+[A-Z][A-Z .'/-]+)?"
    )),
    ("photo credit", _rx(r"(?:©|\(c\)\s|photo\s+(?:itar-)?tass/).*")),
    ("related headline marker", _rx(r"read (?:also|more)\b.*")),
    ("tag footer", _rx(r"tags?:?")),
    # Tags run together: "Foreign policyVladimir PutinUnited States" (two or more glued joins).
    ("tag list", re.compile(r"(?=(?:[^.!?;]*?[a-z]{2}[A-Z][a-z]){2})[^.!?;]{3,300}")),
    ("template text", _rx(r".*(?:\{\{.*\}\}|\{article_photo:).*")),
    ("section name", _rx("(?:" + "|".join(re.escape(name) for name in SECTION_SLUGS) + ")")),
)


def furniture_like(paragraph: str) -> Optional[str]:
    """The name of the furniture `paragraph` looks like, or None."""
    text = paragraph.strip()
    for name, pattern in FURNITURE_LIKE:
        if pattern.fullmatch(text):
            return name
    return None


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


def record_problems(record: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(field, problem) pairs for one record dict."""
    out: List[Tuple[str, str]] = []
    if not record.get("headline"):
        out.append(("headline", "no headline"))
    if not record.get("published"):
        out.append(("published", "no date"))
    body = record.get("body") or []
    if not body:
        out.append(("body", "no body"))
    for number, paragraph in enumerate(body, start=1):
        kind = furniture_like(paragraph)
        if kind:
            out.append(("body", f"body ¶{number} looks like {kind}: {_short(paragraph)!r}"))
    return out


def check_page(source: str, records: Iterable[Dict[str, Any]]) -> PageCheck:
    """Check the records of one page (in page order)."""
    page = PageCheck(source)
    for index, record in enumerate(records):
        page.articles += 1
        for name, problem in record_problems(record):
            page.problems.append({"article": index, "field": name, "problem": problem})
    if page.articles == 0:
        page.problems.append({"article": None, "field": None, "problem": "no article found"})
    return page
