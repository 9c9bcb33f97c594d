"""Datelines: the "WASHINGTON, June 3. /TASS/." stamp that opens a wire story.

Agencies are a table (`AGENCIES`): each names how it prints itself inside its dateline marks and how
its copy ends. The dateline grammar is shared: PLACE [REGION] [, DATE [, TIME]] MARK [SEPARATOR].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Optional, Pattern, Tuple

from tasscli.dates import month_pattern
from tasscli.record import Dateline
from tasscli.vocab import MONTHS


@dataclass(frozen=True)
class Agency:
    name: str  # canonical name, the record's `agency`
    printed: Tuple[str, ...]  # how the agency prints itself inside its marks (regex alternatives)
    example: str  # a dateline as the agency prints it
    signoffs: Tuple[str, ...] = ()  # patterns that close its copy ("(end)", "==Kyodo")


AGENCIES: Tuple[Agency, ...] = (
    Agency("TASS", (r"ITAR-TASS", r"Itar-Tass", r"TASS"), "WASHINGTON, June 3. /TASS/."),
)


def agency_by_printed(printed: str, agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[str]:
    for agency in agencies:
        if any(re.fullmatch(form, printed, re.IGNORECASE) for form in agency.printed):
            return agency.name
    return None


PLACE = r"[A-Z][A-Za-z0-9.'’\-]*(?:(?: |/|-)[A-Z][A-Za-z0-9.'’\-]*)*"
DASHES = r"(?:——|—|–|--|-|―)"


@lru_cache(maxsize=8)
def _dateline_re(months_key: Tuple[Tuple[str, int], ...], agencies: Tuple[Agency, ...]) -> Pattern[str]:
    mon = month_pattern(dict(months_key))
    printed = "|".join(form for agency in agencies for form in agency.printed)
    date = rf"(?:{mon})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{mon})"
    region = r"(?:\s*/(?P<region_slash>[^/\n]{2,60})/|\s*\((?P<region_paren>[^()\n]{2,60})\))"
    country = r"(?:,\s*(?P<country>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}))"
    mark = rf"(?:/\s?(?P<agency_slash>{printed})\s?/|\((?P<agency_paren>{printed})\))"
    return re.compile(
        rf"^(?P<place>{PLACE})\s*{region}?{country}?\s*,\s*(?P<date>{date})"
        rf"(?:,\s*(?P<clock>\d{{1,2}}:\d{{2}}))?\s*\.?\s*{mark}"
        rf"(?P<tail>\s*(?:\.|:|{DASHES})?)\s*",
    )


def dateline_re(months: Dict[str, int] = MONTHS, agencies: Tuple[Agency, ...] = AGENCIES) -> Pattern[str]:
    return _dateline_re(tuple(sorted(months.items())), agencies)


def read_dateline(line: str, months: Dict[str, int] = MONTHS,
                  agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[Tuple[Dateline, str, str]]:
    """(dateline, canonical agency, rest of the line) when `line` opens with a dateline."""
    match = dateline_re(months, agencies).match(line)
    if not match:
        return None
    printed = match.group("agency_slash") or match.group("agency_paren")
    region = match.group("region_slash") or match.group("region_paren") or match.group("country")
    dateline = Dateline(
        place=" ".join(match.group("place").split()),
        region=region.strip() if region else None,
        date=" ".join(match.group("date").split()),
        agency=printed,
        text=line[: match.end("tail")].strip(),
    )
    return dateline, agency_by_printed(printed, agencies) or printed, line[match.end():]
