"""Listing pages set apart by nothing but their items' headlines or datelines (issue 16.1):
tag, topic and category pages, blog archives, digests. Pages of one story with subheads, or with a
paragraph or two opening "Place - ", stay one record."""
from __future__ import annotations

from tasscli.parsing.listings import teaser_link
from tasscli.parsing.parser import parse
from tasscli.vocab import DEFAULT, Vocabulary

PARA = "The council said on Monday that the work would start in the spring and take two years to finish."


def _teasers(items: int, paragraphs: int = 1, link: str = "") -> str:
    blocks = []
    for number in range(items):
        blocks.append(f"Council approves plan number {number} for the river bank")
        blocks.extend(PARA.replace("Monday", f"day {number}") for _ in range(paragraphs))
        if link:
            blocks.append(link)
    return "\n\n".join(blocks) + "\n"


def test_headline_and_one_paragraph_again_and_again_is_a_listing():
    articles = parse("Connect to share\n\n" + _teasers(3))
    assert [a.headline for a in articles] == [f"Council approves plan number {n} for the river bank" for n in range(3)]
    assert all(len(a.body) == 1 for a in articles)


def test_link_to_the_full_story_is_furniture_and_the_next_headline_may_be_glued_under_it():
    text = _teasers(3, paragraphs=2, link="W140 Full Story").replace("Full Story\n\nCouncil", "Full Story\nCouncil")
    articles = parse(text)
    assert len(articles) == 3
    assert all("Full Story" not in " ".join(a.body) for a in articles)


def test_an_article_with_subheads_stays_one_record():
    text = ("Council approves plan for the river bank\n\n"
            "The plan will change the face of the old town.\n\n"
            "LISBON, May 3 (Lusa) - " + PARA + "\n\n" + PARA + "\n\n"
            "What the plan holds for the old town\n\n" + PARA + "\n\n"
            "Who will pay for the new river bank\n\n" + PARA + "\n")
    assert len(parse(text)) == 1


def test_two_items_need_wider_gaps_between_them_than_under_their_headlines():
    # (With a dateline: a page of undated, dateline-less posts is a blog index, `headline_listing`.)
    one_story = ("Council approves plan for the river bank\n\nLISBON, May 3 (Lusa) - " + PARA
                 + "\n\nWhat the plan holds for the town\n\n" + PARA + "\n")
    assert len(parse(one_story)) == 1
    digest = ("Council approves plan for the river bank\n\n" + PARA
              + "\n\n\nPort fees stay unchanged for this year\n\n" + PARA + "\n")
    assert [a.headline for a in parse(digest)] == [
        "Council approves plan for the river bank", "Port fees stay unchanged for this year"]


def test_listing_title_is_no_items_headline():
    text = "Lisbon Press Review 12 May\n\n\n\n" + _teasers(2).replace("\n\nCouncil", "\n\n\nCouncil")
    articles = parse(text)
    assert [a.headline for a in articles] == [f"Council approves plan number {n} for the river bank" for n in range(2)]


def test_headline_less_items_split_at_their_place_dash_datelines():
    lines = []
    for number in range(3):
        lines += [f"Lisbon - {PARA}", f"The mayor said item {number} was the first of its kind."]
    articles = parse("\n".join(lines) + "\n")
    assert len(articles) == 3
    assert all(a.dateline.place == "Lisbon" and a.dateline.agency is None and a.headline is None for a in articles)
    assert all(not a.body[0].startswith("Lisbon") for a in articles)


def test_last_item_cut_after_its_first_words_keeps_its_dateline():
    lines = []
    for number in range(3):
        lines += [f"Lisbon - {PARA}", f"The mayor said item {number} was the first of its kind."]
    last = parse("\n".join(lines) + "\nLisbon - Spanish police\n")[-1]
    assert last.headline is None and last.dateline.place == "Lisbon" and last.body == ("Spanish police",)


def test_two_place_dash_paragraphs_do_not_make_a_listing():
    text = f"Lisbon - {PARA}\nThe mayor spoke.\nPorto - {PARA}\nNothing else was said by the council.\n"
    articles = parse(text)
    # One story: its opening "Lisbon - " is its dateline; "Porto - " opens one of its paragraphs.
    assert len(articles) == 1 and articles[0].dateline.place == "Lisbon"
    assert articles[0].body[2].startswith("Porto - ")


def test_pages_with_an_archive_prefix_are_not_read_as_listings():
    text = " date 2016-03-03\n" + _teasers(3)
    assert len(parse(text)) == 1


def test_digest_intro_then_separated_items():
    text = ("Weekly Digest\nThe following is a selection of this week's stories.\n----------\n"
            "New cranes arrive at the terminal\nROTTERDAM - Two new cranes arrived on Tuesday.\n----------\n"
            "Ferry adds a night crossing\nHULL - The ferry company will add a night crossing.\n")
    assert [a.headline for a in parse(text)] == [
        "Weekly Digest", "New cranes arrive at the terminal", "Ferry adds a night crossing"]


def test_teaser_links_are_vocabulary():
    assert teaser_link("W140 Full Story", DEFAULT.teaser_links)
    assert teaser_link("Read more »", DEFAULT.teaser_links)
    assert not teaser_link("Tell me more about the harbour plan", DEFAULT.teaser_links)
    custom = Vocabulary(teaser_links=("Weiterlesen",))
    assert teaser_link("Weiterlesen »", custom.teaser_links) and not teaser_link("Full Story", custom.teaser_links)


def test_digest_intro_with_no_title_goes_to_the_first_item():
    text = ("The following is a selection of this week's stories.\n----------\n"
            "New cranes arrive at the terminal\nROTTERDAM - Two new cranes arrived on Tuesday.\n----------\n"
            "Ferry adds a night crossing\nHULL - The ferry company will add a night crossing.\n")
    assert [a.headline for a in parse(text)] == ["New cranes arrive at the terminal", "Ferry adds a night crossing"]


def test_next_storys_headline_cut_at_the_page_end_is_a_record_with_no_body():
    story = "Council approves plan for the river bank\n\nLISBON, May 3 (Lusa) - " + PARA + "\n\n" + PARA + "\n"
    articles = parse(story + "\n\n\nPort fees stay unchanged for this\n")
    assert [a.headline for a in articles] == ["Council approves plan for the river bank",
                                              "Port fees stay unchanged for this"]
    assert articles[1].body == ()
    # One blank line only: the page's own last line (a footer, a signature) stays with the story.
    assert len(parse(story + "\nPort fees stay unchanged for this\n")) == 1


def test_tag_page_title_is_no_section():
    items = "".join(f"Kurdish party names candidate {n} for the vote\n\nMar. {20 + n}, 2023 10:47 AM EDT\n\n"
                    f"ANKARA, Turkey (AP) — The party said on day {n} that it would field a candidate.\n\n"
                    for n in range(3))
    assert {a.section for a in parse("Latest Ankara News\n\n" + items)} == {None}
    assert {a.section for a in parse("World News\n\n" + items)} == {"World News"}


def test_a_source_name_under_the_next_items_headline_keeps_that_headline():
    text = ("Navy to test new weapons on the corvette\n\nFocus Taiwan\nDate: 2017/06/09\nBy: Tsai Min-hua\n\n"
            "Taipei, June 9 (CNA) The tests will begin next week off the southern port.\n\n"
            "The results will decide whether the shipbuilder can go ahead with a larger order.\n\n"
            "Pension reform opponents vow to keep up protests\n\nTaipei Times\nDate: June 10, 2017\n"
            "By: Lin Yu-ting / Staff reporter\n\n"
            "Groups representing retired civil servants said yesterday they would keep protesting.\n")
    articles = parse(text)
    assert [a.headline for a in articles] == ["Navy to test new weapons on the corvette",
                                              "Pension reform opponents vow to keep up protests"]
    assert articles[1].byline == "Lin Yu-ting" and "Pension" not in " ".join(articles[0].body)


def test_headline_less_stories_split_at_their_bare_datelines():
    story = "SINTRA – " + PARA + "\n\n" + PARA + "\n\n" + PARA + "\n\nThe cause is under investigation. – LUSA\n\n"
    articles = parse(story + "CASCAIS – " + PARA + "\n")
    assert [a.dateline.place for a in articles] == ["SINTRA", "CASCAIS"]
    assert articles[0].body[-1] == "The cause is under investigation. – LUSA" and articles[1].headline is None


def test_a_news_summary_under_its_headline_stays_one_article():
    items = "".join(f"MOSCOW — {PARA}\n\n{PARA}\n\n{PARA}\n\n" for _ in range(3))
    assert len(parse("News summary for March 14\n\nAll the day's headlines\n\n" + items)) == 1


def test_a_story_opening_with_a_place_and_a_dash_in_mixed_case():
    article, = parse(f" date 2019-06-03 Lisbon - {PARA}\n\nThe mayor said it was the first of its kind.\n")
    assert article.dateline.place == "Lisbon" and article.body[0] == PARA
    # Not where the page has another dateline: the grammar's is the story's.
    article, = parse(f"LISBON, May 3 (Lusa) - {PARA}\n\nPorto - {PARA}\n")
    assert article.dateline.place == "LISBON" and article.body[1].startswith("Porto - ")


# --- issue 16.1: a listing cut after a headline, bulleted roundups ---------------------------------

def _tass_items(count: int) -> str:
    return "".join(f"Ferry line number {n} opens for the summer season\n\n"
                   f"KALININGRAD, May {n + 1}. /TASS/: The ferry line number {n} will run twice a day from June, "
                   "the regional transport ministry said on Monday.\n\n" for n in range(count))


def test_a_cut_headline_at_the_end_of_run_on_tass_items_is_a_page_of_its_own():
    # The splitter cuts files of run-on TASS stories at their datelines; the last lone headline
    # used to stay on the last story's page, as its last body paragraph.
    from tasscli.io.splitting import split_text

    pages = split_text(_tass_items(3) + "Bridge over the lagoon to be repaired by autumn\n")
    assert len(pages) == 4
    assert pages[-1].strip() == "Bridge over the lagoon to be repaired by autumn"
    assert [len(a.body) for page in pages for a in parse(page)] == [1, 1, 1, 0]


def test_a_story_page_ending_with_a_headline_like_line_is_not_split_without_run_on_stories():
    from tasscli.io.splitting import split_text

    text = _tass_items(1) + "Bridge over the lagoon to be repaired by autumn\n"
    assert split_text(text) == [text]


def test_a_cut_last_headline_of_a_teaser_listing_is_a_record_with_no_body():
    text = _teasers(3) + "\nTalks on the toll go slowly. Mayor Anna Petrova\n"
    articles = parse(text)
    assert [len(a.body) for a in articles] == [1, 1, 1, 0]
    assert articles[-1].headline == "Talks on the toll go slowly. Mayor Anna Petrova"


def test_a_teaser_listing_ending_with_a_long_paragraph_keeps_it_as_the_last_teaser():
    text = _teasers(3) + "\n" + "The council said more on the plan, " * 6 + "and ended there\n"
    assert [len(a.body) for a in parse(text)] == [1, 1, 2]


def test_bulleted_lines_open_with_a_mark_and_a_space():
    from tasscli.parsing.lines import bulleted

    assert all(bulleted(text) for text in ("◾️ The bank kept its rate", "• Snow closed roads", "- A new line",
                                           "▪ Item", "◾️Glued to its text"))
    assert not any(bulleted(text) for text in ("-5 degrees at night", "\"A quote\"", "©Name", "€ 5 million",
                                               "Plain headline here"))


def test_a_bulleted_roundup_is_one_record_whatever_its_short_bullets():
    bullets = ["◾️ The central bank kept its key rate", "◾️ Snow closed two passes in the south overnight",
               "◾️ A new metro line opened in the capital with five stations",
               "◾️ The space agency put off the cargo launch to May because of the weather, it said."]
    text = "\ufe0fNews Roundup, May 2:\n\nNews Roundup, May 2:\n\n" + "\n\n".join(bullets) + "\n"
    articles = parse(text)
    assert len(articles) == 1
    assert articles[0].lead is None
    assert list(articles[0].body) == bullets


def test_a_page_of_one_html_tag_does_not_raise():
    # The tag cut left an empty header line, whose first word was looked up (an IndexError).
    assert len(parse("<A>")) == 1


def test_links_glued_to_a_listings_teasers_are_cut_and_each_item_is_a_record():
    items = "".join(f"Analysis: Ferry number {n} returns to the lake route\n\n2019-03-1{n} 08:15:02\n\n"
                    f"The ferry number {n} was repaired over the winter and carries cars again. Full Story\n\n"
                    for n in range(1, 4))
    articles = parse(items)
    want = "The ferry number {} was repaired over the winter and carries cars again."
    assert [a.body for a in articles] == [(want.format(n),) for n in range(1, 4)]


def test_one_story_line_ending_with_read_more_keeps_its_sentence_whole():
    # The link glued after the sentence's end is cut (TRAILING_FURNITURE, as on reposts); the
    # sentence itself is kept whole.
    text = ("Ferry returns to the lake route\n\nThe ferry was repaired over the winter and carries cars "
            "again, its owners said. Read more\n\nThe first crossing is on Monday.\n")
    article = parse(text)[0]
    story = " ".join((article.lead or "",) + article.body)
    assert "carries cars again, its owners said." in story and "Read more" not in story


def test_emoji_bullets_are_a_roundups_items_not_listing_headlines():
    bullets = ["▪️ The regional parliament passed a law on school meals for pupils",
               "▪️Two lighthouses will open to tourists this summer, the port said",
               "▪️ A cargo ship ran aground near the harbour and tugs freed it"]
    articles = parse("\ufe0f Briefing, June 9:\n\nBriefing, June 9:\n\n" + "\n\n".join(bullets) + "\n")
    assert len(articles) == 1 and articles[0].lead is None and list(articles[0].body) == bullets


def test_a_roundup_title_ending_in_a_colon_printed_again_over_its_bullets_is_the_headline():
    # A line ending with a colon is no headline ("Мы в соцсетях:"), unless it is the title over the
    # roundup's bullets, maybe printed again between (a stray emoji selector on one copy).
    bullets = ["▪️ The council passed a law on school meals for pupils in the region",
               "▪️ Two lighthouses will open to tourists this summer, the port said"]
    text = "\ufe0f Morning Roundup, June 9:\n\nMorning Roundup, June 9:\n\n" + "\n\n".join(bullets) + "\n"
    article, = parse(text)
    assert article.headline == "\ufe0f Morning Roundup, June 9:" and list(article.body) == bullets


def test_a_title_printed_three_times_is_no_caption():
    title = "MARKETS DIGEST - Nordics - Oct 3"
    text = f"{title}\n\n{title}\n\n{title}\n\nOSLO, Oct 3 (Reuters) - " + PARA + "\n"
    article = parse(text)[0]
    assert article.headline == title and article.captions == () and article.lead is None


def test_a_roundup_decoded_as_windows_1251_gives_the_same_record():
    # ftfy leaves "в–ЄпёЏ" ("▪️" read as Windows-1251) when no other line shows how the page was
    # decoded; the bullets alone are repaired, Cyrillic text and quotes alone are not.
    from tasscli.parsing.mojibake import _symbols_repaired

    text = "Briefing, June 9:\n\n" + "\n\n".join(f"▪️ The council passed law number {n} on school meals"
                                                 for n in range(3)) + "\n"
    broken = text.encode("utf-8").decode("cp1251")
    assert [(a.headline, a.body) for a in parse(broken)] == [(a.headline, a.body) for a in parse(text)]
    assert _symbols_repaired("Президент сказал") is None
    assert _symbols_repaired("В«Yes, we are readyВ»") is None


def test_a_bullet_line_over_a_site_row_stays_in_the_roundup():
    bullets = ["◾️ The council kept its rate", "◾️ Snow closed two passes in the south overnight",
               "◾️ A new metro line opened in the capital", "◾️ The space agency put off the launch to May, it said."]
    text = "News Roundup of the Day, May 2:\n\n" + "\n\n".join(bullets[:2]) + "\n\nHome > World > Europe\n\n" \
        + "\n\n".join(bullets[2:]) + "\n"
    assert list(parse(text)[0].body) == bullets


def test_items_with_a_date_line_and_a_rule_under_their_teasers_split_at_their_headlines():
    # headline / teaser / "Section Mon. D, YYYY" / "-", no blank line: the date lines are no
    # headlines, the rules are furniture, and the last headline, cut, is a record with no body.
    teaser = "The council said the work on the quay would start in the spring and take two years, " * 3
    items = [f"Council approves plan number {n} for the river bank\n{teaser}\nLocal Mar. {n + 1}, 2022\n-\n"
             for n in range(3)]
    articles = parse("Articles by Newsdesk\n" + "".join(items) + "Talks on the bridge toll make little headway\n")
    assert [a.headline for a in articles] == [f"Council approves plan number {n} for the river bank"
                                              for n in range(3)] + ["Talks on the bridge toll make little headway"]
    assert [len(a.body) for a in articles] == [1, 1, 1, 0]
    assert all("-" not in a.body and not any("2022" in p for p in a.body) for a in articles)
