"""Normalization steps, table-driven: (input, expected, reason)."""
import dataclasses
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from paths import SAMPLES

from tasscli.cli.main import main
from tasscli.parsing import normalize
from tasscli.parsing.mojibake import fix_mojibake
from tasscli.parsing.names import place_name, section_slug
from tasscli.parsing.normalize import (
    TEXT_STEPS,
    NormalizeOptions,
    _unusual,
    ascii_punctuation,
    normalize_article,
    normalize_fields,
    tidy_whitespace,
    to_nfc,
)
from tasscli.parsing.parser import parse
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


# --- skipping steps: a step is skipped only when it has nothing to do ------------------------------

TRICKY = list("  \t\n\r\x0b\x1c\x00\x7f\x85\u00a0\u2009\u3000\u2028\u200b\u2060\ufeff()[],.;:!?5ae"
              "\u0301\u0308\u0316A\u030a\u212b\u1100\u1161\u00e2\u20ac\u2122\u00c3\u00a9\u00d0\u00bc"
              "\u2019\u201c\u201d\u2014\u2026\u00ab\u00bb\u00e9\ufb01\u0411\ud800\udc00")
TEXTS = st.text(st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=12)


@given(st.lists(TEXTS, max_size=5))
def test_a_step_is_skipped_only_when_it_has_nothing_to_do(strings):
    joined = " ".join(strings)
    unusual = _unusual(joined)
    for step in TEXT_STEPS:
        if not step.may_change(joined, unusual):
            assert [step.function(s) for s in strings] == strings, step.option


def test_what_tidy_whitespace_removes_is_never_printable_but_a_space():
    # `_may_tidy` relies on it: the only whitespace in a printable string is " ", and no zero-width
    # character is printable.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    removed = [ch for ch in every if ch.isspace()] + re.findall(normalize._ZERO_WIDTH, every)
    assert len(removed) > 20 and [ch for ch in removed if ch.isprintable()] == [" "]


ARTICLES = st.builds(
    Article,
    headline=st.none() | TEXTS,
    lead=st.none() | TEXTS,
    section=st.none() | st.sampled_from(["World", "AFP Video", " Sport ", ""]) | TEXTS,
    byline=st.none() | TEXTS,
    section_slug=st.none() | st.sampled_from(["world", "afp-video"]),
    dateline=st.none() | st.builds(Dateline, place=st.none() | st.sampled_from(["ST. PETERSBURG", "Doha"]) | TEXTS,
                                   place_name=st.none() | st.just("St. Petersburg")),
    body=st.lists(TEXTS, max_size=4).map(tuple),
    credits=st.lists(TEXTS, max_size=2).map(tuple),
    captions=st.lists(TEXTS, max_size=2).map(tuple),
    notes=st.lists(TEXTS, max_size=2).map(tuple),
    warnings=st.sampled_from([(), ('section slug guessed: "AFP Video" is not in the table',)]),
)
OPTIONS = st.builds(NormalizeOptions, mojibake=st.booleans(), nfc=st.booleans(), ascii_punctuation=st.booleans(),
                    whitespace=st.booleans(), place_name=st.booleans(), section_slug=st.booleans())


@given(ARTICLES, OPTIONS)
def test_skipping_steps_changes_nothing(article, options):
    fast = normalize_article(article, options)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(normalize, "TEXT_STEPS", tuple(
            step._replace(may_change=lambda texts, unusual: True) for step in TEXT_STEPS))
        every_step = normalize_article(article, options)
    assert repr(fast) == repr(every_step) and repr(fast.dateline) == repr(every_step.dateline)


@given(ARTICLES, OPTIONS | st.just(NormalizeOptions(raw=True)))
def test_normalizing_the_fields_before_building_gives_what_normalizing_the_article_gives(article, options):
    fields = {field.name: getattr(article, field.name) for field in dataclasses.fields(Article)}
    built = Article(**normalize_fields(fields, options))
    expected = normalize_article(article, options)
    assert repr(built) == repr(expected) and repr(built.dateline) == repr(expected.dateline)


@pytest.mark.parametrize("options", [None, NormalizeOptions(ascii_punctuation=True), NormalizeOptions(raw=True)])
def test_the_parser_builds_each_article_normalized_as_normalize_article_would(options):
    # Issue 23.2: the parser normalizes an article's fields before it builds it, once.
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        fused = parse(text, path.name, normalize=options or NormalizeOptions())
        assert [repr(article) for article in fused] == [
            repr(normalize_article(article, options)) for article in parse(text, path.name)], path.name


def test_ftfy_imported_only_for_text_that_looks_like_mojibake():
    code = """if True:
        import sys
        from tasscli.parsing.normalize import normalize_article
        from tasscli.record import Article
        normalize_article(Article(headline="Caf\u00e9 \u201ctalks\u201d  ", body=("S\u00e3o Paulo \u2014 ok",)))
        assert "ftfy" not in sys.modules
        assert normalize_article(Article(headline="Putin\u00e2\u20ac\u2122s")).headline == "Putin\u2019s"
        assert "ftfy" in sys.modules
    """
    subprocess.run([sys.executable, "-c", code], check=True)


@given(TEXTS)
def test_ascii_punctuation_folds_as_a_translation_table_would(text):
    assert ascii_punctuation(text) == text.translate(str.maketrans(normalize.ASCII_PUNCTUATION))


def test_repair_mojibake_lines_carries_the_page_plan_to_short_lines():
    """UTF-8 read as Windows-1251: ftfy will not judge "В«Yes, we are readyВ»" alone (it could be
    a Cyrillic letter and a sign), but once another line shows how the page was decoded, the same
    repair is applied to it."""
    from tasscli.parsing.agencies import AGENCIES
    from tasscli.parsing.grammar import grammar
    from tasscli.parsing.mojibake import repair_mojibake_lines
    from tasscli.vocab import DEFAULT

    markers = grammar(DEFAULT, AGENCIES).mojibake_markers
    alone = ["В«Yes, we are readyВ»"]
    assert repair_mojibake_lines(alone, markers) == [] and alone == ["В«Yes, we are readyВ»"]
    page = ["В«Yes, we are readyВ»", "", "He said вЂњwe are readyвЂќ on Friday."]
    assert repair_mojibake_lines(page, markers) == [1, 3]
    assert page == ["«Yes, we are ready»", "", "He said “we are ready” on Friday."]
    untouched = ["Президент В«сказалВ»", "He said вЂњyesвЂќ."]  # Cyrillic that does not decode stays
    repair_mojibake_lines(untouched, markers)
    assert untouched[0] == "Президент В«сказалВ»" and untouched[1] == "He said “yes”."


@pytest.mark.parametrize("line", ["В© Sergei Bobylev/TASS", "Â© Sergei Bobylev/TASS", "Р’В© Sergei Bobylev/TASS",
                                  "\u200bВ© Sergei Bobylev/TASS"])
def test_a_credit_mark_that_is_all_a_line_holds_beyond_ascii_is_repaired_alone(line):
    """"©" decoded once or twice as Windows-1251 or Windows-1252, with nothing else beyond ASCII
    on the line: too little for ftfy, but no language writes it before ASCII text."""
    from tasscli.parsing.agencies import AGENCIES
    from tasscli.parsing.grammar import grammar
    from tasscli.parsing.mojibake import repair_mojibake_lines
    from tasscli.vocab import DEFAULT

    rows = [line]
    assert repair_mojibake_lines(rows, grammar(DEFAULT, AGENCIES).mojibake_markers) == [1]
    assert rows[0].lstrip("\u200b") == "© Sergei Bobylev/TASS"
