"""Hijri dates as datelines print them, before the Gregorian date ("Riyadh, Shawwal 9, 1438, Jul 3,
2017 (SPA) --"): the dateline shapes take either, the record's date keeps the Gregorian part."""
from __future__ import annotations

import re

from tasscli.vocab import HIJRI_MONTHS

#: A Hijri date as a dateline prints it before the Gregorian one ("Shawwal 9, 1438").
HIJRI_DATE = rf"(?:{'|'.join(HIJRI_MONTHS)})\s+\d{{1,2}},?\s+1[345]\d\d(?!\d)"
_HIJRI_HEAD = re.compile(rf"^{HIJRI_DATE}(?:,\s*)?")


def gregorian_part(date: str) -> str:
    """A dateline's date without the Hijri date printed before it ("Shawwal 9, 1438, Jul 3, 2017"
    -> "Jul 3, 2017"; a Hijri date alone -> "")."""
    # (A match, not sub: sub would search on past the line's start, where "^" cannot match.)
    head = _HIJRI_HEAD.match(date) if date[:1].isalpha() else None
    return date[head.end():] if head is not None else date
