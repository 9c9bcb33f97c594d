"""The batch pipeline shared by `parse` and `convert`: pages in, records out, failures counted."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional

from tasscli.errors import InputError
from tasscli.parser import parse
from tasscli.readers import Page, iter_pages
from tasscli.record import FIELDS


@dataclass
class Report:
    """Counts for the end-of-run summary and the exit status."""

    pages: int = 0
    articles: int = 0
    errors: List[InputError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def select(record: Dict[str, Any], fields: Optional[List[str]]) -> Dict[str, Any]:
    if not fields:
        return record
    return {name: record.get(name) for name in fields}


def check_fields(names: List[str]) -> List[str]:
    unknown = [name for name in names if name not in FIELDS]
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; choose from {', '.join(FIELDS)}")
    return names


def page_records(page: Page) -> Iterator[Dict[str, Any]]:
    for article in parse(page.text, page.source):
        record = article.to_dict()
        if page.warnings:
            record["warnings"] = list(page.warnings) + record["warnings"]
        yield record


def run(paths: Iterable[str], report: Report, fields: Optional[List[str]] = None,
        on_error: Callable[[InputError], None] = lambda error: None) -> Iterator[Dict[str, Any]]:
    """Records of every page, in input order; a failed input is reported and skipped."""
    for item in iter_pages(paths):
        if isinstance(item, InputError):
            report.errors.append(item)
            on_error(item)
            continue
        report.pages += 1
        for record in page_records(item):
            report.articles += 1
            yield select(record, fields)
