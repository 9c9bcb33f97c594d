"""Properties that hold for any text: parse never raises, never invents text, accounts for lines."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pages import repaired_page

from tasscli.parsing.parser import parse

# Pages built from the pieces real pages are made of, so the properties reach the layout code.
PIECES = st.sampled_from([
    " date 2017-06-03 ", "All news", "Back to Main page", "Russian Politics & Diplomacy", "World",
    "June 03, 19:06 UTC+3", "19 Jun, 14:07", "© Ivan Petrov/TASS", "Read also", "Tags", "Share",
    "MOSCOW, June 3. /TASS/. ", "KUBINKA /Moscow Region/, August 23. /TASS/.", "{{element.title}}",
    "Headline words hereWorld June 03, 19:06", "A caption", "Infographics Title", "{article_photo:1}",
    "The minister said the talks would go on.", '"We agree," he said.', "", "\n", "\r\n", "\f",
])
PAGES = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("\n".join)


def words(text):
    return set(re.findall(r"\w+", text))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_parse_never_raises_and_invents_nothing(page):
    from tasscli.parsing.lines import without_invisible

    seen = without_invisible(page)  # the parser drops zero-width characters and soft hyphens
    repaired = without_invisible(repaired_page(page))
    for repair, source_words in ((False, words(seen)), (True, words(seen) | words(repaired))):
        articles = parse(page, "p.txt", repair_mojibake=repair)
        assert articles
        for article in articles:
            for paragraph in article.body:
                assert paragraph and paragraph == paragraph.strip()
                assert words(paragraph) <= source_words


@settings(max_examples=300)
@given(st.text())
def test_parse_any_unicode(text):
    assert parse(text)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_every_nonblank_line_accounted_once(page):
    articles = parse(page)
    numbers = sorted(role.number for article in articles for role in article.lines)
    from tasscli.parsing.lines import visible

    lines = page.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    # A line of white space, zero-width characters or soft hyphens is blank (lines.visible).
    expected = [n for n, line in enumerate(lines, 1) if visible(line)]
    assert numbers == expected


@settings(max_examples=500)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab. \t\u00a0\u2028\x1c\x0b\u3000\u200b\u0085\r\f")),
                        max_size=12), max_size=6).map("\n".join))
def test_read_lines_trims_and_single_spaces_every_line(page):
    """read_lines takes a clean-looking row as it is: it must give what trimming, single-spacing and
    dropping zero-width characters give."""
    from tasscli.parsing.lines import line_texts, read_lines, without_invisible

    rows = line_texts(page)
    expected = [" ".join(without_invisible(row).split()) for row in rows]
    prefix, prefix_line, lines, _ = read_lines(page)
    assert prefix is None and prefix_line == 0
    assert [(line.number, line.text) for line in lines] == [(n, t) for n, t in enumerate(expected, 1) if t]
