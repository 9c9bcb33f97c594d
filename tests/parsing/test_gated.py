"""The gates in front of the line pass's alternations (tasscli.parsing.gated, Grammar.byline_may_open,
the first-character tests) must answer as the whole patterns do, on every line."""
import glob
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import CORPUS, SAMPLES

from tasscli.parsing.firstchars import WHITESPACE, folds_to, folds_to_any
from tasscli.parsing.gated import Gated
from tasscli.parsing.grammar import grammar
from tasscli.parsing.lines import read_lines
from tasscli.vocab import DEFAULT

#: Characters `re` folds case-blind to others than str.lower() gives: the long s, the Kelvin sign,
#: the dotted and dotless i, the final sigma, a Cyrillic letter's old form.
FOLDS = {"s": "ſ", "k": "\u212a", "i": "İ", "I": "ı", "σ": "ς", "в": "\u1c80"}


def _texts():
    names = sorted(glob.glob(str(SAMPLES / "*.txt"))) + sorted(glob.glob(str(CORPUS / "*" / "*.txt")))
    texts = [line.text for name in names[:160] for line in read_lines(Path(name).read_text(encoding="utf-8"))[2]]
    variants = []
    for text in texts[:1500]:
        variants += [text.upper(), text.swapcase(), text[:40], " " + text, text + " ",
                     "".join(FOLDS.get(char, char) for char in text)]
    return texts + variants + ["", " ", "1 pages in this article", "© 2020 AFP", "ВСЕ ПРАВА ЗАЩИЩЕНЫ", "a@b.cd",
                               "\u212aeyword: x", "ſource: Yonhap News", "Иван | ivan@site.ru | 8 800 555 3535"]


TEXTS = _texts()
TABLES = [("furniture", DEFAULT.furniture_patterns, re.IGNORECASE, r"\s*"),
          ("control", DEFAULT.control_patterns, re.IGNORECASE, r"\s*"),
          ("contact", DEFAULT.contact_patterns, re.IGNORECASE, r"\s*"),
          ("end", DEFAULT.end_markers, 0, "")]


#: (the whole alternation, the gated one) of each table
BUILT = [(re.compile(f"(?:{'|'.join(patterns)}){suffix}", flags), Gated(patterns, flags, suffix))
         for _, patterns, flags, suffix in TABLES]


@pytest.mark.parametrize("whole,gated", BUILT, ids=[table[0] for table in TABLES])
def test_gated_answers_as_the_whole_alternation(whole, gated):
    wrong = [text for text in TEXTS if (whole.fullmatch(text) is not None) != gated.fullmatch(text)]
    assert wrong == []
    assert any(whole.fullmatch(text) for text in TEXTS)  # the lines hold some of each table's


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAsSkKiI ſ\u212aİı©@|/:.-0123456789ВвСсxЧч»\t", max_size=30))
def test_gated_on_any_text(text):
    for whole, gated in BUILT:
        assert gated.fullmatch(text) == (whole.fullmatch(text) is not None)


def test_a_branch_opening_with_any_character_is_gated_by_its_strings():
    gated = Gated([r"[^©/]{2,60}©\s*20\d\d", r"Code \d+"], re.IGNORECASE)
    assert len(gated.opens) == 1 and gated.fullmatch("Вестник © 2024") and gated.fullmatch("CODE 7")
    assert not gated.fullmatch("Вестник 2024") and not gated.fullmatch("Code")


def test_a_case_sensitive_table_gates_by_first_character():
    gated = Gated(["Tags", "Теги"])
    assert gated.fullmatch("Tags") and gated.fullmatch("Теги") and not gated.fullmatch("tags")
    assert gated.entry("x")[0] is None


@pytest.mark.parametrize("text", ["By Ann Lee", "-By Ann Lee", "- By Ann Lee", " By Ann Lee", "Written by Ann Lee",
                                  "Author: Ann Lee", "BY ANN LEE"])
def test_byline_gate_lets_bylines_through(text):
    g = grammar(DEFAULT)
    assert g.byline.match(text) is not None and g.byline_may_open(text)


def test_byline_menu_and_tags_gates_on_the_lines():
    g = grammar(DEFAULT)
    for text in TEXTS:
        if g.byline.match(text):
            assert g.byline_may_open(text), text
        if g.glued_tags.match(text):
            assert text.startswith(g.glued_tag_firsts), text
        if g.menu_words(text) is not None and text:
            assert text.startswith(g._menu_word_firsts), text


@settings(max_examples=300, deadline=None)
@given(st.characters(), st.frozensets(st.sampled_from(
    sorted(set("AaKkSsIiВвСсΣσς") | set(FOLDS.values()) | {"1", "|", "©", "\\s"})), min_size=1, max_size=6))
def test_fold_keys_answer_as_folds_to(char, chars):
    # Gated._opening asks folds_to_any, one set test, in place of folds_to on each first character.
    assert folds_to_any(char, chars) == any(folds_to(char, c) for c in chars if c != WHITESPACE)


def test_fold_keys_match_re_on_the_odd_folds():
    for plain, odd in FOLDS.items():
        assert folds_to_any(odd, frozenset(plain)) == (re.fullmatch(re.escape(plain), odd, re.IGNORECASE) is not None)
