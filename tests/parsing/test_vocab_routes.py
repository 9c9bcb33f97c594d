"""The tables the parser is given are the ones it reads: a user's agency table and month table take
effect everywhere in the parser, not only where the line classifier reads them (issue 15.3); every
table the parser reads is the Vocabulary's (agencies, zones, section slugs, contact and cut lines)."""
import copy
import pickle
from dataclasses import replace

from tasscli import api
from tasscli.parsing.agencies import AGENCIES, Agency
from tasscli.parsing.dates import free
from tasscli.parsing.grammar import grammar
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


# --- Every table is the Vocabulary's (issue 15.3): a custom Vocabulary's entry is honoured -------------

SIGNED_DATELINE = """Ferry service returns to the old harbour after repairs

PORTVILLE, May 3 (HWIRE) - The harbour of a small coastal town reopened on Monday after two years of repairs.

Ships began to call again and the town council welcomed the first ferry of the season. ==HarbourWire
"""


def test_the_vocabularys_agency_table_is_the_one_parse_reads():
    mine = replace(DEFAULT, agencies=DEFAULT.agencies + (HARBOUR,))
    custom = parse(SIGNED_DATELINE, vocab=mine)[0]
    assert custom.agency == "Harbour Wire"
    assert custom.body[-1].endswith("season.")  # the sign-off is cut off the story
    default = parse(SIGNED_DATELINE)[0]
    assert default.agency == "HWIRE"  # kept as printed: the default table knows no such agency
    assert default.body[-1].endswith("==HarbourWire")


def test_the_default_vocabulary_holds_the_package_tables():
    assert DEFAULT.agencies is AGENCIES
    assert grammar(DEFAULT).agencies is DEFAULT.agencies
    mine = replace(DEFAULT, agencies=AGENCIES_PLUS)
    assert grammar(mine).agencies is AGENCIES_PLUS


def test_an_agency_table_given_apart_still_wins_over_the_vocabularys():
    mine = replace(DEFAULT, agencies=AGENCIES_PLUS)
    assert parse(SIGNED_DATELINE, vocab=mine, agencies=AGENCIES)[0].agency == "HWIRE"


ZONED = """Ferry service returns to the old harbour after repairs
March 03, 2019, 14:35 HST

PORTVILLE, March 3. /TASS/. The harbour of a small coastal town reopened on Monday after two years of repairs.
"""


def test_a_custom_zone_abbreviation_is_read_in_a_time_line():
    mine = replace(DEFAULT, zone_offsets={**DEFAULT.zone_offsets, "HST": -600})
    assert parse(ZONED, vocab=mine)[0].published == "2019-03-03T14:35:00-10:00"
    assert parse(ZONED)[0].published is None  # an unknown word after the clock: no time line


def test_a_custom_agency_zone_sets_an_unmarked_time():
    unmarked = ZONED.replace(" HST", "")
    assert parse(unmarked)[0].published == "2019-03-03T14:35:00+03:00"  # TASS: Moscow's time
    mine = replace(DEFAULT, agency_zones={"TASS": "Asia/Tokyo"})
    assert parse(unmarked, vocab=mine)[0].published == "2019-03-03T14:35:00+09:00"


def test_a_custom_zone_reaches_the_free_form_reader():
    line = "Published: 3 March 2019 14:35 HST"
    assert free.any_time_line(line, MONTHS, {**DEFAULT.zone_offsets, "HST": -600}).offset == -600
    assert free.any_time_line(line, MONTHS, DEFAULT.zone_offsets).offset is None


SECTIONED = """Ferry service returns to the old harbour after repairs
Emergencies
March 03, 2019, 14:35

PORTVILLE, March 3. /TASS/. The harbour of a small coastal town reopened on Monday after two years of repairs.
"""


def test_a_custom_section_slug_is_given_to_the_record():
    mine = replace(DEFAULT, section_slugs={**DEFAULT.section_slugs, "Emergencies": "incidents"})
    assert [a.section_slug for a in api.parse(SECTIONED, vocab=mine)] == ["incidents"]
    assert [a.section_slug for a in api.parse(SECTIONED)] == ["emergencies"]


CUT = """BESIDE THE HARBOUR BOARD OF PORTVILLE
Ferry service returns to the old harbour after repairs

PORTVILLE, March 3. /TASS/. The harbour of a small coastal town reopened on Monday after two years of repairs.
"""


def test_custom_cut_line_openers_drop_a_cut_line_over_the_headline():
    assert parse(CUT)[0].headline == "BESIDE THE HARBOUR BOARD OF PORTVILLE"
    mine = replace(DEFAULT, cut_line_openers=DEFAULT.cut_line_openers | {"beside"})
    custom = parse(CUT, vocab=mine)[0]
    assert custom.headline == "Ferry service returns to the old harbour after repairs"
    assert custom.lines[0].role == "dropped:fragment"


def test_custom_contact_patterns_are_the_grammars():
    line = "Harbour desk on channel 16"
    assert not grammar(DEFAULT).contact_line(line)
    mine = replace(DEFAULT, contact_patterns=DEFAULT.contact_patterns + (r"Harbour desk\b.*",))
    assert grammar(mine).contact_line(line)


def test_a_vocabulary_with_its_own_agency_survives_copy_and_pickle():
    mine = replace(DEFAULT, agencies=AGENCIES_PLUS)
    for made in (copy.deepcopy(mine), pickle.loads(pickle.dumps(mine))):
        assert made == mine and made.agencies == AGENCIES_PLUS
        assert parse(SIGNED_DATELINE, vocab=made)[0].agency == "Harbour Wire"


RUBRIC = """Хроника непогоды

Над городом прошла сильная гроза

Ливень затопил несколько улиц в центре и оборвал провода на окраинах, сообщили в городской службе спасения.

Коммунальные службы откачивают воду из подвалов жилых домов.
"""


def test_custom_rubric_patterns_give_the_section():
    assert parse(RUBRIC)[0].section is None  # no default pattern reads "Хроника ..."
    mine = replace(DEFAULT, rubric_patterns=DEFAULT.rubric_patterns + (r"Хроника [а-яё]+",))
    custom = parse(RUBRIC, vocab=mine)[0]
    assert custom.section == "Хроника непогоды"
    assert custom.headline == "Над городом прошла сильная гроза"
    assert not any("Хроника" in paragraph for paragraph in custom.body)


def test_a_rubric_of_order_or_choice_is_no_section():
    g = grammar(DEFAULT)
    assert g.rubric("Спортивные новости") and g.rubric("Региональные новости")
    assert not g.rubric("Последние новости") and not g.rubric("Похожие новости")
    assert not g.rubric("Спортивные новости дня, коротко и обо всём")  # a line, not the rubric alone
