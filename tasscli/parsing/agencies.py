"""The lookups of an agency by what a page prints: its canonical name by a printed form or by a
sign-off. The table itself is data (`tasscli.vocab.names.AGENCIES`, `Vocabulary.agencies`); `Agency` and
`AGENCIES` are importable from here too."""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from tasscli.vocab.names import AGENCIES, Agency, with_printed

__all__ = ["AGENCIES", "Agency", "agency_by_printed", "agency_by_signoff", "signoff_patterns", "with_printed"]


_CANONICAL: Dict[Tuple[str, int], Tuple[Tuple[Agency, ...], Optional[str]]] = {}


def agency_by_printed(printed: str, agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[str]:
    """The canonical name for an agency as printed ("ITAR-TASS" -> "TASS", "PNA/ITAR-TASS" -> "TASS").

    Remembered per printed form and agency table (by identity): otherwise every dateline found
    tries every agency's forms as regexes."""
    hit = _CANONICAL.get((printed, id(agencies)))
    if hit is None or hit[0] is not agencies:
        if len(_CANONICAL) >= 4096:
            _CANONICAL.clear()
        hit = _CANONICAL[(printed, id(agencies))] = (agencies, _agency_by_printed(printed, agencies))
    return hit[1]


def _agency_by_printed(printed: str, agencies: Tuple[Agency, ...]) -> Optional[str]:
    for agency in agencies:
        if any(re.fullmatch(form, printed, re.IGNORECASE) for form in agency.printed):
            return agency.name
    for agency in agencies:  # printed with a partner or a reposting site ("PNA/ITAR-TASS")
        if any(re.search(rf"(?<![A-Za-z]){form}(?![A-Za-z])", printed, re.IGNORECASE) for form in agency.printed):
            return agency.name
    return None


def signoff_patterns(agencies: Tuple[Agency, ...] = AGENCIES) -> List[str]:
    return [form for agency in agencies for form in agency.signoffs]


def agency_by_signoff(text: str, agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[str]:
    """The agency whose sign-off `text` is ("- IANS" -> "IANS")."""
    for agency in agencies:
        if any(re.fullmatch(form, text.strip()) for form in agency.signoffs):
            return agency.name
    return None
