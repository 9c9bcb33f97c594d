"""Captions with an agency's bare name glued on, captions printed again, and a standfirst printed
again as the story's first line (issue 16.3)."""
from __future__ import annotations

from tasscli.parsing.parser import parse

HEAD = "Ministers welcome port agreement\n\n"
BODY = ("Gulf transport ministers on Monday welcomed an agreement to link the ports of the region.\n\n"
        "The ministers said the system would cut the time lorries wait at the borders by half.\n")
CAPTION = "The transport minister speaks at the signing ceremony in Jeddah."


def test_caption_with_the_agencys_bare_name_is_a_caption_and_a_credit():
    article, = parse(HEAD + f"{CAPTION} (SPA)\n\n" + BODY)
    assert article.captions == (CAPTION,) and article.credits == ("SPA",) and article.lead is None


def test_a_caption_printed_twice_is_one_photo_one_credit():
    article, = parse(HEAD + f"{CAPTION} (SPA)\n{CAPTION} (SPA)\n\n" + BODY)
    assert article.captions == (CAPTION,) and article.credits == ("SPA",)


def test_two_photos_with_the_same_credit_give_it_twice():
    other = "Ministers pose for a photo after the signing."
    article, = parse(HEAD + f"{CAPTION} (Xinhua/Li Wei)\n\n{other} (Xinhua/Li Wei)\n\n" + BODY)
    assert article.credits == ("Xinhua/Li Wei", "Xinhua/Li Wei")


def test_a_long_paragraph_ending_with_an_agency_in_brackets_stays_body():
    long_para = ("The ministers said the system, which has been in planning for more than five years and "
                 "will be paid for by the member states in equal parts, would start next year, once the "
                 "parliaments of all six states have ratified the treaty and the customs officers of the "
                 "region have been trained to use it. (Reuters)")
    assert len(long_para) > 250
    article, = parse(HEAD + BODY + "\n" + long_para + "\n")
    assert article.body[-1] == long_para and article.credits == ()


def test_a_caption_printed_again_and_cut_is_not_a_paragraph():
    article, = parse(HEAD + f"{CAPTION} (SPA)\n{CAPTION[:20]}\n\n" + BODY)
    assert CAPTION[:20] not in article.body and len(article.body) == 2


STANDFIRST = ("Deputy Minister of Trade Tran Van Long received a trade delegation from the Netherlands "
              "on Tuesday.")


def test_standfirst_printed_again_with_a_space_lost_is_lead_and_first_paragraph():
    glued = STANDFIRST.replace("the Netherlands", "theNetherlands")
    article, = parse(HEAD + f"{STANDFIRST}\n{glued}\n\n" + BODY)
    assert article.lead == STANDFIRST
    assert article.body[0] == glued and len(article.body) == 3


def test_standfirst_printed_twice_with_nothing_after_is_the_lead_alone():
    article, = parse(HEAD + f"{STANDFIRST}\n{STANDFIRST}\n")
    assert article.lead == STANDFIRST and article.body == ()


def test_two_different_lines_are_no_repeat():
    other = "The delegation also met the minister of agriculture later that day."
    article, = parse(HEAD + f"{STANDFIRST}\n{other}\n\n" + BODY)
    assert article.lead is None


def test_a_line_printed_twice_the_same_with_text_after_is_no_standfirst():
    article, = parse(HEAD + f"{STANDFIRST}\n{STANDFIRST}\n\n" + BODY)
    # "A body paragraph printed twice in a row counts twice" (the labelling rules).
    assert article.lead is None and article.body[:2] == (STANDFIRST, STANDFIRST)


def test_caption_with_the_agencys_name_and_its_sign_off_glued_on():
    caption = "Visitors view autumn leaves reflected in a pond at a temple garden in Kyoto on Nov. 10."
    article, = parse(HEAD + f"{caption} (Kyodo) ==Kyodo\n\n" + BODY)
    assert article.captions == (caption,) and article.credits == ("Kyodo",)
