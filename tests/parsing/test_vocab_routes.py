"""The tables the parser is given are the ones it reads: a user's agency table and month table take
effect everywhere in the parser, not only where the line classifier reads them (issue 15.3)."""
from tasscli.parsing.agencies import AGENCIES, Agency
from tasscli.parsing.dates import free
from tasscli.parsing.parser import parse
from tasscli.vocab import DEFAULT, MONTHS, Vocabulary

#: An agency no table holds, with its own dateline mark and sign-off.
HARBOUR = Agency("Harbour Wire", ("HWIRE",), "PORTVILLE, May 3 (HWIRE) -", (r"==HarbourWire",))
AGENCIES_PLUS = AGENCIES + (HARBOUR,)

SIGNED_OFF = """Ferry service returns to the old harbour after repairs

The harbour of a small coastal town reopened on Monday after two years of repairs, officials said.

Ships began to call again and the town council welcomed the first ferry of the season. ==HarbourWire
"""


def test_a_custom_agencys_signoff_names_the_agency():
    default = parse(SIGNED_OFF)[0]
    custom = parse(SIGNED_OFF, agencies=AGENCIES_PLUS)[0]
    assert default.agency is None
    assert custom.agency == "Harbour Wire"
    assert custom.body[-1].endswith("season.")


BYLINED = """Ferry service returns to the old harbour after repairs

PORTVILLE--The harbour of a small coastal town reopened on Monday after two years of repairs.

By Ann Example | HWIRE

Ships began to call again and the town council welcomed the first ferry of the season.
"""


def test_a_custom_agency_printed_in_a_byline_is_read_by_the_given_table():
    custom = parse(BYLINED, agencies=AGENCIES_PLUS)[0]
    assert custom.byline == "Ann Example"
    assert custom.agency == "Harbour Wire"
    assert parse(BYLINED)[0].agency == "HWIRE"  # the default table knows no such agency: kept as printed


#: A month name no table holds.
MONTHS_PLUS = {**MONTHS, "brumaire": 11}

TIMED = """Ferry service returns to the old harbour after repairs
Brumaire 03, 2019, 14:35

The harbour of a small coastal town reopened on Monday after two years of repairs, officials said.
"""


def test_a_custom_month_is_read_in_a_time_line():
    custom = parse(TIMED, vocab=Vocabulary(months=MONTHS_PLUS))[0]
    assert custom.published is not None and custom.published.startswith("2019-11-03T14:35")
    assert parse(TIMED, vocab=DEFAULT)[0].published is None


def test_the_date_gate_reads_the_given_month_table():
    """Lines in none of the forms go to dateutil only where all their words may be a date's: the
    month names counted are the table's given, not the package's."""
    assert free.may_be_date("Date: 3 Brumaire 2019", MONTHS_PLUS)
    assert not free.may_be_date("Date: 3 Brumaire 2019", MONTHS)
    assert not free.may_be_date("Date: 12 March 2019", {"brumaire": 11})
