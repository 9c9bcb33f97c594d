"""Table-driven tests of the layout parser on small pages written for each rule."""
import pytest

from tasscli import parse
from tasscli.parsing.datelines import read_dateline

TASS_DATELINES = [
    # (line, place, region, date, agency printed, rest)
    ("WASHINGTON, June 3. /TASS/. Text", "WASHINGTON", None, "June 3", "TASS", "Text"),
    ("KUBINKA /Moscow Region/, August 23. /TASS/. Text", "KUBINKA", "Moscow Region", "August 23", "TASS", "Text"),
    ("UGLEGORSK (Amur Region), December 29. /TASS/. Text", "UGLEGORSK", "Amur Region", "December 29", "TASS",
     "Text"),
    ("CAPE TOWN, South Africa, November 14. /TASS/. Text", "CAPE TOWN", "South Africa", "November 14", "TASS",
     "Text"),
    ("MOSCOW/ANCHORAGE, May 2. /TASS/. Text", "MOSCOW/ANCHORAGE", None, "May 2", "TASS", "Text"),
    ("MOSCOW, March 28./TASS/.The text", "MOSCOW", None, "March 28", "TASS", "The text"),
    ("VLADIVOSTOK, September 8 (Itar-Tass) —— Text", "VLADIVOSTOK", None, "September 8", "Itar-Tass", "Text"),
    ("KRASNODAR , July 15 (Itar-Tass) —— Text", "KRASNODAR", None, "July 15", "Itar-Tass", "Text"),
    ("SEOUL, November 14, 3:45 /ITAR-TASS/. Text", "SEOUL", None, "November 14", "ITAR-TASS", "Text"),
    ("MOSCOW, May 16. /TASS/: Text", "MOSCOW", None, "May 16", "TASS", "Text"),
    ("ST. PETERSBURG, June 19. /TASS/. Text", "ST. PETERSBURG", None, "June 19", "TASS", "Text"),
    ("ROSTOV-ON-DON, March 14. /TASS/. Text", "ROSTOV-ON-DON", None, "March 14", "TASS", "Text"),
]


@pytest.mark.parametrize("line,place,region,day,agency,rest", TASS_DATELINES)
def test_tass_datelines(line, place, region, day, agency, rest):
    found = read_dateline(line)
    assert found is not None, line
    dateline, canonical, tail = found
    assert (dateline.place, dateline.region, dateline.date, dateline.agency) == (place, region, day, agency)
    assert canonical == "TASS"
    assert tail.strip() == rest
    assert line.startswith(dateline.text)


@pytest.mark.parametrize("line", [
    "The minister said on June 3 that talks would go on.",
    "Moscow is ready, June 3 (sources) said",
    # (Not "WASHINGTON, June 3. The talks went on.": a place in capitals and a date open a story
    # with no agency in listings' teasers, "HAVANA, Feb 13. The ...", tests/parsing/test_datelines.py.)
    "WASHINGTON, June 3 was when the talks went on.",
])
def test_not_datelines(line):
    assert read_dateline(line) is None


def one(text):
    articles = parse(text, "t.txt")
    assert len(articles) == 1
    return articles[0]


STORY = ("MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday, "
         "the mayor's office said.\n\n"
         "Work on the embankment is due to start in the autumn and last about two years, officials added.")


def test_full_header():
    page = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\n"
            "Society & Culture\nJune 03, 19:06 UTC+3\n\nThe park will open in two years\n\n"
            "© Ivan Petrov/TASS\n\n" + STORY)
    article = one(page)
    assert article.headline == "City approves riverside park plan"
    assert article.section == "Society & Culture"
    assert article.lead == "The park will open in two years"
    assert article.published == "2017-06-03T19:06:00+03:00"
    assert article.published_text == "June 03, 19:06 UTC+3"
    assert article.credits == ("Ivan Petrov/TASS",)
    assert article.body[0].startswith("The city council approved")
    assert len(article.body) == 2
    assert article.agency == "TASS"


CREDITS_AND_CAPTIONS = [
    # (header lines between lead and story, credits, captions, why)
    ("A crane on the bank Ivan Petrov/TASS\nA crane on the bank\n© Ivan Petrov/TASS",
     ("Ivan Petrov/TASS",), ("A crane on the bank",), "caption glued to its credit, then alone"),
    ("A crane on the bank\n\nA crane on the bank\n\n© Ivan Petrov/TASS",
     ("Ivan Petrov/TASS",), ("A crane on the bank",), "caption printed twice"),
    ("© AP Photo/Jane Doe", ("AP Photo/Jane Doe",), (), "credit with no caption"),
    ("(C) ITAR-TASS/Ivan Petrov", ("ITAR-TASS/Ivan Petrov",), (), "(C) form"),
    ("© Press service of the city council/TASS\n© Press service of the city council/TASS",
     ("Press service of the city council/TASS",), (), "a credit printed twice in a row is one"),
    ("\nA crane on the bank\n© Ivan Petrov/TASS", ("Ivan Petrov/TASS",), ("A crane on the bank",),
     "caption printed once right over its credit, under headline and lead"),
]


def test_a_caption_over_its_credit_inside_the_story():
    first, second = STORY.split("\n\n")
    page = ("All news\n\nCity approves riverside park plan\n\nThe park will open in two years\n\n"
            f"{first}\n\nThe riverside park as the architects see it\n© Press service of the city council\n\n{second}")
    article = one(page)
    assert article.captions == ("The riverside park as the architects see it",)
    assert article.credits == ("Press service of the city council",)
    assert len(article.body) == 2


@pytest.mark.parametrize("lines,credits,captions,why", CREDITS_AND_CAPTIONS)
def test_credits_and_captions(lines, credits, captions, why):
    page = "All news\n\nCity approves riverside park plan\n\nThe park will open in two years\n" + lines + "\n\n" + STORY
    article = one(page)
    assert article.credits == credits, why
    assert article.captions == captions, why
    assert article.lead == "The park will open in two years", why
    assert len(article.body) == 2, why


def test_latest_news_list_is_furniture():
    items = "\n".join(f"Story number {n} about something elseWorld June 03, 1{n}:00" for n in range(5))
    article = one(" date 2017-06-03 " + items + "\n{{element.title}}{{element.heading}} {{element.date}}\n"
                  + STORY.replace("\n\n", "\n"))
    assert article.headline is None
    assert article.published == "2017-06-03"
    assert len(article.body) == 2


def test_single_glued_header_about_the_story_is_the_header():
    page = " date 2017-06-03 Moscow council approves riverside park planSociety & Culture June 03, 12:18\n" + STORY
    article = one(page)
    assert article.headline == "Moscow council approves riverside park plan"
    assert article.section == "Society & Culture"
    assert article.published == "2017-06-03T12:18:00+03:00"


def test_single_glued_header_about_another_story_is_furniture():
    page = " date 2017-06-03 Submarine fleet tests torpedo systemMilitary & Defense June 03, 12:18\n" + STORY
    article = one(page)
    assert article.headline is None and article.section is None
    assert article.published == "2017-06-03"


def test_quote_above_dateline_is_body():
    quote = '"We have waited for this park for ten years, and now it will finally be built," a resident said.'
    article = one(quote + "\n\n" + STORY)
    assert article.headline is None
    assert article.body[0] == quote
    assert article.dateline.place == "MOSCOW"


def test_read_also_and_tags_are_dropped():
    page = (STORY + "\n\nRead also\nA view of the river\n\nRiver cruises to start earlier this year\n\n"
            "The council will vote on the budget next month, its speaker said.\n\nTags\nMoscowParks")
    article = one(page)
    assert len(article.body) == 3
    assert not any("River cruises" in p or "Tags" in p for p in article.body)


def test_single_line_breaks_make_paragraphs():
    article = one(STORY.replace("\n\n", "\n") + "\nA third paragraph ends here.")
    assert len(article.body) == 3


def test_hard_wrapped_block_is_one_paragraph():
    wrapped = ("MOSCOW, June 3. /TASS/. The city council approved a new plan for the\n"
               "riverside park on Tuesday, and the mayor's office said that work on\n"
               "the embankment is due to start in the autumn and last about two\n"
               "years, officials added.")
    article = one(wrapped)
    assert len(article.body) == 1
    assert article.body[0].startswith("The city council approved a new plan for the riverside park")


def test_article_photo_placeholder_is_cut():
    article = one(STORY + "\n\n{article_photo:123} The park will have a skating rink, the mayor said.")
    assert article.body[-1] == "The park will have a skating rink, the mayor said."


def test_no_year_gives_no_published():
    article = one("All news\n\nCity approves park\n\nLead words here\n\n" + STORY)
    assert article.published is None


def test_dateline_day_differing_from_prefix_is_a_warning_not_a_change():
    article = one(" date 2017-06-04 " + STORY)
    assert article.published == "2017-06-04"
    assert any("differs from dateline" in w for w in article.warnings)


def test_every_nonblank_line_gets_one_role():
    page = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\n"
            "Society & Culture\nJune 03, 19:06 UTC+3\n\nThe park will open in two years\n\n"
            "A crane Ivan Petrov/TASS\nA crane\n© Ivan Petrov/TASS\n\n" + STORY + "\n\nTags\nMoscow")
    article = one(page)
    numbers = [role.number for role in article.lines]
    expected = [n for n, line in enumerate(page.split("\n"), 1) if line.strip()]
    assert sorted(numbers) == expected


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " date 2017-06-03", "\x00\x01", "All news"])
def test_degenerate_pages(text):
    articles = parse(text)
    assert len(articles) == 1
    assert articles[0].body == () or all(articles[0].body)


def test_one_sentence_under_a_headline_is_the_lead_unless_a_quote():
    page = ("Port plan approved\n\nThe city council approved the new port plan for the river bank on Tuesday, "
            "the mayor said.\n\n" + STORY)
    article = one(page)
    assert article.lead.startswith("The city council approved the new port plan")
    quoted = page.replace("The city council approved the new port", '"The city council approved the new port')
    assert one(quoted).lead is None


@pytest.mark.parametrize("insert", ["READ MORE: Riverside residents ask for a new footbridge",
                                    "Read also: Riverside residents ask for a new footbridge",
                                    "See also: Riverside residents ask for a new footbridge"])
def test_a_related_headline_glued_to_its_marker_is_dropped(insert):
    first, second = STORY.split("\n\n")
    page = f"All news\n\nCity approves riverside park plan\n\n{first}\n\n{insert}\n\n{second}"
    article = one(page)
    assert len(article.body) == 2
    assert not any("footbridge" in paragraph for paragraph in article.body)
