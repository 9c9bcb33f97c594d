"""Other agencies' copy: several articles per page, editors' notes and sign-offs, bylines, time
lines of other sites, and the `--agency` / `agencies` commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tasscli import parse
from tasscli.cli.main import main
from tasscli.parsing.agencies import AGENCIES

AFP_LISTING = """AFP Video

Farmers bring in the olive harvest early


Jaen (Spain) (AFP) – Olive growers in southern Spain started picking a month early this year after a dry summer.

©AFP

Night markets return to the old town


Hanoi (AFP) – Street vendors are back in the lanes of the old quarter after two years of closures.

©AFP

Divers clean up a coral rea"""


def test_listing_gives_one_record_per_item_with_the_category_as_section():
    articles = parse(AFP_LISTING, "afp.txt")
    assert [a.headline for a in articles] == [
        "Farmers bring in the olive harvest early", "Night markets return to the old town",
        "Divers clean up a coral rea"]
    assert all(a.section == "AFP Video" for a in articles)
    assert articles[0].dateline.place == "Jaen" and articles[0].dateline.region == "Spain"
    assert articles[1].credits == ("AFP",)
    assert articles[2].body == () and articles[2].dateline is None  # a cut headline at the end


def test_every_line_has_one_role_and_page_lines_have_no_article():
    articles = parse(AFP_LISTING, "afp.txt")
    numbers = [role.number for article in articles for role in article.lines]
    nonblank = [n for n, text in enumerate(AFP_LISTING.split("\n"), 1) if text.strip()]
    assert sorted(numbers) == nonblank
    roles = {role.number: role for article in articles for role in article.lines}
    assert roles[3].article == 0  # the first headline
    assert roles[10].article == 1


BLOG = """Friday, June 26, 2009

Farmers plant mangroves on the north coast

    Jakarta, June 26, 2009 (ANTARA) - Villagers planted ten thousand mangrove seedlings on Friday.
         The program will run until the end of the year, officials said.

Thursday, June 25, 2009

Rail line to the port opens

    Jakarta, June 25, 2009 (ANTARA News) - A new freight line to the port opened on Thursday.

Monday, June 8, 2009"""


def test_blog_archive_splits_on_date_headers_and_dates_each_post():
    articles = parse(BLOG, "blog.txt")
    assert len(articles) == 2
    assert [a.published for a in articles] == ["2009-06-26", "2009-06-25"]
    assert articles[1].dateline.agency == "ANTARA News" and articles[1].agency == "Antara"
    assert all("Monday" not in p for p in articles[1].body)


def test_single_tass_page_stays_one_record():
    page = (" date 2017-06-03 Back to Main page\nPutin meets governors\n\nRussian Politics & Diplomacy\n"
            "June 03, 19:06 UTC+3\n\nMOSCOW, June 3. /TASS/. Putin met governors on Saturday, the Kremlin said.\n\n"
            "They discussed the budget for the next three years, the press service added.")
    articles = parse(page, "t.txt")
    assert len(articles) == 1
    assert articles[0].published == "2017-06-03T19:06:00+03:00"


def test_editors_notes_and_signoffs_go_to_notes():
    page = ("(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Nov 14 (KUNA) -- The cabinet met on Tuesday.\n\n"
            "It approved a draft decree on residency permits. (end) ak.hm")
    article = parse(page)[0]
    assert article.dateline.place == "KUWAIT" and article.agency == "KUNA"
    assert article.body == ("The cabinet met on Tuesday.", "It approved a draft decree on residency permits.")
    assert any("MENAFN" in note for note in article.notes)
    assert any(note.startswith("(end)") for note in article.notes)


def test_signoff_closes_the_story_and_names_the_agency():
    first = ("The opposition on Friday demanded a special session of the state assembly to discuss relief "
             "for farmers in the drought-hit districts.")
    last = "The government has said that relief funds have already been released to the district administrations."
    page = (f"Opposition demands special session\n14-Jul-2015\n{first}\n{last} - IANS\n"
            "Heavy Rain Disrupts Train Services In Mumbai Suburbs\nHockey League To Introduce Video Referrals")
    article = parse(page)[0]
    assert article.body == (first, last)
    assert article.agency == "IANS" and article.published == "2015-07-14"


def test_note_line_leaves_the_body():
    page = (" date 2021-09-14 Headline is changed, details added (first version posted at 15:02)\n\n"
            "BAKU, Azerbaijan, September 14. Azerbaijan and Uzbekistan will set up a joint laboratory.\n\n"
            "The first seed lines are expected next spring, the deputy minister said.")
    article = parse(page)[0]
    assert article.headline is None and len(article.body) == 2
    assert article.notes and article.notes[0].startswith("Headline is changed")


def test_bylines():
    trend = parse(" date 2021-11-09 BAKU, Azerbaijan, Nov. 9\n\nBy Leyla Huseynzade - Trend:\n\n"
                  "The ministry is holding talks with investors on wind farms, the deputy minister said.")[0]
    assert trend.byline == "Leyla Huseynzade"
    assert trend.dateline.agency == "Trend"
    assert all("Huseynzade" not in p for p in trend.body)
    ap = parse("The Latest: Trade talks\n\nWASHINGTON (AP) — The Latest on the talks (all times local):\n\n"
               "The officials spoke on condition of anonymity because the visit was not announced.\n\n"
               "-By Laura Brandt\n\nBusiness groups welcomed the move on Tuesday, their statement said.")[0]
    assert ap.byline == "Laura Brandt" and len(ap.body) == 3
    aa = parse("Exports rise 18 pct\n\nMinistry says exports reached $1.2B\n\nSelin Kaya   |26.03.2019\n\n"
               "ANKARA (AA) - Turkey's exports rose 18 percent in the first quarter, the ministry said.")[0]
    assert (aa.headline, aa.lead, aa.byline, aa.published) == (
        "Exports rise 18 pct", "Ministry says exports reached $1.2B", "Selin Kaya", "2019-03-26")


@pytest.mark.parametrize("line, name", [
    ("By John Smith and Jane Doe", "John Smith and Jane Doe"),
    ("BY JOHN SMITH, AP WRITER", "JOHN SMITH, AP WRITER"),
    ("By John Smith | AP", "John Smith"),
    ("By Ivan Petrov, TASS correspondent", "Ivan Petrov"),
])
def test_bylines_with_two_names_capitals_or_an_agency_after_them(line, name):
    """Read as bylines, not as the lead they would otherwise be."""
    page = ("Water supply restored in eastern Ukrainian town\n\n" + line + "\n\n"
            "ARTEMIVSK, Ukraine (AP) — Residents had running water again on Wednesday, officials said.")
    article = parse(page)[0]
    assert (article.byline, article.lead) == (name, None)


def test_other_sites_time_lines_and_zones():
    page = ("Grain exports up\n11:20, 06 August 2021 | GMT +6\n\n"
            "NUR-SULTAN. KAZINFORM – Exports rose, the ministry said.")
    assert parse(page)[0].published == "2021-08-06T11:20:00+06:00"
    page = "Minister met rail chief\n\n15:04 - 22.06.2021\n\nJune 22, Fineko/abc.az. The minister met the chief today."
    article = parse(page)[0]
    assert article.published == "2021-06-22T15:04:00"  # no zone printed: local time without offset
    assert article.dateline.agency == "Fineko/abc.az"


def test_agencies_command_lists_the_table():
    result = CliRunner().invoke(main, ["agencies"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(AGENCIES) >= 30
    assert any(line.startswith("Kyodo") and "Kyodo -" in line for line in lines)


def test_parse_agency_filter(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nMOSCOW (Reuters) - Talks went on, officials said on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rates\n\nArmInfo. The central bank kept its rate, it said on Tuesday.\n",
                                    encoding="utf-8")
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "--agency", "reuters", *paths])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["headline"] for r in records] == ["Talks"]
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", "--agency", "ArmInfo",
                                       "--fields", "source,headline", *paths])
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records == [{"source": paths[1], "headline": "Rates"}]


def test_byline_names_joined_by_a_vocabulary_word():
    text = ("Bridge opens early\n\nOleh Rahim Osman dan Siti Aminah\n\n"
            "KUALA KANGSAR 14 Ogos – Jambatan itu dibuka hari ini.\n")
    article, = parse(text)
    assert article.byline == "Rahim Osman dan Siti Aminah" and article.lead is None
    from tasscli.vocab import Vocabulary
    english_only, = parse(text, vocab=Vocabulary(byline_joiners=("and",)))
    assert english_only.byline != "Rahim Osman dan Siti Aminah"
