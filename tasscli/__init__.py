"""tasscli: parse saved news-agency pages into clean structured records.

    >>> from tasscli import parse
    >>> articles = parse(open("page.txt", encoding="utf-8").read(), source="page.txt")
    >>> articles[0].headline
"""
__version__ = "0.1.0"

from tasscli.parser import parse  # noqa: E402
from tasscli.record import FIELDS, Article, Dateline  # noqa: E402

__all__ = ["Article", "Dateline", "FIELDS", "parse", "__version__"]
