"""tasscli: parse saved news-agency pages into clean structured records.

    >>> import tasscli
    >>> articles = tasscli.parse(open("page.txt", encoding="utf-8").read(), source="page.txt")
    >>> articles[0].headline, articles[0].to_dict()          # the record `tasscli parse` prints
    >>> for record in tasscli.records(["pages/", "archive.zip"]):   # what `tasscli convert` writes
    ...     print(record["headline"])

The API is `tasscli.api` (`parse`, `read`, `records`); the parser alone, without normalization, is
`tasscli.parsing.parser.parse`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Dateline", "FIELDS", "InputError", "TasscliWarning", "parse", "read", "records",
           "__version__"]

if TYPE_CHECKING:
    from tasscli.api import TasscliWarning, parse, read, records
    from tasscli.errors import InputError
    from tasscli.record import FIELDS, Article, Dateline

_API = ("parse", "read", "records", "TasscliWarning")


def __getattr__(name: str) -> Any:
    """The API and the record types, imported on first use (PEP 562), so that `import tasscli` stays
    cheap: `tasscli.cli.main` first sets up the pattern cache (`tasscli.cli.patterncache`), then
    loads the parser, whose modules compile patterns as they load."""
    if name in _API:
        from tasscli import api

        return getattr(api, name)
    if name in ("Article", "Dateline", "FIELDS"):
        from tasscli import record

        return getattr(record, name)
    if name == "InputError":
        from tasscli.errors import InputError

        return InputError
    raise AttributeError(f"module 'tasscli' has no attribute {name!r}")


def __dir__() -> list:
    return sorted(set(globals()) | set(__all__))
