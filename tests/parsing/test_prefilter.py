"""The cheap tests in front of the parser's regexes must never turn away a line a regex matches."""
import glob
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import CORPUS, SAMPLES

from tasscli.parsing.agencies import AGENCIES, signoff_patterns
from tasscli.parsing.datelines import may_open_dateline, read_dateline
from tasscli.parsing.dates import forms
from tasscli.parsing.firstchars import WHITESPACE, FirstChars, first_chars
from tasscli.parsing.grammar import BYLINE_OPEN, SEPARATOR, grammar
from tasscli.parsing.lines import read_lines
from tasscli.parsing.prefilter import prefilter, required_literals
from tasscli.parsing.warmup import warmed
from tasscli.vocab import DEFAULT, MONTHS

LITERALS = [
    # (pattern, literals one of which every match holds, why)
    (r"==Kyodo", {"==Kyodo"}, "a plain literal"),
    (r"\(PNA\)", {"(PNA)"}, "escaped punctuation is literal"),
    (r"==Kyodo|\(PNA\)|[-–]\s*IANS", {"==Kyodo", "(PNA)", "IANS"}, "one from each alternative"),
    (r"(?:\b[a-z]{2}\s+[a-z]{2}\s*)?\(Our editorial", {"(Our editorial"}, "an optional group adds nothing"),
    (r"ab?c", {"a"}, "an optional letter splits the run"),
    (r"a\.{0,2}b", {"a"}, "a counted repeat from zero is optional"),
    (r"x{2}y", {"y"}, "a counted repeat drops its letter: still safe"),
    (r"(?:…|\.\.\.)\s*read more", {"read more"}, "the longest required literal wins"),
    (r"\((?:\d+(?:st|nd|rd|th)\s+LD|LEAD|URGENT)\)", {"("}, "one literal beats a set of short ones"),
    (r"(?:Headline is changed|Details added)[^()]*", {"Headline is changed", "Details added"}, "a group of literals"),
    (r"(?i:abc)d", {"d"}, "a case-blind group is not literal"),
    (r"(abc)?def", {"def"}, "an optional capture group"),
    (r"(?=abc)\w+", None, "a look-ahead consumes nothing"),
    (r"(?i)abc", None, "flags for the whole pattern: nothing is literal"),
    (r"\d+\s*", None, "no literal at all"),
    (r"a|\d", None, "one alternative without a literal"),
]


@pytest.mark.parametrize("pattern,expected,why", LITERALS)
def test_required_literals(pattern, expected, why):
    got = required_literals(pattern)
    assert (set(got) if got is not None else None) == expected, why


def test_prefilter_of_the_vocabulary_finds_the_literals():
    assert prefilter(signoff_patterns(AGENCIES)).literals is not None
    # The Russian forms print Cyrillic or "»", which ASCII text cannot hold: they leave no literal.
    assert set(prefilter(DEFAULT.trailing_furniture, ignore_case=True).literals) == {"-0-", "read more", "[full story]",
                                                                                   "continue reading", "read full "}
    assert prefilter([r"\d+", "x"]).literals is None
    # Case-blind: a literal no ASCII text can hold passes only non-ASCII text; one an ASCII letter
    # matches case-blind (the Kelvin sign matches "k") leaves no test.
    only_unicode = prefilter(["…x"], ignore_case=True)
    assert only_unicode.literals == () and not only_unicode.may_match("x...x") and only_unicode.may_match("a…x")
    assert prefilter(["\u212aelvin"], ignore_case=True).literals is None
    assert re.search("\u212aelvin", "kelvin", re.IGNORECASE)  # why
    many = prefilter(["alpha", "beta", "gamma", "delta", "epsilon", "zeta"])
    assert many.may_match("a zeta b") and not many.may_match("a b c")


def _pairs():
    g = warmed(grammar(DEFAULT, AGENCIES))  # the prefilters themselves, not their warm-up stand-ins
    return [
        ("signoff", g.signoff, g.signoff_keys),
        ("trailing", g.trailing, g.trailing_keys),
        ("note_tail", g.note_tail, g.note_tail_keys),
    ]


def _page_lines():
    names = sorted(glob.glob(str(SAMPLES / "*.txt")))
    names += sorted(glob.glob(str(CORPUS / "*" / "*.txt")))
    for name in names:
        yield from (line.text for line in read_lines(Path(name).read_text(encoding="utf-8"))[2])


ENDINGS = [
    "The talks go on (end) mh/js", "The talks go on.==Kyodo", "The talks go on. - IANS", "Text (PNA)",
    "Text ms ap (Our editorial staff can be reached at eng.editors@interfax.ru)",
    "Text - Emirates News Agency, WAM -", "Text (ANTARA)", "Text (AA/Itar-Tass)", "Plans …Read More",
    "Plans ... READ MORE  ", "Text (MENAFN- Kuwait News Agency (KUNA))", "Text (UPDATE 2)", "Text Details added",
    "Text (Description of Source: Moscow TASS in English)", "Text (2nd LD)", "Planſ …read more",
]


@pytest.mark.parametrize("name", ["signoff", "trailing", "note_tail"])
def test_prefilter_passes_every_match(name):
    (_, pattern, keys), = [pair for pair in _pairs() if pair[0] == name]
    texts = list(_page_lines()) + ENDINGS
    matched = 0
    for text in texts:
        start = max(0, len(text) - 100)
        if pattern.search(text, start):
            matched += 1
            assert keys.may_match(text, start), text
    assert matched, "the test reaches no match"


TEXT = st.lists(st.sampled_from(list("abcdeRAD ()-–=.:/…ſKIANSPN") + ["(end)", "==Kyodo", "IANS", "read more",
                                                                     "(Our editorial", "MENAFN", "Details added"]),
                max_size=40).map("".join)


@settings(max_examples=300)
@given(TEXT)
def test_prefilter_never_turns_away_a_match(text):
    start = max(0, len(text) - 100)
    for _, pattern, keys in _pairs():
        if pattern.search(text, start):
            assert keys.may_match(text, start)


def test_dateline_gate_passes_every_dateline():
    seen = 0
    for text in list(_page_lines()):
        starts = [0] + [m.start() + 1 for m in re.finditer(r"\s(?=[A-Z])", text)]
        for start in starts:
            line = text[start:]
            if read_dateline(line) is not None:
                seen += 1
                assert may_open_dateline(line), line
    assert seen > 50


@pytest.mark.parametrize("line", [
    "june 3 (Reuters) - Text", "14 December (Reuters) - Text", "(AA) - Text", "ArmInfo. Text", "AVA- Text",
    "U.S. President said", "NUR-SULTAN. KAZINFORM - Text", "June 22, Fineko/abc.az. Text",
    "NEW DELHI [India], May 3 (ANI): Text", "Moscow – APA. Text", "SEOUL-- Text", "HERAT: Text",
])
def test_dateline_gate_passes_openings(line):
    assert may_open_dateline(line)


@pytest.mark.parametrize("line", ["The president said so.", '"We agree," he said.', "Russian President Vladimir said"])
def test_dateline_gate_turns_away_prose(line):
    assert not may_open_dateline(line)
    assert read_dateline(line) is None


@settings(max_examples=500)
@given(st.lists(st.sampled_from(list("AMOSCWabc ,.:/()[]-–—0123456789") + ["TASS", "Reuters", "June", "AP", "(AA)"]),
                max_size=30).map("".join))
def test_dateline_gate_is_exact(line):
    if read_dateline(line) is not None:
        assert may_open_dateline(line)


@pytest.mark.parametrize("form", list(forms.TIME_FORMS) + [form for _, form in forms.DAY_FORMS])
def test_other_sites_forms_print_a_year(form):
    """read_time_line and read_day_line skip these forms on lines without four digits in a row."""
    assert r"(?P<year>\d{4})" in form


FIRST = [
    # (pattern, ignore case, first characters or None, why)
    (r"^(?:©|\(C\)|\(c\)|Photo:|Photo)\s*(?P<credit>\S.*)$", False, {"©", "(", "P"}, "alternatives in a group"),
    (r"^[-—–_=*]{3,}$", False, set("-—–_=*"), "a class"),
    (r"^-?\s?By\s+", False, {"-", WHITESPACE, "B"}, "optional items let the next one open the match"),
    (r"Top Headlines", True, {"T", "t"}, "case-blind: both cases"),
    (r"(?i:ab)c", False, {"a", "A"}, "a case-blind group"),
    (r"[A-C]x", False, {"A", "B", "C"}, "a range"),
    (r"a?", False, None, "a match may be empty"),
    (r"[^|]x", False, None, "a negated class tells nothing"),
    (r"\dx", False, None, "digits are not read"),
    (r"(?=A)A", False, None, "look-arounds are not read"),
    (r".x", False, None, "any character"),
]


@pytest.mark.parametrize("pattern,ignore_case,expected,why", FIRST)
def test_first_chars(pattern, ignore_case, expected, why):
    got = first_chars(pattern, ignore_case)
    assert (set(got) if got is not None else None) == expected, why


def _anchored_checks():
    g = grammar(DEFAULT, AGENCIES)
    return [
        ("note", g.note_lead), ("end", g.end_marker), ("separator", SEPARATOR), ("byline", g.byline),
        ("credit", g.credit), ("graphic", g.graphic), ("byline-open", BYLINE_OPEN), ("breadcrumb", g._breadcrumb),
    ]


def test_first_gates_pass_every_line_a_check_matches():
    g = warmed(grammar(DEFAULT, AGENCIES))
    texts = list(_page_lines()) + ENDINGS + ["(2nd LD) Text", "adds details here", "By Ivan Petrov", "-By Name",
                                             "© Name/TASS", "(c) AFP", "Photo: x", "Infographics x", "Video Credit: x",
                                             "Top Headlines", "=====", "—————"]
    matched = 0
    for text in texts:
        gate = g.first_gates[text[:1]]
        for name, pattern in _anchored_checks():
            if pattern.match(text):
                matched += 1
                assert gate is None or name in gate, (name, text)
    assert matched > 20


@settings(max_examples=300)
@given(st.lists(st.sampled_from(list("(©PBVT-=—Iadh ГгФфИиКk\u212a\u0130ſ«") + [
    "By ", "Photo", "(c)", "Top Headlines", "(LEAD)", "Video Credit: ", "Infographics ", "Главная > ", "ГЛАВНАЯ › ",
    "Фото: ", "Инфографика ", "Home > "]), max_size=12).map("".join))
def test_first_gates_are_exact(text):
    # Every first character, ASCII or not (a Cyrillic one's gate is made when first met).
    gate = warmed(grammar(DEFAULT, AGENCIES)).first_gates[text[:1]]
    for name, pattern in _anchored_checks():
        if pattern.match(text):
            assert gate is None or name in gate


def test_first_chars_gate_case_blind_non_ascii():
    gate = FirstChars(frozenset({"k", "K"}), ignore_case=True)
    assert gate.may_match("\u212a")  # the Kelvin sign matches "k" case-blind
    assert not FirstChars(frozenset({"k"}), ignore_case=False).may_match("\u212a")
    assert not gate.may_match("")


def test_a_literal_holding_another_is_dropped():
    assert prefilter(["ITAR-TASS", "TASS", r"Report\.az", "Report"]).literals == ("TASS", "Report")


def _forms_matching(text):
    key = forms.months_key(MONTHS)
    for table in forms.forms_of(key):
        candidates = [form.source for form in forms.candidates(table, text, MONTHS)]
        for form in table:
            if re.match(form.source, text):
                yield form.source, candidates


DATE_LINES = [
    "Tuesday, June 17, 2008", "14 October 2020", "posted on 08/10/2014", "2015/05/14", "05-Jan-2019",
    "Name|Feb 24, 2019", "Last Update on 02/07/2018", "24.02.2019", "Sept. 3, 2019",
    "ANI | Updated: May 03, 2021 18:45 IST", "PublishDate: Monday, March 2, 2020 10:15", "Updated: 2010-10-08 21:35",
    "12:30 - 24.02.2019", "3 Januari 2018 10:00", "Name 3 hours ago Tuesday 5th Mar 2019 | 10:30 AM",
    "10:15, 5 March 2019 | GMT", "Mar 5, 2019 - 10:15",
]


@pytest.mark.parametrize("text", DATE_LINES)
def test_form_gates_pass_every_form_that_matches(text):
    matched = list(_forms_matching(text))
    assert matched, "no form matches: the test would prove nothing"
    for form, candidates in matched:
        assert form in candidates, text


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["June", "jun.", "Sept", "mei", "Mayor", "12", "2019", "03", " ", ",", ".", "/", "-",
                                 "|", ":", "Updated:", "posted on", "Tuesday", "ago", "hours", "IST", "PM", "x.com"]),
                max_size=10).map("".join))
def test_form_gates_are_exact(text):
    for form, candidates in _forms_matching(text):
        assert form in candidates


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(list("0123456789:a ²٣•·▪\t")), min_size=1, max_size=8))
def test_string_tests_agree_with_the_patterns_they_replace(text):
    """classify's string tests for a clock at the line's end and a bullet at its start (a line
    holds no line break)."""
    from tasscli.parsing.kinds import BULLET, BULLETS
    from tasscli.parsing.timekinds import clock_end as _clock_end

    assert _clock_end(text) == bool(re.search(r"\d:\d\d$", text))
    assert (text[:1] in BULLETS) == bool(BULLET.match(text))


def test_first_gates_of_other_characters_are_made_when_met():
    gates = warmed(grammar(DEFAULT, AGENCIES)).first_gates
    assert "other" in gates["Ж"] and "separator" not in gates["Ж"] and "note" not in gates["Ж"]
    assert "breadcrumb" in gates["г"]  # "Главная", case-blind
    assert "other" not in gates["A"]
    assert gates[""] is None
