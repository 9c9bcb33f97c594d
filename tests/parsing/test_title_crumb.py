"""A breadcrumb ending with the story's title cut short, the headline in full under it: the site's
lines above it are furniture, the crumb before the title the section (issue 16.3)."""
from __future__ import annotations

from tasscli.parsing.parser import parse

HEAD = "Port operator plans second container terminal on the northern coast"
STORY = ("\n\nMarch 14, 2015\n\n" + HEAD + "\n\nThe port operator plans a second terminal to ease congestion at its"
         " main harbour, its chief executive said on Friday.\n\nConstruction could start next year.\n")
ABOVE = ("Customer Login\n\n04/11 09:42   Central bank leaves lending rate on hold\n"
         "04/11 09:38   Grain exports rise for third month - ministry\n\n"
         "You may request a free trial by filling in the form below.\n\nFirst name:\n\n")


def test_the_crumb_before_a_cut_title_is_the_section_and_the_lines_above_it_the_site_s():
    article, = parse(ABOVE + "Type the code:  |  Business  |  Port operator plans second container terminal..." + STORY)
    assert (article.headline, article.section, article.published) == (HEAD, "Business", "2015-03-14")
    assert article.body[0].startswith("The port operator plans a second terminal")
    assert not any("ticker" in p or "Grain exports" in p or "form below" in p for p in article.body)


def test_a_bar_row_whose_last_part_is_no_headline_s_start_changes_nothing():
    text = ABOVE + "Type the code:  |  Business  |  Shipping news of the week in brief..." + STORY
    article, = parse(text)
    assert article.section is None
