"""`tasscli agencies`: the agency table the parser reads, and the `--agency` filter of `parse`."""
from __future__ import annotations

from typing import Any, Dict, Optional

import click

from tasscli.parsing.datelines import AGENCIES, agency_by_printed


def canonical(name: str) -> str:
    """The table's name for an agency as a user types it ("itar-tass" -> "TASS", "afp" -> "AFP")."""
    return agency_by_printed(name.strip()) or name.strip()


def matches_agency(record: Dict[str, Any], name: Optional[str]) -> bool:
    """Is `record` a story of agency `name`? Compared by canonical name, without regard to case."""
    if not name:
        return True
    wanted = canonical(name).casefold()
    dateline = record.get("dateline") or {}
    printed = dateline.get("agency") if isinstance(dateline, dict) else None
    found = [record.get("agency"), printed, canonical(printed) if printed else None]
    return any(value and value.casefold() == wanted for value in found)


@click.command()
def agencies() -> None:
    """List the agencies the parser knows: name and an example dateline, one per line.

    The names are those `tasscli parse --agency NAME` accepts (any printed form also works,
    e.g. "ITAR-TASS" for TASS).

    \b
    Examples:
      tasscli agencies
      tasscli agencies | grep -i tass
    """
    width = max(len(agency.name) for agency in AGENCIES)
    for agency in AGENCIES:
        click.echo(f"{agency.name:<{width}}  {agency.example}")
