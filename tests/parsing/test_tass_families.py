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
