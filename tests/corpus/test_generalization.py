"""What a page's records must not owe to the vocabulary tables alone: where tass.com's layout
says which line is the section and which the headline, a section or a site-menu item the tables
do not know gives the same records.

The tables (`tasscli.vocab`) list the sections and menu items seen so far; an archive holds months
the tables never saw. Each case below takes every sample and corpus page that prints a line the
tables know, removes that entry from its table, and requires the same record fields.

Found by this test: a section missing from the table became the lead (the lead was dropped), and
a site-menu item missing from the furniture table became the headline, or let a menu's section
pass for the article's (sample tass_newsection_1).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import List, Tuple

import pytest
from paths import CORPUS, SAMPLES

from tasscli import parse
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import ends_sentence, read_lines
from tasscli.vocab import DEFAULT, Vocabulary

PAGES = sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS.glob("*/*.txt"))
FIELDS = ("headline", "lead", "section", "published", "dateline", "body", "credits", "captions", "agency")


def _fields(text: str, vocab: Vocabulary = DEFAULT) -> list:
    return [{name: article.to_dict()[name] for name in FIELDS} for article in parse(text, "page", vocab=vocab)]


def _one_article_pages() -> List[Tuple[Path, str, object]]:
    """(page, its text, its article) of every sample and corpus page that holds one article."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        articles = parse(text, "page")
        # Not a page with no blank line at all (issue 16.5): a line set in a block of its own
        # makes it a page with blank lines, whose blocks are then as printed.
        if len(articles) == 1 and "\n\n" in text.strip():
            found.append((page, text, articles[0]))
    return found


ONE_ARTICLE_PAGES = _one_article_pages()


def _tass_layout(text: str) -> Tuple[List[str], List[str]]:
    """The sections the tables know printed right above a tass.com time line, and the furniture
    lines the tables know printed anywhere above that time line."""
    g = grammar(DEFAULT)
    _, _, lines, _ = read_lines(text)
    for line in lines:
        classify(line, g, g.agencies)
    times = [index for index, line in enumerate(lines) if line.kind == "time" and line.info.form == "tass"]
    if not times:
        return [], []
    at = times[0]
    above = lines[at - 1] if at else None
    sections = [above.text] if above is not None and above.kind == "section" and above.block == lines[at].block else []
    return sections, [line.text for line in lines[:at] if line.kind == "furniture"]


def _cases(which: int) -> list:
    cases = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for entry in _tass_layout(text)[which]:
            cases.append(pytest.param(page, entry, id=f"{page.stem}-{entry}"))
    return cases


SECTION_CASES = _cases(0)
MENU_CASES = _cases(1)


def test_pages_of_both_kinds_are_there():
    # Guards against the cases dwindling to none when samples are renamed or the layout moves.
    assert len(SECTION_CASES) >= 8 and len(MENU_CASES) >= 8


@pytest.mark.parametrize("page, section", SECTION_CASES)
def test_a_section_the_tables_lack_is_read_off_the_layout(page: Path, section: str):
    text = page.read_text(encoding="utf-8")
    lacking = replace(DEFAULT, sections=tuple(name for name in DEFAULT.sections if name != section))
    assert _fields(text, lacking) == _fields(text)


@pytest.mark.parametrize("page, item", MENU_CASES)
def test_a_menu_item_the_tables_lack_is_not_the_headline(page: Path, item: str):
    text = page.read_text(encoding="utf-8")
    lacking = replace(DEFAULT, furniture=frozenset(entry for entry in DEFAULT.furniture
                                                   if entry.lower() != item.lower()))
    assert _fields(text, lacking) == _fields(text)


@pytest.mark.parametrize("table", ["sections", "furniture"])
def test_a_whole_table_unknown(table: str):
    """A site of the same layout whose sections, or whose menu, the tables know none of."""
    bare = replace(DEFAULT, **{table: type(getattr(DEFAULT, table))()})
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if any(_tass_layout(text)):
            assert _fields(text, bare) == _fields(text), page.name


def _marker_cases() -> list:
    cases = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        lines = text.split("\n")
        for marker in ("Read also", "Tags"):
            if marker in lines:
                for variant in (marker.upper(), marker.title(), marker + ":", marker + " »", marker.upper() + " :"):
                    cases.append(pytest.param(page, marker, variant, id=f"{page.stem}-{variant}"))
    return cases


@pytest.mark.parametrize("page, marker, variant", _marker_cases())
def test_a_marker_printed_in_another_case_or_with_a_colon(page: Path, marker: str, variant: str):
    """ "READ ALSO", "Read also:", "Tags :" open an insert or a tags footer as "Read also" and
    "Tags" do: sites and years print them so."""
    text = page.read_text(encoding="utf-8")
    changed = "\n".join(variant if line == marker else line for line in text.split("\n"))
    assert _fields(changed) == _fields(text)


#: Site lines that no table holds: a few words each, as menus and labels are.
UNKNOWN_MENU = ("English Edition", "Login | Register", "Menu\nSearch")


def _headline_cases() -> list:
    cases = []
    for page, _, article in ONE_ARTICLE_PAGES:
        if article.headline is None:
            continue
        number = next((role.number for role in article.lines if role.role == "headline"), None)
        if number is None:  # a headline read off a glued line ("headline+section+time")
            continue
        for menu in UNKNOWN_MENU:
            cases.append(pytest.param(page, number, menu, id=f"{page.stem}-{menu.replace(chr(10), '+')}"))
    return cases


@pytest.mark.parametrize("page, number, menu", _headline_cases())
def test_a_menu_the_tables_lack_above_the_headline(page: Path, number: int, menu: str):
    """Every headline of the corpora has five words or more, every lead seven: lines of three
    words or fewer over the headline are the site's, whatever the tables know."""
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = number - 1
    if at == 0 and lines[0].lstrip().startswith("date "):  # the headline shares the archive's prefix line
        pytest.skip("headline on the prefix line")
    changed = "\n".join(lines[:at] + menu.split("\n") + [""] + lines[at:])
    assert _fields(changed) == _fields(text)


UNKNOWN_FOOTERS = ("Most popular", "You may also like...", "Latest stories\nComments (0)",
                   "Follow us\nShare this article")


def _footer_cases() -> list:
    cases = []
    for page, _, article in ONE_ARTICLE_PAGES:
        if article.body:
            for footer in UNKNOWN_FOOTERS:
                cases.append(pytest.param(page, footer, id=f"{page.stem}-{footer.replace(chr(10), '+')}"))
    return cases


@pytest.mark.parametrize("page, footer", _footer_cases())
def test_a_footer_the_tables_lack_after_the_story(page: Path, footer: str):
    """Short headings ending the page that name what a footer does (vocab.FOOTER_WORDS) are the
    site's, whatever the furniture table knows."""
    text = page.read_text(encoding="utf-8")
    assert _fields(text.rstrip("\n") + "\n\n" + footer + "\n") == _fields(text)



def test_a_footer_heading_over_the_buttons_is_no_article():
    """In a file of two pages, the second closing with a footer heading over the site's buttons:
    the heading is the site's, not a listing's last headline cut off before its text."""
    first = (SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8")
    second = (SAMPLES / "wire_ap.txt").read_text(encoding="utf-8")
    alone = parse(first + "\n" + second, "page")
    assert len(alone) == 2
    for footer in ("Most viewed\nShare", "Other news\nAdvertisement", "Latest stories\nPrint"):
        assert parse(first + "\n" + second.rstrip("\n") + "\n\n" + footer + "\n", "page") == alone, footer


# --- the same story printed in each of tass.com's layouts -------------------------------------


def _in_layout(article, layout: str):
    """`article`'s headline, lead, section, dateline and body printed the way `layout` prints a
    page, or None when the layout needs what the article lacks. A dateline that does not end in
    punctuation ("Baku, December 6, AZERTAC") is printed on its own line, as its agencies do."""
    if not article.body or article.dateline is None or not article.dateline.text:
        return None
    dateline = article.dateline.text
    glue = " " if dateline[-1:] in ".:-–—" or dateline.endswith(")") else "\n"
    story = [dateline + glue + article.body[0], *article.body[1:]]
    head, lead = article.headline, article.lead
    if layout == "prefix":
        return " date 2019-06-03 " + "\n\n".join(story) + "\n"
    if not head:
        return None
    lead_part = [lead] if lead else []
    if layout == "full":
        return "\n\n".join([" date 2019-06-03 Back to Main page\n" + head,
                            (article.section or "World") + "\nJune 03, 19:06 UTC+3",
                            *lead_part, "© Ivan Petrov/TASS", *story]) + "\n"
    if layout == "allnews":
        return "\n\n".join(["All news", head, *lead_part, *story]) + "\n"
    if layout == "amp":
        # (A paragraph that ends mid-sentence, a credit line between its halves on the page, reads
        # as hard-wrapped text once paragraphs are set on single line breaks: no such layout.)
        if any(not ends_sentence(paragraph) for paragraph in article.body[:-1]):
            return None
        return "\n".join([head, *lead_part, *story]) + "\n"
    return "\n\n".join(["All news", head, *lead_part, *story, "Tags\nRussia\nEconomy"]) + "\n"


def _layout_cases() -> list:
    cases = []
    for page in PAGES:
        articles = parse(page.read_text(encoding="utf-8"), "page")
        for index, article in enumerate(articles):
            for layout in ("full", "allnews", "prefix", "amp", "tags"):
                if _in_layout(article, layout) is not None:
                    cases.append(pytest.param(page, index, layout, id=f"{page.stem}-{index}-{layout}"))
    return cases


@pytest.mark.parametrize("page, index, layout", _layout_cases())
def test_a_story_reads_the_same_in_every_tass_layout(page: Path, index: int, layout: str):
    """What each page's story is (headline, lead, body, dateline) does not depend on the layout it
    is printed in: its words do not make the parser take a headline for a dateline, a body
    paragraph for a related headline, and the like."""
    article = parse(page.read_text(encoding="utf-8"), "page")[index]
    again = parse(_in_layout(article, layout), "page")
    assert len(again) == 1
    got = again[0]
    want_head, want_lead = (None, None) if layout == "prefix" else (article.headline, article.lead)
    assert (got.headline, got.lead, got.body, got.dateline.place if got.dateline else None) == \
        (want_head, want_lead, article.body, article.dateline.place)


# --- a site's controls, counters and menu rows, which no table holds ------------------------------

#: What sites print around a story: each line of four words or more, or naming no footer's work,
#: so neither the short-menu rule nor FOOTER_WORDS catches it (vocab.CONTROL_PATTERNS, MENU_*).
SITE_CONTROLS = ("Home > World > Europe", "News | Politics | Economy", "You are here: Home / News",
                 "Listen to this article", "Font size A A A", "Subscribe to our newsletter",
                 "Sign up for our daily briefing", "Facebook Twitter WhatsApp Telegram", "Skip to main content",
                 "Updated 2 hours ago", "Reading time: 3 minutes", "Print this page", "Advertisement",
                 "Views: 1,245", "Photo 1 of 5")


def _headline_rows(text: str, article) -> List[int]:
    """The numbers of the lines holding `article`'s headline, but for a headline on the archive's
    prefix line (a line set above it would come before the prefix)."""
    heads = [role.number for role in article.lines if role.role == "headline"]
    return [] if heads[:1] == [1] and text.lstrip().startswith("date ") else heads


def _control_cases() -> list:
    cases = []
    for page, text, article in ONE_ARTICLE_PAGES:
        roles = {role.number: role.role for role in article.lines}
        heads = _headline_rows(text, article)
        if heads:
            cases.append(pytest.param(page, heads[0] - 1, id=f"{page.stem}-above-headline"))
        paragraphs = {role: number for number, role in roles.items() if role.endswith(("body ¶2", "body ¶3"))}
        second, third = paragraphs.get("body ¶2"), paragraphs.get("body ¶3")
        if second is not None and third == second + 2 and list(roles.values()).count("body ¶2") == 1:
            cases.append(pytest.param(page, second, id=f"{page.stem}-in-story"))
        if article.body:
            cases.append(pytest.param(page, len(text.rstrip("\n").split("\n")), id=f"{page.stem}-after-story"))
    return cases


CONTROL_CASES = _control_cases()


def test_control_cases_cover_all_three_places():
    ids = " ".join(case.id for case in CONTROL_CASES)
    assert all(ids.count(place) >= 50 for place in ("-above-headline", "-in-story", "-after-story"))


@pytest.mark.parametrize("page, row", CONTROL_CASES)
def test_a_site_control_the_tables_lack(page: Path, row: int):
    """A site's control, counter or menu row set in its own block above the headline, between two
    paragraphs or after the story leaves the record as it was."""
    text = page.read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    want = _fields(text)
    for control in SITE_CONTROLS:
        changed = "\n".join(lines[:row] + ["", control, ""] + lines[row:]) + "\n"
        assert _fields(changed) == want, control


@pytest.mark.parametrize("text, row", [
    ("Home > World > Europe", True), ("Home » News » World", True), ("News › Russia", True),
    ("News | Sport | Video", True), ("Economy / Energy / Oil & Gas", True), ("A • B • C", True),
    ("News | Sport", False),  # two items need an arrow between them
    ("Kremlin says talks went well | Reuters", False),  # a headline's words are more than three
    ("Moscow / St. Petersburg", False), ("© Sergei Bobylev / TASS", False),
    ("MOSCOW, April 17. / TASS /.", False), ("Putin > Xi?", False),
])
def test_menu_rows(text: str, row: bool):
    assert grammar(DEFAULT).menu_row(text) is row


# --- bylines, dates, credits and tags lines under the headline, in other sites' forms ------------

#: Lines a site sets right under the headline, in forms the corpora's sites do not use.
UNDER_HEADLINE = ("Written by Ivan Petrov", "Story by Ivan Petrov", "Author: Ivan Petrov", "Ivan Petrov | Reporter",
                  "Ivan Petrov, Staff Writer", "Photo credit: Ivan Petrov/TASS", "(Photo: AFP)", "Image: AP",
                  "Tags: Russia, China, Trade", "Topics: Economy; Energy")
#: Date lines, set under the headline of pages that print none.
DATES_UNDER_HEADLINE = ("12 March 2019", "Tuesday, 12 March 2019", "March 12, 2019 | 14:35", "12.03.2019, 14:35",
                        "Last Updated: March 12, 2019")


def _prints_a_date(text: str) -> bool:
    g = grammar(DEFAULT)
    _, _, lines, _ = read_lines(text)
    for line in lines:
        classify(line, g, g.agencies)
    return any(line.kind in ("time", "section-time", "date", "source") for line in lines)


def _under_headline_cases() -> list:
    cases = []
    for page, text, article in ONE_ARTICLE_PAGES:
        heads = _headline_rows(text, article)
        if heads:
            dates = article.dateline is not None and not _prints_a_date(text)
            cases.append(pytest.param(page, heads[-1], dates, id=page.stem))
    return cases


def _story(text: str) -> list:
    return [(a.headline, a.lead, a.body, a.dateline.text if a.dateline else None) for a in parse(text, "page")]


UNDER_HEADLINE_CASES = _under_headline_cases()


#: Date cases the under-headline test must have to mean something: from the samples and the
#: shared corpus, or (on a clone of the project alone) from the repository's samples, which hold 25.
DATE_CASES = 40 if CORPUS.is_dir() else 20


def test_under_headline_cases_hold_date_cases():
    assert sum(1 for case in UNDER_HEADLINE_CASES if case.values[2]) >= DATE_CASES


@pytest.mark.parametrize("page, row, dates", UNDER_HEADLINE_CASES)
def test_a_line_under_the_headline_in_another_sites_form(page: Path, row: int, dates: bool):
    """A byline, credit or tags line set under the headline, and a date line where the page prints
    none, leave headline, lead, body and dateline as they were. Found by this test: such a byline
    or tags line became the lead, a credit the lead or the headline, and the date line made the
    lead the headline (another site's date line is printed over the headline as often as under it;
    the line above it is the headline when it is on the story's subject)."""
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    want = _story(text)
    for extra in UNDER_HEADLINE + (DATES_UNDER_HEADLINE if dates else ()):
        assert _story("\n".join(lines[:row] + ["", extra] + lines[row:])) == want, extra


@pytest.mark.parametrize("page, row, dates", UNDER_HEADLINE_CASES)
def test_a_headline_printed_in_capitals(page: Path, row: int, dates: bool):
    """A headline in capitals changes the headline's case alone. Found by this test: "RUSSIA TO
    BOOST OIL OUTPUT — NOVAK" and "PROGRESS CARGO SHIP: THE ISS ..." were read as unmarked
    datelines, and the page split in two."""
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    heads = [role.number for role in parse(text, "page")[0].lines if role.role == "headline"]
    upper = "\n".join(line.upper() if number in heads else line for number, line in enumerate(lines, 1))
    want = [(head.upper() if head else head, *rest) for head, *rest in _story(text)]
    assert _story(upper) == want


#: A headline as other desks write it: each must come out as printed, the record otherwise unchanged.
HEADLINE_FORMS = (
    lambda h: "Peskov: " + h,  # a speaker before a colon
    lambda h: h + " — Kremlin",  # the source after a dash
    lambda h: '"' + h + '"',
    lambda h: h + "?",
    lambda h: h + " (updated)",
    lambda h: "UPDATE 1-" + h,
    lambda h: "MOSCOW: " + h,  # a place before a colon, the shape of a dateline with no agency
)


def _headline_form_cases() -> list:
    cases = []
    for case in UNDER_HEADLINE_CASES:
        page, row, _ = case.values
        text = page.read_text(encoding="utf-8")
        lines = text.split("\n")
        head = parse(text, "page")[0].headline
        # One line, printed once (a page that prints its headline twice keeps the other copy).
        # (A stray emoji variation selector on one copy does not make it another: "\ufe0fTitle".)
        fold = head.strip("\ufe0e\ufe0f ").casefold()
        copies = sum(line.strip("\ufe0e\ufe0f ").casefold() == fold for line in lines)
        if lines[row - 1].strip() == head and copies == 1:
            cases.append(pytest.param(page, row, id=page.stem))
    return cases


@pytest.mark.parametrize("page, row", _headline_form_cases())
def test_a_headline_in_another_desks_form(page: Path, row: int):
    """Found by this test: a headline ending with "?" was no headline (the lead took its place),
    and "MOSCOW: ..." was read as the story's dateline, which split the page in two."""
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    want = _story(text)
    for form in HEADLINE_FORMS:
        new = form(lines[row - 1].strip())
        got = _story("\n".join(lines[:row - 1] + [new] + lines[row:]))
        assert got == [(new, *want[0][1:])], new
