"""Hijri dates as datelines print them, before the Gregorian date ("Riyadh, Shawwal 9, 1438, Jul 3,
2017 (SPA) --"): the dateline shapes take either, the record's date keeps the Gregorian part. The
month names are the vocabulary's (`Vocabulary.hijri_months`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Pattern, Tuple

from tasscli.vocab import DEFAULT


def hijri_date(months: Tuple[str, ...]) -> str:
    """A Hijri date as a dateline prints it before the Gregorian one ("Shawwal 9, 1438"), of the
    month names `months` (regex sources)."""
    return rf"(?:{'|'.join(months)})\s+\d{{1,2}},?\s+1[345]\d\d(?!\d)"


@lru_cache(maxsize=8)
def _hijri_head(months: Tuple[str, ...]) -> Pattern[str]:
    return re.compile(rf"^{hijri_date(months)}(?:,\s*)?")


def gregorian_part(date: str, months: Tuple[str, ...] = DEFAULT.hijri_months) -> str:
    """A dateline's date without the Hijri date printed before it ("Shawwal 9, 1438, Jul 3, 2017"
    -> "Jul 3, 2017"; a Hijri date alone -> ""). `months`: the vocabulary's Hijri month names."""
    # (A match, not sub: sub would search on past the line's start, where "^" cannot match.)
    head = _hijri_head(months).match(date) if date[:1].isalpha() else None
    return date[head.end():] if head is not None else date
