"""Agency copy reposted on other sites (issue 16): the lines a reposting site's template prints around
the story, by shape and position, each tested on small pages written for it: the rule, and the
nearest case the rule must leave alone."""
import pytest

from tasscli import parse

HEADLINE = "Ferry link to Sakhalin resumes after its winter pause\n\n"
STANDFIRST = "Two ferries will run the route three times a week until October, the operator says\n\n"
STORY = ("KHOLMSK, April 12. /TASS/. The ferry link between the port of Vanino and Kholmsk resumed on "
         "Friday after a three-month pause for ice, the operator told reporters.\n\n"
         "The first crossing carried forty lorries and a hundred and twenty passengers, he added.\n")
LEAD = STANDFIRST.strip()


def one(text):
    articles = parse(text, "t.txt")
    assert len(articles) == 1, [a.headline for a in articles]
    return articles[0]


# --- a reposting site's disclaimer line, over or under the story -------------------------------

DISCLAIMERS = [
    "Disclaimer: the agency's copy is printed as received and does not reflect this site's views.",
    "DISCLAIMER: This story was published from a wire feed without editing.",
    "Disclaimer - Views expressed in this article are those of the news agency.",
]


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
def test_disclaimer_between_headline_and_standfirst_is_furniture(disclaimer):
    article = one(HEADLINE + disclaimer + "\n\n" + STANDFIRST + STORY)
    assert article.lead == LEAD
    assert len(article.body) == 2
    assert not any("isclaimer" in p or "ISCLAIMER" in p for p in article.body)


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
def test_disclaimer_over_a_card_with_no_story_leaves_the_standfirst_the_lead(disclaimer):
    article = one(HEADLINE + disclaimer + "\n\n" + STANDFIRST + "https://example-agency.test/society/100200\n")
    assert article.lead == LEAD
    assert article.body == ()


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
def test_disclaimer_under_the_story_is_furniture(disclaimer):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + disclaimer + "\n")
    assert len(article.body) == 2


def test_a_story_paragraph_about_a_disclaimer_stays():
    text = "The company added a disclaimer to its forecast: demand may fall if the winter is mild, it said."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- links to the full story glued to a teaser or printed on a line of their own -----------------

@pytest.mark.parametrize("link", [" …read more", " ...Read More", " Continue reading", " Continue reading →",
                                  " [Continue reading]"])
def test_read_more_glued_to_a_cards_teaser_is_cut_from_the_lead(link):
    teaser = "Two ferries will run the route three times a week until October, the operator said."
    article = one(HEADLINE + teaser + link + "\n\nSource: Example Wire\n")
    assert article.lead == teaser
    assert article.body == ()


@pytest.mark.parametrize("link", ["Continue reading", "Continue reading →", "Continue Reading »",
                                  "Continue reading...", "[Continue reading]"])
def test_continue_reading_line_under_the_story_is_furniture(link):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + link + "\n")
    assert len(article.body) == 2


def test_continue_reading_glued_to_the_last_paragraph_is_cut():
    article = one(HEADLINE + STANDFIRST + STORY.rstrip("\n") + " Continue reading\n")
    assert article.body[-1].endswith("he added.")


def test_continue_reading_inside_a_sentence_stays():
    text = "Crews will continue reading the ice charts daily until the season ends, the operator said."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- a comment form under the story ------------------------------------------------------------

@pytest.mark.parametrize("form", [
    "Leave a Reply",
    "Leave a Reply\nCancel reply",
    "Leave a Comment\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n"
    "Name *\nEmail *\nWebsite\n\nPost Comment",
    "Leave a reply\n\nCancel reply\n\nName *\n\nEmail *",
    "No comments\n\nPost a Comment",
])
def test_comment_form_under_the_story_is_furniture(form):
    article = one(HEADLINE + STANDFIRST + STORY + "\n\n" + form + "\n")
    assert len(article.body) == 2, article.body


def test_a_paragraph_on_replies_stays():
    text = "Residents were asked to leave a reply to the survey by May, the city said."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- the reposting site's byline naming the agency, over the standfirst ------------------------

# ("Anna Petrova, TASS" alone on its line has the shape of a dateline with no date, "Nizhny Novgorod,
# TASS", and is read as one: not a byline shape this rule can claim.)
@pytest.mark.parametrize("byline", ["Posted by Anna Petrova | TASS", "Anna Petrova | TASS", "Anna Petrova - TASS",
                                    "Posted by Anna Petrova", "Anna Petrova / ITAR-TASS",
                                    "Oleg Ivanov and Anna Petrova, TASS", "Maria Lopez | Reuters"])
def test_byline_naming_the_agency_over_the_standfirst_is_no_lead(byline):
    article = one(HEADLINE + byline + "\n\n" + STANDFIRST + STORY)
    assert article.lead == LEAD
    assert len(article.body) == 2
    assert article.dateline is not None and article.dateline.agency == "TASS"


def test_byline_over_a_standfirst_printed_twice_takes_it_once():
    article = one(HEADLINE + "Posted by Anna Petrova | TASS\n\n" + STANDFIRST + STANDFIRST + STORY)
    assert article.lead == LEAD
    assert len(article.body) == 2


def test_a_two_word_place_and_agency_line_is_no_byline():
    # "Pacific Fleet, TASS" names no person: a headline-like line, not dropped as a byline
    article = one("Pacific Fleet, TASS and the navy\n\n" + STANDFIRST + STORY)
    assert article.headline == "Pacific Fleet, TASS and the navy"


def test_a_caption_printed_twice_over_its_credit_stays_a_caption():
    caption = "Passengers board the first ferry of the season at the port of Vanino"
    article = one(HEADLINE + caption + "\n\n" + caption + "\n© Ivan Sidorov/TASS\n\n" + STORY)
    assert article.captions == (caption,)
    assert article.lead is None


def test_a_standfirst_printed_twice_and_nothing_under_it_is_one_lead():
    article = one(HEADLINE + STANDFIRST + STANDFIRST)
    assert article.lead == LEAD
    assert article.body == ()


# --- a blog template's lines left unrendered, and its post meta under the story ------------------

@pytest.mark.parametrize("tail", [
    "{% endif %}",
    "{% if post.tags %}\n{{ post.tags }}\n{% endif %}",
    "{% block related %}{% endblock %}",
    "[author_name]",
    "[post.date]",
    "Filed under:",
    "Category: World",
    "Categories: Russia, Transport",
    "Posted in World | Leave a comment",
    "Posted in Russia, Transport | 3 Comments",
    "This entry was posted in News and tagged Russia, Sakhalin. Bookmark the permalink.",
    "Print Friendly, PDF & Email",
])
def test_template_and_post_meta_lines_under_the_story_are_furniture(tail):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + tail + "\n")
    assert len(article.body) == 2, article.body


def test_a_template_line_between_paragraphs_leaves_both():
    story = STORY.replace("\n\nThe first", "\n\n{% if show_ads %}\n\nThe first")
    article = one(HEADLINE + STANDFIRST + story)
    assert len(article.body) == 2


def test_story_sentences_opening_like_post_meta_stay():
    texts = ["Posted in Kabul since 2019, the diplomat said the talks would resume in May.",
             "The category of the vessel allows it to sail in light ice, the captain said."]
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + "\n\n".join(texts) + "\n")
    assert list(article.body[-2:]) == texts


def test_a_bracketed_word_is_no_placeholder():
    text = "The operator thanked the crews [of both ferries] for their work over the winter."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- lists of other posts, sharing buttons and the author's box under the story ------------------

@pytest.mark.parametrize("tail", [
    "Related posts:\nSakhalin airport extends its runway\nKuril islands get a new school",
    "RELATED STORIES:\n\nSakhalin airport extends its runway\n\nKuril islands get a new school",
    "You might also like\nSakhalin airport extends its runway\nKuril islands get a new school",
    "Previous article\nSakhalin airport extends its runway\nNext article\nKuril islands get a new school",
    "« Previous post\nNext post »",
    "Share this:\nTwitter\nFacebook",
    "Share on Facebook\nShare on Twitter",
    "Facebook\nTwitter\nEmail",
    "About the author\n\nAnna Petrova writes about transport in the Far East for our site.",
])
def test_lists_buttons_and_author_box_under_the_story_are_furniture(tail):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + tail + "\n")
    assert len(article.body) == 2, article.body


def test_a_subhead_about_previous_talks_stays():
    text = "Previous talks on the route failed in 2017, when the operator ran out of ships."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- the reposting site's note on the copy's origin and its disclaimer of views -------------------

@pytest.mark.parametrize("tail", [
    "This article was originally published by TASS.",
    "This story was first published on tass.com and is republished here with permission.",
    "The views expressed in this article do not necessarily reflect those of this site.",
    "Views expressed in this post are the author's own.",
])
def test_origin_notes_and_views_disclaimers_under_the_story_are_furniture(tail):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + tail + "\n")
    assert len(article.body) == 2, article.body


def test_views_expressed_by_a_minister_stay():
    text = "The views expressed by the minister were welcomed by the regional governor, TASS learned."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text


# --- an aggregator's teaser: its link to the full story, its boxes; a comments page's rules -------

@pytest.mark.parametrize("link", ["... read full story", "… Read full story", " Read full article"])
def test_read_full_story_glued_to_a_teaser_is_cut(link):
    article = one(HEADLINE + STANDFIRST + STORY.rstrip("\n")[:-1] + link + "\n")
    assert article.body[-1].endswith("he added")


@pytest.mark.parametrize("tail", [
    "Show more",
    "Dear readers! Please observe community rules and respect each other. We delete offensive comments and block"
    " their posters, and we ask you to keep to the subject of the story under which you comment.",
    "Please read our comment guidelines before posting.",
    "Ask about this article\n\nYour question will be answered here ...",
])
def test_comment_rules_show_more_and_question_boxes_under_the_story_are_furniture(tail):
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + tail + "\n")
    assert len(article.body) == 2, article.body


def test_a_story_sentence_on_rules_stays():
    text = "Passengers were asked to observe the community rules of the port, the operator said."
    article = one(HEADLINE + STANDFIRST + STORY + "\n" + text + "\n")
    assert article.body[-1] == text
