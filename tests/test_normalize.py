"""Normalization steps, table-driven: (input, expected, reason)."""
import dataclasses
import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from tasscli.cli import main
from tasscli.normalize import (
    NormalizeOptions,
    ascii_punctuation,
    fix_mojibake,
    normalize_article,
    place_name,
    section_slug,
    tidy_whitespace,
    to_nfc,
)
from tasscli.record import Article, Dateline

MOJIBAKE = [
    ("Putinâ€™s visit", "Putin’s visit", "UTF-8 read as Windows-1252"),
    ("â€œWe agreeâ€\x9d, he said", "“We agree”, he said", "quotes, one byte Latin-1"),
    ("naÃ¯ve cafÃ©", "naïve café", "Latin-1 letters"),
    ("Putin’s visit", "Putin’s visit", "correct text untouched"),
    ("São Paulo, Zürich", "São Paulo, Zürich", "correct Latin letters untouched"),
    ("Москва", "Москва", "Cyrillic untouched"),
    ("plain ASCII", "plain ASCII", "fast path"),
]

NFC = [
    ("Cafe\u0301", "Café", "combining accent composed"),
    ("Café", "Café", "already composed"),
    ("\u212b", "\u00c5", "Angstrom sign -> A with ring (canonical equivalent)"),
]

WHITESPACE = [
    ("two  spaces", "two spaces", "double space"),
    ("tab\there", "tab here", "tab"),
    ("said , then .", "said, then.", "space before comma and full stop"),
    ("Why ?", "Why?", "space before question mark"),
    ("( in brackets )", "(in brackets)", "spaces inside brackets"),
    ("he paused ... and went on", "he paused ... and went on", "ellipsis keeps its space"),
    ("a rate of .5 percent", "a rate of .5 percent", "a leading decimal point keeps its space"),
    ("  padded  ", "padded", "ends trimmed"),
    ("zero\u200bwidth", "zerowidth", "zero-width space removed"),
    ("5\u00a0km", "5\u00a0km", "a single no-break space is kept"),
    ("a \u00a0 b", "a b", "a run with a no-break space collapses"),
    ("line\nbreak", "line break", "a line break inside one paragraph"),
]

ASCII = [
    ("“Quoted” and ‘single’", "\"Quoted\" and 'single'", "curly quotes"),
    ("2019–2020 — a dash", "2019-2020 - a dash", "en and em dash"),
    ("wait…", "wait...", "ellipsis"),
    ("«Guillemets»", '"Guillemets"', "guillemets"),
    ("−5 degrees", "-5 degrees", "minus sign"),
]

PLACES = [
    ("ST. PETERSBURG", "St. Petersburg", "abbreviated Saint"),
    ("NUR-SULTAN", "Nur-Sultan", "hyphenated"),
    ("ROSTOV-ON-DON", "Rostov-on-Don", "particle in lower case"),
    ("RIO DE JANEIRO", "Rio de Janeiro", "particle between words"),
    ("LA PAZ", "La Paz", "a particle that starts the name stays capital"),
    ("MOSCOW/ANCHORAGE", "Moscow/Anchorage", "two places, one dateline"),
    ("N'DJAMENA", "N'Djamena", "apostrophe after one letter"),
    ("XI'AN", "Xi'an", "apostrophe inside a word"),
    ("WASHINGTON, D.C.", "Washington, D.C.", "initials kept"),
    ("UN HEADQUARTERS", "UN Headquarters", "acronym kept"),
    ("KUWAIT  CITY", "Kuwait City", "spaces tidied"),
    ("Doha", "Doha", "mixed case kept as printed"),
    (None, None, "no place"),
]

SECTIONS = [
    ("Russian Politics & Diplomacy", "politics", True),
    ("World", "world", True),
    ("Business & Economy", "economy", True),
    ("Military & Defense", "defense", True),
    ("Science & Space", "science", True),
    ("Society & Culture", "society", True),
    ("Sport", "sport", True),
    ("Press Review", "press-review", True),
    ("Emergencies", "emergencies", True),
    ("russian politics and  diplomacy", "politics", True),
    ("AFP Video", "afp-video", False),
    ("Other Belarusian News...", "other-belarusian-news", False),
    (None, None, True),
]


@pytest.mark.parametrize("func, given, expected, reason", (
    [(fix_mojibake, *case) for case in MOJIBAKE]
    + [(to_nfc, *case) for case in NFC]
    + [(tidy_whitespace, *case) for case in WHITESPACE]
    + [(ascii_punctuation, *case) for case in ASCII]
    + [(place_name, *case) for case in PLACES]
))
def test_step(func, given, expected, reason):
    assert func(given) == expected, reason


@pytest.mark.parametrize("section, slug, known", SECTIONS)
def test_section_slug(section, slug, known):
    assert section_slug(section) == (slug, known)


ARTICLE = Article(
    source="p.txt",
    headline="Putinâ€™s  visit",
    lead="Cafe\u0301 talks",
    section="Russian Politics & Diplomacy",
    published_text="June 03,  19:06",
    dateline=Dateline(place="ST. PETERSBURG", date="June 3", agency="TASS", text="ST. PETERSBURG , June 3. /TASS/."),
    body=("One  paragraph .", "“Two”", "Three"),
    captions=("A caption ",),
    warnings=("from the parser",),
)


@pytest.mark.parametrize("options, field, expected", [
    (NormalizeOptions(), "headline", "Putin’s visit"),
    (NormalizeOptions(), "lead", "Café talks"),
    (NormalizeOptions(), "body", ("One paragraph.", "“Two”", "Three")),
    (NormalizeOptions(), "captions", ("A caption",)),
    (NormalizeOptions(), "section_slug", "politics"),
    (NormalizeOptions(), "published_text", "June 03,  19:06"),  # kept as printed
    (NormalizeOptions(ascii_punctuation=True), "body", ("One paragraph.", '"Two"', "Three")),
    (NormalizeOptions(ascii_punctuation=True), "headline", "Putin's visit"),
    (NormalizeOptions(mojibake=False), "headline", "Putinâ€™s visit"),
    (NormalizeOptions(whitespace=False), "body", ("One  paragraph .", "“Two”", "Three")),
    (NormalizeOptions(raw=True), "headline", "Putinâ€™s  visit"),
    (NormalizeOptions(raw=True), "section_slug", None),
])
def test_normalize_article_fields(options, field, expected):
    assert getattr(normalize_article(ARTICLE, options), field) == expected


def test_dateline_kept_as_printed_with_a_place_name():
    dateline = normalize_article(ARTICLE).dateline
    assert dateline.place == "ST. PETERSBURG" and dateline.text == ARTICLE.dateline.text
    assert dateline.place_name == "St. Petersburg"
    assert normalize_article(ARTICLE, NormalizeOptions(raw=True)).dateline.place_name is None


def test_each_step_that_changed_something_is_a_warning():
    warnings = normalize_article(ARTICLE).warnings
    assert warnings == (
        "from the parser",
        "repaired mojibake in headline",
        "normalized Unicode to NFC in lead",
        "normalized whitespace in headline, body ¶1, captions #1",
    )
    assert normalize_article(ARTICLE, NormalizeOptions(ascii_punctuation=True)).warnings[-2] == (
        "folded punctuation to ASCII in headline, body ¶2")


def test_nothing_to_do_gives_no_warning_and_the_same_object():
    clean = Article(headline="Clean", body=("Fine.",), section="World", section_slug="world")
    assert normalize_article(clean) is clean
    assert normalize_article(ARTICLE, NormalizeOptions(raw=True)) is ARTICLE


def test_unknown_section_warns_once():
    article = Article(section="AFP Video")
    once = normalize_article(article)
    assert once.section_slug == "afp-video"
    assert once.warnings == ('section slug guessed: "AFP Video" is not in the table',)
    assert normalize_article(once).warnings == once.warnings


def test_pure():
    before = dataclasses.replace(ARTICLE)
    normalize_article(ARTICLE, NormalizeOptions(ascii_punctuation=True))
    assert ARTICLE == before and ARTICLE.dateline.place_name is None


@given(st.lists(st.text(), max_size=6), st.booleans())
def test_paragraphs_never_joined_or_split(paragraphs, fold):
    article = Article(body=tuple(paragraphs), captions=tuple(paragraphs))
    clean = normalize_article(article, NormalizeOptions(ascii_punctuation=fold))
    assert len(clean.body) == len(paragraphs) and len(clean.captions) == len(paragraphs)
    assert all("  " not in p and p == p.strip() for p in clean.body)


@given(st.text())
def test_whitespace_idempotent(text):
    once = tidy_whitespace(text)
    assert tidy_whitespace(once) == once


def test_cli_raw_and_ascii_punctuation(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("MOSCOW, May 1. /TASS/. The  minister said “yes” .\n", encoding="utf-8")
    runner = CliRunner()
    default = json.loads(runner.invoke(main, ["parse", str(page)]).output)
    raw = json.loads(runner.invoke(main, ["parse", "--raw", str(page)]).output)
    folded = json.loads(runner.invoke(main, ["parse", "--ascii-punctuation", str(page)]).output)
    assert raw["body"][0].endswith("” .") and default["body"][0].endswith("”.")
    assert "“yes”" in default["body"][0] and '"yes"' in folded["body"][0]
    assert any(w.startswith("normalized whitespace") for w in default["warnings"])
    assert not any(w.startswith("normalized") for w in raw["warnings"])
    assert default["dateline"]["place_name"] == "Moscow" and raw["dateline"]["place_name"] is None
    both = runner.invoke(main, ["parse", "--raw", "--ascii-punctuation", str(page)])
    assert both.exit_code == 2 and "cannot be used together" in both.output
