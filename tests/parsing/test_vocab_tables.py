"""Every table the grammars read is the Vocabulary's (issue 15.3): weekdays, Hijri months, a place's
generic words and first words, reporters' marks, roles and "for" words, poster marks and source
labels. For each, a custom Vocabulary that adds one entry changes the parse of a small page, and the
default vocabulary's parse of the same page shows the entry was unknown before."""
from dataclasses import replace

import pytest

from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.datelinewords import dateline_words
from tasscli.parsing.dates import read_day_line, read_framed_line, read_time_line
from tasscli.parsing.parser import parse
from tasscli.vocab import DEFAULT, MONTHS, ZONE_OFFSETS, Vocabulary


def plus(**tables) -> Vocabulary:
    """The default vocabulary with entries added to the named tables."""
    return replace(DEFAULT, **{name: tuple(getattr(DEFAULT, name)) + entries for name, entries in tables.items()})


def one(text: str, vocab: Vocabulary = DEFAULT):
    articles = parse(text, vocab=vocab)
    assert len(articles) == 1
    return articles[0]


HEADLINE = "Harbour ferries resume after two years of repairs"
STORY = "The harbour of a small coastal town reopened after repairs, officials said. Ships began to call again."


def test_a_custom_weekday_opens_a_time_line():
    page = f"{HEADLINE}\nDimanche, March 3, 2019, 14:35\n\n{STORY}\n"
    assert one(page).published is None
    assert one(page, plus(weekdays=("Dimanche",))).published == "2019-03-03T14:35:00"


def test_a_custom_weekday_opens_a_date_line_read_alone():
    mine = plus(weekdays=("Dimanche",))
    assert read_day_line("Dimanche 3 March 2019", MONTHS) is None
    assert read_day_line("Dimanche 3 March 2019", MONTHS, mine).day.isoformat() == "2019-03-03"


def test_a_custom_weekday_is_no_place_before_a_colon():
    """"Friday, 26 June: ..." is a date, not a dateline's place: a custom weekday is none either."""
    page = f"{HEADLINE}\n\nDimanche, 3 March: {STORY}\n"
    assert one(page).dateline.place == "Dimanche"
    custom = one(page, plus(weekdays=("Dimanche",)))
    assert custom.dateline is None and custom.body[0].startswith("Dimanche, 3 March:")


def test_a_custom_hijri_month_is_read_before_the_gregorian_date():
    page = f"{HEADLINE}\n\nPortville, Zilkade 9, 1440, Jul 12, 2019 (HWA) -- {STORY}\n"
    assert one(page).dateline is None
    custom = one(page, plus(hijri_months=("Zilkade",)))
    assert (custom.dateline.place, custom.dateline.agency) == ("Portville", "HWA")
    assert custom.published == "2019-07-12"  # the Gregorian part


PAGE_RU = ("Паромы вернулись в старую гавань после ремонта\n\n{dateline} Гавань небольшого приморского города "
           "вновь открылась после двух лет ремонта, сообщили власти.\n")


def test_a_custom_place_generic_belongs_to_the_place():
    page = PAGE_RU.format(dateline="Тверская губерния, 3 мая. /ТАСС/.")
    assert one(page).dateline is None
    custom = one(page, plus(place_generics=("губерния",)))
    assert (custom.dateline.place, custom.agency) == ("Тверская губерния", "TASS")
    assert custom.body[0].startswith("Гавань")


def test_a_custom_reporters_mark_is_read_inside_the_marks():
    page = PAGE_RU.format(dateline="МОСКВА, 3 мая. /Наш корр. ТАСС Анна Белова/.")
    assert one(page).dateline is None
    custom = one(page, plus(reporter_marks=("Наш корр.",)))
    assert (custom.dateline.place, custom.agency) == ("МОСКВА", "TASS")


def test_a_custom_reporters_role_is_read_inside_the_marks():
    page = f"{HEADLINE}\n\nLONDON, May 3. /TASS stringer Anna Bell/. {STORY}\n"
    assert one(page).dateline is None
    assert one(page, plus(reporter_roles=("stringer",))).agency == "TASS"


def test_a_custom_for_word_is_read_inside_the_marks():
    page = f"{HEADLINE}\n\nLONDON, May 3. /Anna Bell pour ITAR-TASS/. {STORY}\n"
    assert one(page).dateline is None
    custom = one(page, plus(reporter_for=("pour",)))
    assert (custom.dateline.agency, custom.agency) == ("ITAR-TASS", "TASS")


def test_the_dateline_readers_take_the_vocabularys_words():
    """`read_dateline` reads the words it is given (`Grammar.dateline_words`), the default's without."""
    from tasscli.parsing.grammar import grammar
    line = "LONDON, May 3. /Anna Bell pour ITAR-TASS/. Text follows."
    assert read_dateline(line) is None
    mine = grammar(plus(reporter_for=("pour",)))
    assert read_dateline(line, MONTHS, mine.agencies, mine.dateline_words)[1] == "TASS"


def test_a_custom_poster_mark_after_a_time_line_gives_the_byline():
    page = f"{HEADLINE}\n14:35, 3 March 2019 Filed by: Anna Bell\n\n{STORY}\n"
    assert one(page).published is None
    custom = one(page, plus(poster_marks=("Filed by",)))
    assert (custom.published, custom.byline) == ("2019-03-03T14:35:00", "Anna Bell")
    assert read_time_line("14:35, 3 March 2019 Filed by: Anna Bell") is None


def test_a_custom_source_label_frames_a_time_line():
    page = f"{HEADLINE}\nWire: Harbour News | Published: 2019-03-03 14:35\n\n{STORY}\n"
    assert one(page).published is None
    assert one(page, plus(source_labels=("wire",))).published == "2019-03-03T14:35:00"
    line = "Wire: Harbour News | Published: 2019-03-03 14:35"
    assert read_framed_line(line, MONTHS, ZONE_OFFSETS) is None
    assert read_framed_line(line, MONTHS, ZONE_OFFSETS, plus(source_labels=("wire",))) is not None


DIGEST = """Coastal news digest
---------- Harbour ferries resume after repairs FORT WORTH, Texas - The small harbour reopened, officials said.
---------- Lighthouse keeper retires after forty years NEW YORK - An old lighthouse keeper retired, his family said.
"""


def test_a_custom_place_opener_keeps_a_place_whole_after_a_glued_headline():
    default = parse(DIGEST)
    custom = parse(DIGEST, vocab=plus(place_openers=("FORT",)))
    assert [a.dateline.place for a in default] == ["WORTH", "NEW YORK"]
    assert [a.dateline.place for a in custom] == ["FORT WORTH", "NEW YORK"]
    assert custom[0].headline == "Harbour ferries resume after repairs"


@pytest.mark.parametrize("name", ["weekdays", "hijri_months", "place_generics", "place_openers", "reporter_marks",
                                  "reporter_roles", "reporter_for", "poster_marks", "source_labels"])
def test_each_table_is_a_field_of_the_vocabulary_with_the_packages_default(name):
    import tasscli.vocab as vocab
    assert getattr(DEFAULT, name) == getattr(vocab, name.upper())
    assert getattr(Vocabulary(**{name: ("x",)}), name) == ("x",)


def test_a_custom_day_word_is_no_place_of_an_unmarked_russian_dateline():
    """"Сегодня, 5 мая. ..." opens a sentence, not a dateline ('unmarked-ru'): a word added to
    `Vocabulary.day_words_ru` is no place either, in the shape read alone and in a page."""
    line = "Прибрежный, 5 августа. Гавань небольшого города вновь открылась после ремонта."
    mine = plus(day_words_ru=("Прибрежный",))
    assert read_dateline(line)[0].place == "Прибрежный"
    assert read_dateline(line, MONTHS, words=dateline_words(mine)) is None
    page = f"Паромы вернулись в старую гавань после ремонта\n\n{line} Суда снова заходят в порт.\n"
    assert one(page).dateline.place == "Прибрежный"
    custom = one(page, mine)
    assert custom.dateline is None and custom.body[0].startswith("Прибрежный, 5 августа.")
