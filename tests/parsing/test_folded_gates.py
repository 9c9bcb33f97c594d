"""The case-blind string gates on non-ASCII text (issue 23): `prefilter.fold` must keep every
case-blind match of a literal, so a gate that tests folded strings turns away only text its
pattern cannot match in."""
import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.grammar import grammar
from tasscli.parsing.prefilter import fold, prefilter
from tasscli.parsing.warmup import warmed
from tasscli.vocab import DEFAULT

casefix = pytest.importorskip("re._casefix", reason="fold reads CPython's re internals")


def test_fold_gives_one_string_to_every_character_re_matches_case_blind():
    # `re` matches a cased character case-blind with the characters of its lower case and that
    # lower case's extra folds (re._casefix), so those must all fold alike.
    from _sre import unicode_tolower
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        lower = unicode_tolower(code)
        for other in (lower, *casefix._EXTRA_CASES.get(lower, ())):
            assert fold(chr(other)) == fold(chr(code)), (hex(code), hex(other))


def test_fold_keeps_a_match_across_final_sigma_and_dotted_capital_i():
    # str.lower() makes a final "Σ" "ς" and "İ" two characters; fold must not lose these matches.
    for literal, text in [("σα", "ΚΑΣ ΣΑ"), ("ας", "ΚΑΣ"), ("ib", "xİB"), ("ſ", "Kas"), ("вт", "ᲀᲄ")]:
        assert re.search(re.escape(literal), text, re.IGNORECASE), (literal, text)
        assert fold(literal) in fold(text), (literal, text)


@functools.cache
def _trailing():
    g = warmed(grammar(DEFAULT, AGENCIES))  # the prefilters themselves, not their warm-up stand-ins
    return g.trailing, g.trailing_keys


NON_ASCII = st.lists(st.sampled_from(
    list("аеПОДРОБНЕЕнаНА »«…—ΣσςİıiſsKKᲀв\u0307.: ")
    + ["Подробнее на ", "ПОДРОБНЕЕ НА", "подробнее на", "читать далее", "Read more", "READ MORE", "-0-",
       "Continue reading", "[Full Story]", "Москва заявила, что"]), min_size=1, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(NON_ASCII)
def test_trailing_gate_answers_as_the_ungated_search_on_non_ascii_text(text):
    pattern, keys = _trailing()
    start = max(0, len(text) - 100)
    if pattern.search(text, start):
        assert keys.may_match(text, start), text


def test_trailing_gate_turns_away_cyrillic_prose():
    pattern, keys = _trailing()
    prose = "Москва заявила, что переговоры продолжатся на следующей неделе в Женеве."
    assert not pattern.search(prose) and not keys.may_match(prose)
    assert keys.may_match(prose + " Подробнее на сайте")


def test_a_case_blind_gate_tests_non_ascii_literals_folded():
    keys = prefilter(["Читать далее", r"Read\s+on"], ignore_case=True)
    assert keys.literals == ("read",) and keys.folded == ("read", "читать далее")
    assert keys.may_match("… ЧИТАТЬ ДАЛЕЕ") and keys.may_match("Ещё: READ on")
    assert not keys.may_match("Читать дальше нечего")


@given(st.text(alphabet=st.sampled_from(sorted({chr(code) for code in casefix._EXTRA_CASES} | set("aKİΣσςſ\u0307 Ёё")
                                              | {chr(v) for values in casefix._EXTRA_CASES.values() for v in values})),
               max_size=12))
def test_fold_is_lower_case_through_the_table(text):
    # `fold` skips the table where no character of it is in the text: the same string either way.
    from tasscli.parsing.prefilter import _FOLD

    assert fold(text) == text.lower().translate(_FOLD)
