"""Lines a site never seen prints around a story (issue 16.3): reader footers, source link labels,
an agency's bare source line, page-view counters, site notices, weather widgets (furniture); a
category label over the headline (the section)."""
from __future__ import annotations

import pytest

from tasscli.parsing.parser import parse
from tasscli.vocab import Vocabulary

STORY = ("Storm closes ferry routes for a second day\n\n"
         "GOTHENBURG – Ferries between the mainland and the islands stayed in port on Sunday.\n\n"
         "The coast guard said waves of up to eight metres had been measured overnight.\n")


@pytest.mark.parametrize("tail", [
    "Newspapers in English\n\nNewspapers from Sweden\n",
    "Source\n",
    "PAP\n",
    "PAP\nPageviews this month:\n1,204\n",
])
def test_closing_furniture_leaves_the_body(tail):
    article, = parse(STORY + "\n" + tail)
    assert len(article.body) == 2 and article.body[-1].startswith("The coast guard")


def test_a_short_last_paragraph_of_the_story_stays():
    article, = parse(STORY + "\nThe ferries sail again today.\n")
    assert article.body[-1] == "The ferries sail again today."


@pytest.mark.parametrize("notice", [
    "Sorry this entry isn’t available in the selected language",
    "Sorry, you need to enable JavaScript to visit this website.",
])
def test_site_notice_is_no_lead(notice):
    text = STORY.replace("\n\nGOTHENBURG", f"\n\n{notice}\n\nGOTHENBURG")
    article, = parse(text)
    assert article.lead is None and notice not in article.body


WIDGET = "Wed 4 March 2026\nLisboa (PT)\n18/11°C\nThu\n|\nFri\n|\n19 |\nWed 4 March 2026\nPorto (PT)\n16/9°C\nThu\n|\n"


def test_weather_widget_dates_and_names_are_not_the_articles():
    article, = parse("\n" + WIDGET + "\n\nNovember 12th, 2019\n" + STORY.split("\n\n", 1)[1])
    assert article.published == "2019-11-12"
    assert article.headline is None


def test_a_temperature_in_the_story_is_no_widget():
    article, = parse(STORY + "\nIt was 4°C.\n")
    assert article.body[-1] == "It was 4°C."


def test_widget_patterns_are_vocabulary():
    article, = parse("\n" + WIDGET + "\n\nNovember 12th, 2019\n" + STORY.split("\n\n", 1)[1],
                     vocab=Vocabulary(widget_patterns=()))
    assert article.published != "2019-11-12"


STORY_UNDER = ("Portuguese and Moroccan ministers discuss fishing rights\n\nBy Ana Ferreira\n\n"
               "RABAT, March 8 (Lusa) — The fisheries ministers met on Tuesday.\n")


@pytest.mark.parametrize("label, section", [
    ("Foreign Affairs and Defence", "Foreign Affairs and Defence"),
    ("Reader Services", None),  # three words or fewer: the site's, as a menu item the tables lack
    ("Page Three", "Page Three"),  # a newspaper's page, a category word (`category_words`)
    ("Moroccan Kingdom", "Moroccan Kingdom"),  # short, but a topic the headline names: a blog's category
    ("Moroccan news", None),  # a topic label's words are each capitalised
    ("English Edition", None),
    ("The Milwaukee Journal Sentinel", None),  # the publication's name
    ("Latest Fishing Harbour News", None),  # a topic page's title
    ("Lisbon Porto Lisbon Faro", None),  # a list of tags
    ("Read the full story here.", None),  # no label's shape
])
def test_category_label_alone_over_the_headline_is_the_section(label, section):
    article, = parse(f"{label}\n\n{STORY_UNDER}")
    assert article.section == section
    if section is not None or len(label.split()) <= 3:
        assert article.headline == "Portuguese and Moroccan ministers discuss fishing rights"


def test_a_site_line_between_label_and_headline_changes_nothing():
    article, = parse("Foreign Affairs and Defence\n\nHome\n\n" + STORY_UNDER)
    assert article.section == "Foreign Affairs and Defence"


def test_a_label_over_a_headline_with_no_header_under_it_is_no_section():
    # A site's menu line over a line it takes for a headline, with no byline, date or dateline under.
    text = ("Subscription and demo access\n\nAbout the agency and its services\n\n"
            "You can ask for a demo version of our publications by filling in the form below.\n")
    assert parse(text)[0].section is None


def test_publication_words_are_vocabulary():
    article, = parse(f"The Harbour Evening Courier\n\n{STORY_UNDER}", vocab=Vocabulary(publication_words=frozenset()))
    assert article.section == "The Harbour Evening Courier"


# Issue 16.3: furniture over the headline, by line shape (a field label and its short value, a
# postal address placeholder, an advert line, an agency's source line, a monitoring service's notes).
HEADLINE = "Ministers agree on a new river transport plan"
DATELINE_STORY = ("TASHKENT, May 12 (Itar-Tass) - The transport ministers agreed on Tuesday to build two ports.\n\n"
                  "The first port should open in three years.\n")


@pytest.mark.parametrize("over", [
    "ID :\n884211\nShortlink :\nhttp://m.example-news.org//node/884211\n",
    "Physical Address\n\n123 Maple Grove St.\nSpringfield Center, IL 62701\n",
    "Garden Gnome Deluxe Edition - Buy it Here!\n",
    "XNA - Xanadu National News Agency\n",
    "Harbour News Agency, Norway\n",
    "Text of report by independent Austrian news agency XYZ on 5 May\n",
])
def test_furniture_over_the_headline_is_neither_headline_nor_lead(over):
    article, = parse(f"{over}\n{HEADLINE}\n\n{DATELINE_STORY}")
    assert article.headline == HEADLINE
    assert article.lead is None
    assert over.split("\n")[0] not in " ".join(article.body)


def test_a_field_label_needs_the_space_before_its_colon():
    # "Photo: AFP" is a credit, not a CMS field label.
    article, = parse(f"{HEADLINE}\n\nPhoto: AFP\n\n{DATELINE_STORY}")
    assert list(article.credits) == ["AFP"]


def test_a_monitoring_source_line_under_the_story_is_no_body():
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\nOriginally published by XYZ news agency, Vienna, "
                     "in German 1012 05 May 11.\n")
    assert list(article.body) == ["The transport ministers agreed on Tuesday to build two ports.",
                                  "The first port should open in three years."]


def test_a_title_case_label_with_its_abbreviation_over_the_headline_is_the_section():
    article, = parse(f"Energy Security and Nuclear Power (ENP)\n\n{HEADLINE}\n\n{DATELINE_STORY}")
    assert article.section == "Energy Security and Nuclear Power (ENP)"
    assert article.headline == HEADLINE


def test_a_label_under_an_advert_line_is_still_the_section():
    article, = parse(f"Garden Gnome Deluxe Edition - Buy it Here!\n\nEnergy Security and Nuclear Power\n\n"
                     f"{HEADLINE}\n\n{DATELINE_STORY}")
    assert article.section == "Energy Security and Nuclear Power"


@pytest.mark.parametrize("line, published", [
    ("Source: Xinhua | 05-14-2010 09:40", "2010-05-14T09:40:00"),
    ("Source: Some Agency | 2010-05-14 09:40", "2010-05-14T09:40:00"),
    ("14.05.2010 - Update : 15.05.2010", "2010-05-14"),
    ("[May 14, 2010]", "2010-05-14"),
])
def test_a_date_line_in_a_sites_wrapping_gives_published(line, published):
    story = DATELINE_STORY.replace("TASHKENT, May 12 (Itar-Tass) -", "CAIRO, May 13 (Xinhua) --")
    article, = parse(f"{HEADLINE}\n{line}\n{story}")
    assert article.published == published
    assert line not in article.body


PHOTO_STORY = ("Cargo ship docks at the space station\n\n10:20, 3 May 2025\n\n"
               "The unmanned cargo ship docked with the station at 09:58 after a two-day flight from the launch site, "
               "the national space agency reports.\n\n"
               "launch\nPhoto credit: Screenshot from broadcast\n\nIt brought food and fuel.\n\n"
               "launch\nScreenshot from broadcast\n\nThe crew will unload the ship next week.\n")


def test_a_credit_printed_again_without_its_label_is_the_second_photos():
    article, = parse(PHOTO_STORY)
    assert list(article.credits) == ["Screenshot from broadcast", "Screenshot from broadcast"]
    assert list(article.captions) == ["launch"]
    assert list(article.body)[1:] == ["It brought food and fuel.", "The crew will unload the ship next week."]


def test_a_paragraph_that_repeats_a_credit_inside_a_longer_block_stays_body():
    text = PHOTO_STORY.replace("launch\nScreenshot from broadcast\n", "Then we saw\nmore\nScreenshot from broadcast\n")
    article, = parse(text)
    assert "Screenshot from broadcast" in article.body


def test_a_caption_credit_followed_by_a_portals_bar_is_a_credit():
    story = DATELINE_STORY.replace("TASHKENT, May 12 (Itar-Tass) -", "CAIRO, May 13 (Xinhua) --")
    article, = parse(f"{HEADLINE}\n\n{story}\nThe ministers shake hands in Cairo on May 13. (Xinhua/Ahmed Ali) |\n")
    assert list(article.credits) == ["Xinhua/Ahmed Ali"]
    assert list(article.captions) == ["The ministers shake hands in Cairo on May 13."]


def test_xinhuas_editor_mark_closes_the_story():
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\n[ Editor: Li Ming ]\n\nView all\n\n"
                     "Comments are filtered for language and registration is not required. The portal makes no "
                     "guarantee of comments' factual accuracy. By posting your comment you agree to our rules.\n")
    assert list(article.body) == ["The transport ministers agreed on Tuesday to build two ports.",
                                  "The first port should open in three years."]


@pytest.mark.parametrize("page, section", [
    # over an empty byline and a time line, in one block
    (f"State News\nBy\nPublished 7:12 AM\n\n{HEADLINE}\n\n{DATELINE_STORY}", "State News"),
    # over the headline and its source-and-time line, in one block
    (f"Asia\n{HEADLINE}\nSource: Xinhua | 05-14-2010 09:40\n{DATELINE_STORY}", "Asia"),
    # over a headline with no header line under it in the block: no label
    (f"Asia\n{HEADLINE}\n\n{DATELINE_STORY}", None),
])
def test_a_short_label_stacked_over_the_header_is_the_section(page, section):
    article, = parse(page)
    assert article.section == section
    assert article.headline == HEADLINE


def test_a_line_over_every_items_date_is_a_placeholder_not_a_section():
    item = "No image available\n/ 11 February 2008\n\n{h}\n\nFarmers planted poppy again, officials said on Monday.\n\n"
    records = parse(item.format(h="Farmers turn back to poppy as prices soar")
                    + item.format(h="Governor offers talks with local leaders"))
    assert all(record.section is None for record in records)


def test_a_hashtag_block_one_tag_a_line_ends_the_story():
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\n#River towns\n#Bridges\n#Interior ministry\n")
    assert list(article.body) == ["The transport ministers agreed on Tuesday to build two ports.",
                                  "The first port should open in three years."]


def test_one_hashtag_alone_is_no_tag_block():
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\n#1 in the region\n")
    assert article.body[-1] == "#1 in the region"


UNDATED_STORY = ("The spokesman on Thursday denied newspaper reports about the meeting of the friendship group.\n\n"
                 "The meeting dealt with trade, the spokesman said.\n")


def test_a_place_in_capitals_alone_over_the_first_paragraph_is_the_dateline():
    article, = parse(f"{HEADLINE}\n\n14.03.2013 - Update : 14.03.2013\n\nANKARA\n\n{UNDATED_STORY}")
    assert article.dateline is not None and article.dateline.place == "ANKARA"
    assert article.dateline.agency is None
    assert article.body[0].startswith("The spokesman on Thursday")


def test_a_label_in_capitals_over_the_headline_is_no_dateline():
    article, = parse(f"WORLD\n\n{HEADLINE}\n\n{UNDATED_STORY}")
    assert article.dateline is None


def test_a_sites_name_in_capitals_set_under_the_headline_is_no_dateline():
    # Found merging issue 16's branches: the site's name right under the headline, in its block,
    # was read as a bare place.
    article, = parse(f"{HEADLINE}\nNEWSDESK\n\n{UNDATED_STORY}")
    assert article.dateline is None
    assert article.body[0].startswith("The spokesman on Thursday")


def test_the_first_copy_of_a_headline_printed_again_under_the_date_line_is_the_headline():
    standfirst = "- The spokesman says the reports were never true and asks the press to disregard them."
    article, = parse(f"{HEADLINE}\n\n{standfirst}\n\n14.03.2013 - Update : 14.03.2013\n{HEADLINE}\n\n"
                     f"ANKARA\n\n{UNDATED_STORY}")
    assert article.headline == HEADLINE
    assert article.lead == standfirst
    assert article.published == "2013-03-14"
    assert HEADLINE not in article.body


def test_a_desk_email_under_the_story_ends_it():
    notice = ("The agency's website carries only part of the stories offered to its subscribers, in a shortened "
              "form. Please write to us about subscriptions.")
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\ndesk@agency-example.com\n\n{notice}\nRelated topics\n")
    assert list(article.body) == ["The transport ministers agreed on Tuesday to build two ports.",
                                  "The first port should open in three years."]


def test_a_label_between_marks_stacked_over_headline_and_dateline_is_the_section():
    article, = parse(". Water Science News .\nDrought forces farmers to sell their herds\n"
                     "LUSAKA, Mar 2 (AFP) Mar 2, 2006\n"
                     "Farmers began selling their cattle, officials said on Thursday.\n")
    # (The normalizer closes the space before the last mark.)
    assert article.section is not None and article.section.startswith(". Water Science News")
    assert article.headline == "Drought forces farmers to sell their herds"


def test_a_speaker_and_colon_under_the_headline_is_no_dateline():
    article, = parse(f"{HEADLINE}\n\nPutin: We will build the ports together with our partners, he told reporters.\n")
    assert article.dateline is None


@pytest.mark.parametrize("line, published, section", [
    ("12 minutes 5 seconds ago March 5, 2018 Mar 5, 2018 Monday, March 5 2018 March 5, 2018 9:40 AM in News",
     "2018-03-05T09:40:00", "News"),
    ("2 hours ago March 5, 2018 Mar 5, 2018 March 5, 2018 9:40 AM", "2018-03-05T09:40:00", None),
])
def test_a_time_widget_printing_several_forms_gives_time_and_section(line, published, section):
    article, = parse(f"Weather Pics\nFollow our weather team on social media\n\n{HEADLINE}\n\n{line}\n\n"
                     "JOPLIN – A tanker truck overturned on a highway on Monday, police said.\n")
    assert article.headline == HEADLINE
    assert article.published == published
    assert article.section == section


def test_a_sites_channel_promo_among_the_paragraphs_is_no_body():
    promo = "For the latest headlines, follow our Example News channel online or via the app."
    article, = parse(f"{HEADLINE}\n\n{DATELINE_STORY}\n{promo}\n\nThe ports will be built with loans.\n")
    assert promo not in article.body
    assert article.body[-1] == "The ports will be built with loans."


def test_a_bulleted_contact_line_over_the_headline_is_furniture():
    article, = parse(f"  • 555-201-7788 | news@radio-example.com | Text line: 555-201-9900\n\n{HEADLINE}\n\n"
                     f"{DATELINE_STORY}")
    assert article.headline == HEADLINE
    assert article.lead is None


def test_a_bulleted_listing_headline_stays_a_headline():
    # No phone number or e-mail address among its parts: a listing's headline, not a contact line.
    article = parse(f"• Ministers agree on a new river transport plan | Asia\n\n{DATELINE_STORY}")[0]
    assert article.headline is not None and article.headline.startswith("Ministers agree")


def test_the_headline_printed_again_with_a_few_words_glued_is_dropped():
    article, = parse(f"{HEADLINE}\n\n{HEADLINE} 150 150 admin\n\n{DATELINE_STORY}")
    assert article.headline == HEADLINE
    assert article.lead is None


def test_a_headline_and_a_longer_standfirst_opening_with_it_are_both_kept():
    standfirst = f"{HEADLINE} to cut the cost of shipping grain to the sea."
    article, = parse(f"{HEADLINE}\n\n{standfirst}\n\n{DATELINE_STORY}")
    assert article.lead == standfirst


def test_a_category_heading_under_the_sites_furniture_is_the_section():
    article, = parse(f"Error\n\nBusiness\n\n{HEADLINE}\n\nBy Jane Doe\n\n{DATELINE_STORY}")
    assert article.section == "Business"
    assert article.headline == HEADLINE
