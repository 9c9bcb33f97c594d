"""`tasscli agencies`: the agency table the parser reads (and the `--agency` filter takes:
`tasscli.cli.options`)."""
from __future__ import annotations

import click

from tasscli.parsing.agencies import AGENCIES


@click.command()
def agencies() -> None:
    """List the agencies the parser knows: name and an example dateline, one per line.

    The names are those `--agency NAME` accepts on every command that reads pages (any printed
    form also works, any case: "itar-tass" or "ТАСС" for TASS).

    \b
    Examples:
      tasscli agencies
      tasscli agencies | grep -i tass
    """
    width = max(len(agency.name) for agency in AGENCIES)
    for agency in AGENCIES:
        click.echo(f"{agency.name:<{width}}  {agency.example}")
