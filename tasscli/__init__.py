"""tasscli: parse saved news-agency pages into clean structured records.

    >>> from tasscli import parse
    >>> articles = parse(open("page.txt", encoding="utf-8").read(), source="page.txt")
    >>> articles[0].headline
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Dateline", "FIELDS", "parse", "__version__"]

if TYPE_CHECKING:
    from tasscli.parsing.parser import parse
    from tasscli.record import FIELDS, Article, Dateline


def __getattr__(name: str) -> Any:
    """`parse` and the record types, imported on first use (PEP 562): `tasscli.cli.main` first sets up
    the pattern cache (`tasscli.cli.patterncache`), then loads the parser, whose modules compile
    patterns as they load."""
    if name == "parse":
        from tasscli.parsing.parser import parse

        return parse
    if name in ("Article", "Dateline", "FIELDS"):
        from tasscli import record

        return getattr(record, name)
    raise AttributeError(f"module 'tasscli' has no attribute {name!r}")
