"""Patterns written to open with a class (issue 15: parse cost): `re` searches for such a pattern by
a scan for the class, where one opening with a repeat or a look-behind is tried at every position.
Each finds exactly what its plainer form found."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasscli.parsing import mojibake
from tasscli.parsing.article.tail import WORD
from tasscli.parsing.datelines import _CAPS_RUN
from tasscli.parsing.timekinds import GLUED_DAY_TIME

PLAIN = {
    mojibake._LATIN_MOJIBAKE: r"(?<=[A-Za-z])[ÃÄÅГДЕ][\x80-\xbf\u0400-\u045f\u2010-\u203a\u20ac\u2116\u2122]",
    WORD.pattern: r"[^\W\d_]{2,}",
    _CAPS_RUN.pattern: r"[A-Z]{2}",
    GLUED_DAY_TIME.pattern: r"(?<=[^\W\d_])\d{2}\.\d{2}\.(?:19|20)\d\d \d{1,2}:\d{2}",
}

TEXT = st.lists(st.sampled_from(list("aZАяÃÄÅГДЕ\x80\xa9\xbfѓ–€№™ 1_é") + ["12.", "08.20", "19", "1:05 "]),
                max_size=30).map("".join)


@settings(max_examples=500)
@given(TEXT)
def test_each_finds_what_its_plain_form_found(text):
    for pattern, plain in PLAIN.items():
        assert [m.span() for m in re.finditer(pattern, text)] == [m.span() for m in re.finditer(plain, text)]


def test_the_page_test_finds_a_latin_letter_decoded_twice():
    assert re.search(mojibake._LATIN_MOJIBAKE, "Bruno RodrÃ­guez said") is not None
    assert re.search(mojibake._LATIN_MOJIBAKE, "Ã­ at the start") is None


@given(st.text(alphabet=st.sampled_from(',;:!?«»"“”()ab .-[]\\^Я'), max_size=12))
def test_the_sentence_mark_search_finds_what_the_set_holds(text):
    from tasscli.parsing.kinds import _SENTENCE_MARK, _SENTENCE_MARKS

    assert (_SENTENCE_MARK.search(text) is None) == _SENTENCE_MARKS.isdisjoint(text)
