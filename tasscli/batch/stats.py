"""`tasscli stats`: counts over a batch of pages.

`Stats.to_dict()` (what `--format json` prints):

    {"pages": 12, "articles": 14, "unreadable": 0,
     "by_agency": {"TASS": 13, "(none)": 1},          # articles, most frequent first
     "by_language": {"en": 12, "ru": 2},              # articles, by the record's language
     "by_section": {"Military & Defense": 5, ...},    # articles, by section as printed
     "by_month": {"2017-06": 3, ..., "(no date)": 2}, # articles, by published year-month, in order
     "coverage": {"headline": {"pages": 11, "share": 0.9167}, ...}}

Coverage counts pages: a page has a field when at least one of its articles has it non-empty.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List

NONE = "(none)"
NO_DATE = "(no date)"
#: The fields whose coverage is counted, in display order.
COVERAGE_FIELDS = ("headline", "lead", "section", "published", "dateline", "byline", "body",
                   "credits", "captions")
_MONTH = re.compile(r"(\d{4}-\d{2})")


def _has(value: Any) -> bool:
    return value not in (None, "", [], (), {})


@dataclass
class Stats:
    pages: int = 0
    articles: int = 0
    unreadable: int = 0
    by_agency: Counter = field(default_factory=Counter)
    by_language: Counter = field(default_factory=Counter)
    by_section: Counter = field(default_factory=Counter)
    by_month: Counter = field(default_factory=Counter)
    covered: Counter = field(default_factory=Counter)

    def add_page(self, records: Iterable[Dict[str, Any]]) -> None:
        self.pages += 1
        seen = set()
        for record in records:
            self.articles += 1
            self.by_agency[record.get("agency") or NONE] += 1
            self.by_language[record.get("language") or NONE] += 1
            self.by_section[record.get("section") or NONE] += 1
            month = _MONTH.match(record.get("published") or "")
            self.by_month[month.group(1) if month else NO_DATE] += 1
            seen.update(name for name in COVERAGE_FIELDS if _has(record.get(name)))
        self.covered.update(seen)

    def coverage(self) -> Dict[str, Dict[str, Any]]:
        return {name: {"pages": self.covered[name],
                       "share": round(self.covered[name] / self.pages, 4) if self.pages else 0.0}
                for name in COVERAGE_FIELDS}

    def months(self) -> List[str]:
        return sorted(key for key in self.by_month if key != NO_DATE) + (
            [NO_DATE] if NO_DATE in self.by_month else [])

    def to_dict(self) -> Dict[str, Any]:
        return {
            "pages": self.pages,
            "articles": self.articles,
            "unreadable": self.unreadable,
            "by_agency": dict(self.by_agency.most_common()),
            "by_language": dict(self.by_language.most_common()),
            "by_section": dict(self.by_section.most_common()),
            "by_month": {month: self.by_month[month] for month in self.months()},
            "coverage": self.coverage(),
        }
