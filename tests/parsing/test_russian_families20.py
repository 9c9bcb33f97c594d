"""Families of Russian pages that broke on the development sets (issue 17, session ru18b): a rubric
"<Adjective> новости" over the headline, a teaser's pointer to the full story cut before its address,
and a dateline of a place and a date with no agency at all ("Город, d месяца. Text"). Each is tested
by its shape, with lines of a like look that must stay what they are. The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.datelines import read_dateline

STORY = ("Мост через Шексну закроют на ремонт\n\n"
         "Движение по мосту через Шексну перекроют с понедельника на два месяца, сообщили в мэрии Череповца.\n\n"
         "Объезд организуют по соседнему мосту.\n")


@pytest.mark.parametrize("rubric", ["Городские новости", "Спортивные новости", "Экономические новости"])
def test_an_adjective_rubric_over_the_headline_is_the_section(rubric):
    article = parse(f"{rubric}\n\n{STORY}")[0]
    assert article.section == rubric
    assert article.headline == "Мост через Шексну закроют на ремонт"
    assert len(article.body) == 2


@pytest.mark.parametrize("line", ["Последние новости", "Похожие новости", "Главные новости"])
def test_a_heading_of_order_or_choice_is_no_section(line):
    article = parse(f"{line}\n\n{STORY}")[0]
    assert article.section is None
    assert article.headline == "Мост через Шексну закроют на ремонт"


TEASER = ("Фото Петр Иванов/ТАСС\n"
          "Три новых парома начнут ходить через Обь этим летом, а старые суда отправят на слом.\n"
          "Подробности на\n"
          "primer-sibir.ru\n")


def test_a_teasers_pointer_and_site_address_are_furniture():
    article = parse(TEASER)[0]
    assert article.lead.startswith("Три новых парома")
    assert article.body == ()
    assert article.headline is None


@pytest.mark.parametrize("line, place, date", [
    ("Москва, 5 августа. Власти города обсудили новые правила парковки.", "Москва", "5 августа"),
    ("Нижний Новгород, 12 мая. «Мы готовы», — заявил мэр.", "Нижний Новгород", "12 мая"),
    ("Ростов-на-Дону, 3 июня. В городе открыли новую школу.", "Ростов-на-Дону", "3 июня"),
])
def test_a_russian_place_and_date_with_no_agency_open_a_dateline(line, place, date):
    found = read_dateline(line)
    assert found is not None
    dateline, agency, rest = found
    assert (dateline.place, dateline.date, dateline.agency, agency) == (place, date, None, None)
    assert rest == line.split(". ", 1)[1]


@pytest.mark.parametrize("line", [
    "Сегодня, 5 августа. Власти города обсудили новые правила парковки.",  # a day word, no place
    "Пятница, 5 августа. Власти города обсудили новые правила парковки.",
    "Москва, 5 августа, стала местом встречи министров.",  # a comma after the date: a sentence
    "Москва, 5 августа. власти города обсудили правила.",  # no capital after the point
    "Moscow, 5 August. The city discussed new parking rules.",  # the Russian shape only
])
def test_lines_of_a_like_look_open_no_agencyless_dateline(line):
    assert read_dateline(line) is None


APART = ("В Тамбове открыли новый каток\n\n"
         "Каток под открытым небом открыли в центральном парке.\n"
         "Вход на каток будет бесплатным до конца января, сообщили в администрации города.\n")


def test_a_line_in_the_storys_block_under_a_headline_apart_is_a_paragraph():
    article = parse(APART)[0]
    assert article.lead is None
    assert article.body[0] == "Каток под открытым небом открыли в центральном парке."
    assert len(article.body) == 2


@pytest.mark.parametrize("text", [
    APART.replace("\n\n", "\n"),  # set all line by line, the headline in the story's block: a lead
    APART.replace("каток\n\nКаток", "каток\n\nКаток").replace(
        "парке.\nВход", "парке.\n\nВход"),  # the standfirst apart from the story too
])
def test_a_line_under_the_headline_stays_the_lead_where_it_stands_apart(text):
    assert parse(text)[0].lead == "Каток под открытым небом открыли в центральном парке."


def test_a_dateline_story_keeps_the_line_over_it_as_its_lead():
    text = APART.replace("Вход на каток", "ТАМБОВ, 5 декабря. /ТАСС/. Вход на каток")
    article = parse(text)[0]
    assert article.lead == "Каток под открытым небом открыли в центральном парке."
    assert article.dateline is not None and article.dateline.agency == "ТАСС"


@pytest.mark.parametrize("row, section", [
    ("Газета Пример → Общество 16+", "Общество"),
    ("Газета Пример → В мире", "В мире"),
    ("Home > NorthKorea", None),  # a last item the tables do not list as a rubric: a menu's path
    ("Газета Пример → Общество → Спорт", None),  # a menu of several items
])
def test_a_two_item_arrow_row_names_a_listed_rubric(row, section):
    article = parse(f"{row}\n\n{STORY}")[0]
    assert article.section == section
    assert article.headline == "Мост через Шексну закроют на ремонт"


CRUMB_TIME = ("{crumb} 5 мая 2014 г. 09:30\n\n"
              "В Перми закрыли на ремонт старый мост - источник\n\n"
              "5 мая. ИНТЕРФАКС - Мост через Каму закрыли на ремонт до осени, сообщил источник в мэрии.\n")


@pytest.mark.parametrize("crumb, section", [("Москва / Новости", "Москва"), ("Москва / Архив", "Москва"),
                                            ("Пермь / Новости", None)])  # a rubric the tables lack
def test_a_rubric_and_menu_item_crumb_on_the_time_line_names_the_section(crumb, section):
    article = parse(CRUMB_TIME.format(crumb=crumb))[0]
    assert article.section == section
    assert article.published is not None and article.published.startswith("2014-05-05T09:30")


PHOTO = ("В Омске открыли ледовый городок\n\n"
         "Ледовый городок с горками открылся на центральной площади Омска.\n"
         "{over}\n"
         "  • {credit}\n\n"
         "«Городок будет работать до середины февраля», — сообщили в мэрии города.\n")


@pytest.mark.parametrize("credit", ["Reuters", "AP", "ТАСС"])
def test_a_photo_agency_alone_after_a_bullet_is_a_credit(credit):
    article = parse(PHOTO.format(over="В Омске открыли ледовый городок", credit=credit))[0]
    assert article.credits == (credit,)
    assert article.captions == ()  # the alt text repeating the headline is no caption
    assert not any("ледовый городок" == p for p in article.body)


def test_a_bulleted_credit_reads_as_a_marked_one():
    bulleted = PHOTO.format(over="Горка на площади в первый день работы", credit="Reuters")
    marked = bulleted.replace("  • Reuters", "© Reuters")
    assert parse(bulleted)[0].lines == parse(marked)[0].lines
    assert parse(bulleted)[0].credits == ("Reuters",)


def test_a_bulleted_word_that_names_no_photo_agency_is_no_credit():
    article = parse(PHOTO.format(over="В Омске открыли ледовый городок", credit="Лента новостей"))[0]
    assert article.credits == ()


STAMPED = ("08:10 Источник: Агентство «Пример»\n\n"
           "Городские власти Вологды решили открыть новый маршрут речного трамвая от центра города до "
           "старого монастыря уже в начале июня, сообщили в администрации.\n\n"
           "«Билеты будут продавать прямо на причале», — уточнили в мэрии.\n")


def test_an_opening_paragraph_under_a_feeds_stamp_is_the_lead():
    article = parse(STAMPED)[0]
    assert article.headline is None and article.published is None
    assert article.lead.startswith("Городские власти Вологды")
    assert article.body == ("«Билеты будут продавать прямо на причале», — уточнили в мэрии.",)


@pytest.mark.parametrize("text", [
    STAMPED.replace("08:10 Источник: Агентство «Пример»", "© Иван Петров/ТАСС"),  # under a photo's credit
    STAMPED.replace("администрации.\n\n«Билеты", "администрации.\n«Билеты"),  # set line by line
    STAMPED.split("\n\n", 1)[1],  # nothing over it (the corpus labels such pages all body)
])
def test_an_opening_paragraph_elsewhere_stays_the_body(text):
    article = parse(text)[0]
    assert article.lead is None
    assert article.body[0].startswith("Городские власти Вологды")


@pytest.mark.parametrize("text, expected", [
    ("Выборы пройдут 25 сентября 2007 г.", True),
    ("Выборы пройдут в 2007 г.", True),
    ("Выборы пройдут в сентябре.", False),
    ("Цена выросла на 5 г.", False),  # grams: no year before it
])
def test_a_year_and_its_abbreviation_end_no_sentence_in_a_headline(text, expected):
    from tasscli.parsing.lines import headline_like
    assert headline_like(text) is expected


def test_a_headline_ending_with_a_years_abbreviation_is_the_headline():
    text = ("Выборы мэра Томска пройдут 12 сентября 2021 г.\n\n"
            "Горизбирком утвердил график избирательной кампании, список участков и порядок голосования на дому.\n")
    article = parse(text)[0]
    assert article.headline == "Выборы мэра Томска пройдут 12 сентября 2021 г."
    assert article.lead is None and len(article.body) == 1
