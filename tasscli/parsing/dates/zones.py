"""UTC offsets of the zones printed next to times. The tables are data (`tasscli.vocab.names`,
`Vocabulary.zone_offsets` and `agency_zones`); importable from here too."""
from __future__ import annotations

import re
from typing import Dict, Optional

from tasscli.vocab.names import AGENCY_ZONES, ZONE_OFFSETS

__all__ = ["AGENCY_ZONES", "ZONE_OFFSETS", "zone_offset"]

_UTC_OFFSET = re.compile(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?")


def zone_offset(zone: Optional[str], offsets: Dict[str, int] = ZONE_OFFSETS) -> Optional[int]:
    """Minutes east of UTC of `zone` as printed ("MSK", "UTC+3", "GMT −5"): a UTC or GMT offset,
    else the abbreviation's in `offsets` (the vocabulary's table); None when it names none."""
    if not zone:
        return None
    zone = zone.replace("−", "-").replace(" ", "").upper()
    match = _UTC_OFFSET.fullmatch(zone)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    return offsets.get(zone)
