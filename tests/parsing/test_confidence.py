"""Issue 16.4: a wrong value is worse than none. A headline or lead that another grammar reads (a
byline, a credit, a caption with its credit, a time or date line, a field label, site text, a row
of figures) is left empty, and the record's warnings say which line and why."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tasscli.parsing.confidence import _letters, doubt
from tasscli.parsing.grammar import grammar
from tasscli.parsing.parser import parse
from tasscli.vocab import DEFAULT

G = grammar(DEFAULT)
STORY = ("OSLO, May 3 (NTB) - The council said on Monday that the work on the quay would start in the "
         "spring and take two years to finish.\n\nA second paragraph of the story follows here.\n")
HEADLINE = "Council approves plan for the river bank"


@pytest.mark.parametrize("line, reason", [
    ("Published 10:05 AM and last updated 11:32 AM", "a time line"),
    ("12 July 2022 - 05:30 By Staff Reporter", "a time line"),
    ("By Oleh Petrenko, staff writer", "a byline"),
    ("USD 92.31 +0.12 EUR 99.10 -0.05", "figures, not words"),
    ("The quay seen from the old bridge (CNA file photo)", "a photo caption with its credit"),
    ("Workers on the quay on Monday (AFP Photo)", "a photo caption with its credit"),
])
def test_a_lead_another_grammar_reads_is_left_empty_and_warned(line, reason):
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}")[0]
    assert article.headline == HEADLINE
    assert article.lead is None
    assert f"lead left empty: line 3 reads as {reason}" in article.warnings
    roles = {role.number: role.role for role in article.lines}
    assert roles[3] == "dropped:doubtful-lead"  # the line keeps its place: no line is lost


@pytest.mark.parametrize("line", [
    "The plan will change the face of the old town for a generation, its authors say.",
    "A standfirst with no final stop that sums the story up in a few words",
    "Talks on the quay resume at the town hall on Friday",
])
def test_a_plain_standfirst_stays_the_lead(line):
    article = parse(f"{HEADLINE}\n\n{line}\n\n{STORY}")[0]
    assert article.lead == line
    assert not any("left empty" in warning for warning in article.warnings)


@pytest.mark.parametrize("headline", [
    "By Land And Sea", "Brnabic: Serbia keeps to its path (Tanjug/RTS)", "Markets close higher on Friday",
    "Putin to visit Beijing in May", "G7 leaders meet in 2025",
])
def test_headlines_in_title_case_or_with_a_source_tag_are_kept(headline):
    assert doubt(headline, G) is None


def test_a_field_label_is_no_headline():
    assert doubt("ID:", G) == "a field label"
    assert doubt("Share :", G) == "a field label"


def test_a_byline_in_title_case_is_a_leads_doubt_only():
    assert doubt("By Anna Lee | AP", G, lead=True) == "a byline"
    assert doubt("By Land And Sea", G) is None
    assert doubt("By Anna Lee | AP", G) == "a byline"


@given(st.text(max_size=80) | st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_letters_counted_as_isalpha_counts_them(text):
    assert _letters(text) == sum(map(str.isalpha, text))
