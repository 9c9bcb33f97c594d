"""TASS page families that broke on pages the parser had never seen (issues 15 and 16), each tested on
small pages written for it: the rule, and the nearest case the rule must leave alone."""
from tasscli import parse

HEADER = ("All news\n\nRiver port opens a new grain terminal after two years of work\n\n"
          "May 12, 2014, 11:05 UTC+4\n\n"
          "The terminal can load up to four ships at once, the port's director says\n\n")
STORY = ("ROSTOV-ON-DON, May 12 (Itar-Tass) - The new grain terminal at the river port began work on "
         "Monday, the port authority said.\n\n"
         "The first ship to load there will carry wheat to Turkey, officials added.\n")


def one(text):
    articles = parse(text, "t.txt")
    assert len(articles) == 1
    return articles[0]


def test_credit_printed_twice_with_a_blank_line_between_is_one():
    page = HEADER + "Photo ITAR-TASS/ Anna Petrova\n\nPhoto ITAR-TASS/ Anna Petrova\n\n" + STORY
    article = one(page)
    assert article.credits == ("ITAR-TASS/ Anna Petrova",)
    assert len(article.body) == 2


def test_credit_printed_twice_on_consecutive_lines_is_one():
    article = one(HEADER + "Photo ITAR-TASS/ Anna Petrova\nPhoto ITAR-TASS/ Anna Petrova\n\n" + STORY)
    assert article.credits == ("ITAR-TASS/ Anna Petrova",)


def test_two_photos_with_one_credit_keep_both():
    page = (HEADER + "The terminal's loading gallery\n© Anna Petrova/TASS\n\n"
            "Grain trucks wait at the gate\n© Anna Petrova/TASS\n\n" + STORY)
    article = one(page)
    assert article.credits == ("Anna Petrova/TASS", "Anna Petrova/TASS")


GALLERY_HEADER = ("Winter fair opens on the central square\n\nSociety & Culture\nDecember 20, 12:00 UTC+3\n\n"
                  "Craftsmen from forty regions bring their goods to the capital\n\n")


def test_gallery_captions_printed_three_times_each_once_page_cut_in_the_last():
    page = GALLERY_HEADER + (
        "A potter shapes a jug at his stall in front of the old town hall\n" * 3
        + "© Ivan Sidorov/TASS\n"
        + "Children ride a carousel decorated with painted wooden horses\n" * 3
        + "© Ivan Sidorov/TASS\n"
        + "Visitors queue for hot tea served from a giant brass samovar\n" * 2
        + "Visitors queue for hot tea served\n")
    article = one(page)
    assert article.captions == (
        "A potter shapes a jug at his stall in front of the old town hall",
        "Children ride a carousel decorated with painted wooden horses",
        "Visitors queue for hot tea served from a giant brass samovar")
    assert article.credits == ("Ivan Sidorov/TASS", "Ivan Sidorov/TASS")
    assert article.body == ()


def test_gallery_inside_the_story():
    page = HEADER + STORY + "\n" + ("The new berth seen from the river at dawn\n" * 3 + "© Ivan Sidorov/TASS\n\n"
                                    "Work on a second berth is to start next spring.\n")
    article = one(page)
    assert article.captions == ("The new berth seen from the river at dawn",)
    assert article.credits == ("Ivan Sidorov/TASS",)
    assert article.body[-1] == "Work on a second berth is to start next spring."
    assert len(article.body) == 3


def test_a_paragraph_printed_twice_in_the_story_counts_twice():
    doubled = "Grain exports through the port doubled in the last five years, the director said.\n\n"
    article = one(HEADER + STORY + "\n" + doubled * 2)
    assert article.body[-2:] == (doubled.strip(), doubled.strip())
    assert article.captions == ()


def test_infographic_block_in_the_story_gives_caption_and_credit():
    page = HEADER + STORY + (
        "\nInfographics Grain exports by port\n\nGrain exports by port\n\n"
        "Exports through the river ports of the south in 2013. Infographics by ITAR-TASS\n"
        "The port plans to double its capacity by 2016.\n")
    article = one(page)
    assert article.captions == ("Grain exports by port", "Exports through the river ports of the south in 2013.")
    assert article.credits == ("ITAR-TASS",)
    assert article.body[-1] == "The port plans to double its capacity by 2016."
    assert not any("Infographic" in paragraph for paragraph in article.body)


def test_infographic_title_printed_twice_on_its_label_line_in_the_header():
    page = (HEADER + "Material has 1 page\n00:00 / 00:45\nHD .mp4 High quality\n\n"
            "Infographics River ports of Russia River ports of Russia\n"
            "The largest river ports by cargo handled in 2013. Infographics by ITAR-TASS\n" + STORY)
    article = one(page)
    assert article.captions == ("River ports of Russia", "The largest river ports by cargo handled in 2013.")
    assert article.credits == ("ITAR-TASS",)
    assert article.warnings == ()  # the player's controls and the page count are the site's
    assert article.dateline is not None and article.dateline.place == "ROSTOV-ON-DON"


def test_infographics_by_alone_is_a_credit_and_a_sentence_mentioning_it_is_not():
    article = one(HEADER + STORY + "\nInfographics by TASS\n\n"
                  "The map was drawn by a team that prepared infographics by hand for the agency in 1990.\n")
    assert article.credits == ("TASS",)
    assert article.body[-1].startswith("The map was drawn")


def test_reporter_for_the_agency_inside_the_dateline_marks():
    page = HEADER.replace("All news\n\n", "") + STORY.replace(
        "ROSTOV-ON-DON, May 12 (Itar-Tass) -", "ROSTOV-ON-DON, May 12. /Olga Smirnova for ITAR-TASS/.")
    article = one(page)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "ROSTOV-ON-DON", "May 12", "ITAR-TASS")
    assert article.body[0].startswith("The new grain terminal")


def test_template_junk_cut_with_the_page_is_not_a_paragraph():
    article = one(HEADER + STORY + "\n{{item.group_date}}\n{{item.s\n")
    assert article.body[-1] == "The first ship to load there will carry wheat to Turkey, officials added."
    assert len(article.body) == 2


def test_braces_inside_the_text_stay_the_story():
    article = one(HEADER + STORY + "\nThe port's web page showed {{ and nothing else for an hour on Monday.\n")
    assert article.body[-1].startswith("The port's web page showed {{")


def test_story_going_on_after_a_related_headline_is_kept_however_it_ends():
    cut = ("Officials said the terminal would also handle sunflower meal and barley from the next season, and "
           "that talks with two more exporters were under way, though no contract had been signed so far and the "
           "port was still wait")
    page = HEADER + STORY + "\nRead also\nRussia's grain exports set a record in the last season\n\n" + cut + "\n"
    article = one(page)
    assert article.body[-1] == cut
    assert not any("grain exports set a record" in paragraph for paragraph in article.body)


def test_related_headline_in_its_own_block_after_the_marker_is_dropped():
    page = HEADER + STORY + ("\nRead also\nGrain on a conveyor belt\n\n"
                             "Russia's grain exports set a record last season\n\n"
                             "The terminal employs about 300 people.\n")
    article = one(page)
    assert article.body[-1] == "The terminal employs about 300 people."
    assert len(article.body) == 3


CARD = ("Arctic shipping season opens two weeks early this year\n\n"
        "The first convoy left Murmansk for the east on Monday, the route's operator said\n")


def test_category_label_over_a_card_is_its_section():
    article = one("News in English\n\n" + CARD + "\nЧитайте на some-site.net\n")
    assert article.section == "News in English"
    assert article.body == ()
    assert article.headline == CARD.split("\n")[0]


def test_a_topic_title_naming_the_story_is_no_section():
    # A heading whose word the story's headline-like lines repeat is a topic page's title.
    page = ("Arctic News\n\nArctic convoy leaves Murmansk\n\nArctic route opens early\n\n"
            "MOSCOW, June 3. /TASS/. The first convoy of the season left Murmansk on Monday, the operator said.\n")
    assert all(article.section is None for article in parse(page, "t.txt"))


def test_a_standfirst_printed_twice_under_the_headline_is_the_lead():
    headline, lead = CARD.strip().split("\n\n")
    article = one(f"{headline}\n{lead}\n{lead}\n")
    assert (article.headline, article.lead, article.captions) == (headline, lead, ())


def test_a_caption_printed_twice_under_the_lead_stays_a_caption():
    headline, lead = CARD.strip().split("\n\n")
    article = one(f"{headline}\n{lead}\nIce off the Kola coast\nIce off the Kola coast\n")
    assert article.lead == lead
    assert article.captions == ("Ice off the Kola coast",)


def test_a_card_whose_headline_asks_a_question_is_one_record():
    headline, lead = CARD.strip().split("\n\n")
    articles = parse(f"News in English\n\n{headline}?\n\n{lead}\n", "t.txt")
    assert [(a.headline, a.lead, a.section) for a in articles] == [(headline + "?", lead, "News in English")]
