"""Time zones: the abbreviations printed next to times, UTC offsets, the zone of an agency's unmarked times."""
from __future__ import annotations

import re
from typing import Dict, Optional

#: Zone abbreviations printed next to times -> offset in minutes east of UTC.
ZONE_OFFSETS: Dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "MSK": 180, "MSD": 240, "CET": 60, "CEST": 120, "EET": 120,
    "EEST": 180, "AMT": 240, "AZT": 240, "GST": 240, "IRST": 210, "PKT": 300, "IST": 330,
    "ALMT": 360, "ICT": 420, "WIB": 420, "CST": -360, "CDT": -300, "EST": -300, "EDT": -240,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "KST": 540, "JST": 540, "HKT": 480,
}


#: The zone of a TASS time printed without an offset.
AGENCY_ZONES: Dict[str, str] = {"TASS": "Europe/Moscow"}


_UTC_OFFSET = re.compile(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?")


def zone_offset(zone: Optional[str]) -> Optional[int]:
    if not zone:
        return None
    zone = zone.replace("−", "-").replace(" ", "").upper()
    match = _UTC_OFFSET.fullmatch(zone)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    return ZONE_OFFSETS.get(zone)
