"""Russian page layouts found at first sight (issue 17): datelines of agencies the table lacks,
header and footer furniture, time lines, captions, a page with no headline. Each family is tested
in Russian and, where English pages print the same shape, in English. The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.dates import read_time_line
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line
from tasscli.vocab import DEFAULT

# --- datelines ------------------------------------------------------------------------------------

#: (line, place, date, agency as printed)
DATELINES = [
    # Interfax's shape with an agency the table lacks, printed in Latin capitals
    ("Павлодар. 14 ноября. STEPPE NEWS - Текст", "Павлодар", "14 ноября", "STEPPE NEWS"),
    ("Астана. 9 октября. KAZAKHSTAN TODAY - Текст", "Астана", "9 октября", "KAZAKHSTAN TODAY"),
    ("Bishkek. October 9. STEPPE NEWS - Text", "Bishkek", "October 9", "STEPPE NEWS"),
    # the agency first, then the place and a numeric date
    ("УрБК, Пермь, 22.05.2020. Текст", "Пермь", "22.05.2020", "УрБК"),
    ("Вести Дона, Ростов-на-Дону, 01.02.2021. Текст", "Ростов-на-Дону", "01.02.2021", "Вести Дона"),
    ("Metro Wire, Leeds, 22.05.2020. Text", "Leeds", "22.05.2020", "Metro Wire"),
    # an agency's label alone opening the paragraph
    ("ОРЕАНДА-НОВОСТИ. Текст", None, None, "ОРЕАНДА-НОВОСТИ"),
]


@pytest.mark.parametrize("line, place, date, printed", DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_datelines_of_agencies_the_table_lacks(line, place, date, printed):
    found = read_dateline(line)
    assert found is not None
    dateline, _, rest = found
    assert (dateline.place, dateline.date, dateline.agency) == (place, date, printed)
    assert rest.strip() in ("Текст", "Text")


@pytest.mark.parametrize("line", [
    "Павлодар. 14 ноября. В городе открыли каток - это первый крытый каток.",
    "Москва. 14 ноября. NATO - не тема этого текста",  # a lower-case word after the dash
    "УрБК, Пермь, 22.05.2020 года был открыт маршрут.",
    "Moscow. June 3. The talks - which went on - ended.",
])
def test_sentences_of_the_same_shape_are_no_datelines(line):
    assert read_dateline(line) is None


def test_a_numeric_dateline_with_a_year_gives_the_day():
    (article,) = parse("Маршрут открыт\n\nУрБК, Пермь, 22.05.2020. Новый маршрут открыли утром.\n")
    assert article.published == "2020-05-22"


# --- furniture ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("ХроникаЛесные пожары в СибириОбновлено в 09:40", "furniture"),
    ("LiveWildfires in SiberiaUpdated at 9:40", "furniture"),
    ("Читать в полной версии →", "furniture"),
    ("Read full version →", "furniture"),
    ("Вернуться назад", "furniture"),
    ("Go back", "furniture"),
    ("Что еще почитать", "end"),
    ("What to read next", "end"),
    ("ТАСС |", "end"),
    ("Reuters |", "end"),
    ("Хроника событий в городе", "text"),
    ("Вернуться к переговорам: заявление МИД", "text"),
])
def test_site_lines(text, kind):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert line.kind == kind


def test_site_menus_after_the_source_line_are_not_body():
    text = ("Мост открыт\n\nПЕРМЬ, 3 июня. /ТАСС/. Мост открыли после ремонта.\n\nДвижение пустили утром.\n\n"
            "ТАСС |\nВ регионах\nВ мире\n")
    (article,) = parse(text)
    assert article.body == ("Мост открыли после ремонта.", "Движение пустили утром.")


def test_a_back_link_and_a_reading_list_under_an_english_story_are_not_body():
    text = ("Bridge reopens\n\nPERM, June 3. /TASS/. The bridge reopened after repairs.\n\n"
            "Traffic resumed in the morning.\n\nWhat to read next\nRegions\nGo back\n")
    (article,) = parse(text)
    assert article.body == ("The bridge reopened after repairs.", "Traffic resumed in the morning.")


def test_a_full_version_link_is_not_the_lead():
    text = "Мост открыт после ремонта\n\nЧитать в полной версии →\n\nПЕРМЬ, 3 июня. /ТАСС/. Мост открыли.\n"
    (article,) = parse(text)
    assert (article.headline, article.lead) == ("Мост открыт после ремонта", None)


def test_a_live_feed_widget_is_not_the_headline():
    text = ("ХроникаРемонт мостовОбновлено в 14:20\n\nМост открыт после ремонта\n\n"
            "Движение по мосту пустили сегодня утром.\n\n"
            "ПЕРМЬ, 3 июня. /ТАСС/. Мост открыли после ремонта, сообщили в мэрии.\n")
    (article,) = parse(text)
    assert (article.headline, article.lead) == ("Мост открыт после ремонта", "Движение по мосту пустили сегодня утром.")


# --- breadcrumbs ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, section", [
    ("Главная > Новости дня > В Перми построят второй мост через Каму", "Новости дня"),
    ("Главная » Общество", None),  # a menu path: no story at its end
    ("Home > Business > Energy", None),
    ("Home > World > Talks on the new bridge resume in Perm", "World"),
    ("Главная > В Перми построят второй мост через Каму", None),
])
def test_a_breadcrumb_ending_with_the_headline_names_the_section(text, section):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert (line.kind, line.info) == (("label", section) if section else ("furniture", None))


def test_the_section_of_an_english_page_from_its_breadcrumb():
    text = ("Home > Business News > Perm to build a second bridge\n\nPerm to build a second bridge\n\n"
            "PERM, March 11. /TASS/. Regional authorities approved a second bridge over the Kama river.\n")
    (article,) = parse(text)
    assert (article.headline, article.section) == ("Perm to build a second bridge", "Business News")


def test_a_story_line_with_an_arrow_is_no_breadcrumb():
    line = Line(1, "Главная задача > всех остальных, сказал министр.", 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert line.kind != "label"


# --- time lines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, when, by", [
    ("12 мая 202314:05. Разместил: Редакция сайта", (2023, 5, 12, 14, 5), "Редакция сайта"),
    ("12 мая 2023 14:05, Автор: Анна Белова", (2023, 5, 12, 14, 5), "Анна Белова"),
    ("May 12, 2023 14:05 | Posted by: Site Editor", (2023, 5, 12, 14, 5), "Site Editor"),
    ("04.10.2022, 21:30 2 340", (2022, 10, 4, 21, 30), None),
    ("04.10.2022, 21:30 | 2340 просмотров", (2022, 10, 4, 21, 30), None),
    ("Oct 4, 2022 21:30 1200 views", (2022, 10, 4, 21, 30), None),
])
def test_what_a_site_glues_after_its_time_line(text, when, by):
    found = read_time_line(text)
    assert found is not None
    assert (found.year, found.month, found.day, found.hour, found.minute) == when
    assert found.byline == by


@pytest.mark.parametrize("text", [
    "12 мая в 14:05 погибли двое",
    "Разместил: Редакция",
    "В 14:05 1200 человек вышли на улицы",
])
def test_text_with_a_clock_is_no_time_line(text):
    assert read_time_line(text) is None


def test_the_time_lines_day_on_the_prefix_line_wins_over_the_prefixs():
    text = (" date 2022-10-05 04.10.2022, 21:30 2 340\nФестиваль открылся\n\n"
            "КАЗАНЬ, 4 октября. /ТАСС/. Фестиваль уличного театра открылся в Казани.\n")
    (article,) = parse(text)
    assert article.published == "2022-10-04T21:30:00+03:00"


# --- captions -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, caption, credit", [
    ("Реставраторы укрепляют купол обсерватории © Мария Соколова/ ТАСС", "Реставраторы укрепляют купол обсерватории",
     "Мария Соколова/ ТАСС"),
    ("Restorers at work on the dome of the old observatory © Maria Sokolova/TASS",
     "Restorers at work on the dome of the old observatory", "Maria Sokolova/TASS"),
])
def test_a_copyright_credit_glued_to_a_caption(text, caption, credit):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert (line.kind, line.info) == ("caption", (caption, credit))


@pytest.mark.parametrize("text", [
    "Сайт агентства © 2021 ООО Медиа. Все права защищены",
    "Он сказал, что знак © стоит на обложке/ везде",
])
def test_a_copyright_sign_inside_other_lines_is_no_caption(text):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert line.kind != "caption"


def test_headline_lead_and_caption_set_line_by_line_are_each_a_line():
    text = ("Bus depot opens its first charging station for electric buses in the city\n"
            "The station can charge six buses at a time, and the first ones start on their routes in summer\n"
            "An electric bus at the new charging station by the terminus\n"
            "NOVOSIBIRSK, April 14. /TASS/. The region's first charging station for electric buses opened on Monday.\n"
            "The station was built at a terminus in the Leninsky district.\n")
    (article,) = parse(text)
    assert article.headline == "Bus depot opens its first charging station for electric buses in the city"
    assert article.lead.startswith("The station can charge six buses")
    assert article.captions == ("An electric bus at the new charging station by the terminus",)
    assert len(article.body) == 2


# --- a page opening with a sentence ---------------------------------------------------------------

@pytest.mark.parametrize("text, lead, body", [
    ("В Калуге нашли клад монет, сообщили в музее.\nМонеты нашли рабочие при ремонте.\nИх изучат.\n",
     "В Калуге нашли клад монет, сообщили в музее.", ("Монеты нашли рабочие при ремонте.", "Их изучат.")),
    ("A hoard of coins was found in Kaluga, the museum said.\n\nWorkers found it during repairs.\n\n"
     "It will be studied.\n", "A hoard of coins was found in Kaluga, the museum said.",
     ("Workers found it during repairs.", "It will be studied.")),
    ("В Калуге нашли клад монет, сообщили в музее.\n\nКАЛУГА, 3 июня. /ТАСС/. Монеты нашли рабочие при ремонте.\n",
     "В Калуге нашли клад монет, сообщили в музее.", ("Монеты нашли рабочие при ремонте.",)),
])
def test_a_short_opening_sentence_with_no_headline_is_the_lead(text, lead, body):
    (article,) = parse(text)
    assert (article.headline, article.lead, article.body) == (None, lead, body)


def test_an_opening_paragraph_long_enough_to_open_the_story_stays_body():
    text = ("Special hearings on the new budget are to be held by the finance committee of the council on Tuesday.\n\n"
            "The committee said a request signed by forty members had been registered.\n")
    (article,) = parse(text)
    assert article.lead is None and len(article.body) == 2


def test_no_line_of_a_page_of_short_sentences_is_lost():
    text = "Письма нашли в архиве.\nИх передадут в музей.\nВыставка откроется весной.\n"
    (article,) = parse(text)
    kept = [article.lead, *article.body]
    assert kept == ["Письма нашли в архиве.", "Их передадут в музей.", "Выставка откроется весной."]
