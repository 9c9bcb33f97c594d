"""Russian page shapes a second blind first-sight set broke (issue 17): a site's line above the
headline taken as the headline (wire header, bare clock, glued banner, bulletin line, page-title
line, contact block), dates not read, datelines of less common shapes, a credit glued to its
caption, an image's alt text and a player's title repeating the headline. Each shape is tested on
its own line or page, with lines of the same look that must stay what they are. The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.dates import read_day_line, read_time_line
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line
from tasscli.vocab import DEFAULT


def _kind(text: str):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    return line.kind, line.info


# --- time and date lines --------------------------------------------------------------------------

@pytest.mark.parametrize("text, parts", [
    ("ТАСС, 04/03/2024 11:40 /КУЛЬТУРА/", ((2024, 3, 4, 11, 40), "КУЛЬТУРА")),
    ("ТАСС, 28/11/2019 09:05", ((2019, 11, 28, 9, 5), None)),
    ("15.03.05 19:00", ((2005, 3, 15, 19, 0), None)),
    ("Вечерний выпуск – 02.11.98 21:15 – Пермь", ((1998, 11, 2, 21, 15), None)),
])
def test_wire_header_and_bulletin_time_lines(text, parts):
    found = read_time_line(text)
    assert found is not None
    assert ((found.year, found.month, found.day, found.hour, found.minute), found.section) == parts


@pytest.mark.parametrize("text", [
    "ТАСС, 31/13/2024 11:40 /КУЛЬТУРА/",  # no 13th month
    "15.03.05 19:00 и еще 5 человек",  # more text after the clock
    "1.2.3 4:55",
    "Выпуск 15.03.05",  # no clock
])
def test_lines_like_them_are_no_time_lines(text):
    assert read_time_line(text) is None


def test_a_page_title_line_gives_its_day():
    day = read_day_line("Минфин предложил изменить правила - РИА Новости, 14.02.2023")
    assert day is not None and day.day.isoformat() == "2023-02-14"
    assert read_day_line("Курс вырос на 3 - 4 процента, 14.02.2023") is None  # digits where the site's name stands


# --- header furniture -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "10:05", "обновлено 10:15", "Обновлено: 9:40",
    "ХроникаВыборы в Государственную думу", "СюжетПаводок в Приморье",
    "Регистрация пройдена успешно!", "Пожалуйста, перейдите по ссылке из письма, отправленного на",
    "Учредитель ООО «Волга-Медиа»", "443010, Самарская область, г. Самара, ул. Садовая, д. 15",
    "+7 846 123 45 67", "editor@volga-example.ru",
])
def test_site_lines_over_the_headline_are_furniture(text):
    assert _kind(text)[0] == "furniture"


@pytest.mark.parametrize("text", [
    "Хроника пикирующего бомбардировщика",  # a spaced word: a headline may open so
    "В 10:05 поезд прибыл в Казань",
    "Хроникальные кадры показали в музее",
    "Почта editor@volga-example.ru работает круглосуточно, сообщили в редакции.",
])
def test_lines_like_them_stay_text(text):
    assert _kind(text)[0] != "furniture"


def test_the_headline_under_a_wire_header():
    text = ("[ ПЕЧАТЬ ]\n\nТАСС, 04/03/2024 11:40 /КУЛЬТУРА/\n\nКУЛЬТУРА-МУЗЕЙ-ФАРФОР\n\n"
            "В Туле открылась выставка фарфора\n\n"
            "ТУЛА, 4 марта. /ТАСС/. Выставка фарфора открылась в областном музее.\n\nОна продлится до мая.\n")
    (article,) = parse(text)
    assert article.headline == "В Туле открылась выставка фарфора"
    assert article.lead is None
    assert article.section == "КУЛЬТУРА"
    assert article.published == "2024-03-04T11:40:00+03:00"  # TASS: Moscow time


def test_bare_clock_lines_make_no_headline():
    text = ("Редакция сайта ТАСС\n14:20\nобновлено 14:35\n"
            "КАЗАНЬ, 9 апреля. /ТАСС/. Движение на мосту восстановили после ремонта, сообщили в мэрии.\n")
    (article,) = parse(text)
    assert article.headline is None and article.published is None
    assert article.body == ("Движение на мосту восстановили после ремонта, сообщили в мэрии.",)


def test_the_headline_under_a_bulletin_line():
    text = ("AMP18+\n\nСамара\n\n/\n\nУтренний выпуск – 21.09.04 08:30 – Самара\n\n"
            "Горожане выбрали название для моста\n\n"
            "Самара, Сентябрь 21 (Новый Регион, Петр Сидоров) – Жители выбрали название для моста.\n")
    (article,) = parse(text)
    assert article.headline == "Горожане выбрали название для моста"
    assert article.published == "2004-09-21T08:30:00"
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == \
        ("Самара", "Сентябрь 21", "Новый Регион")


def test_the_headline_under_a_page_title_line_and_account_notices():
    text = ("Рейтинг@Mail.ru\nМинфин предложил изменить правила ипотеки - РИА Новости, 14.02.2023\n"
            "Регистрация пройдена успешно!\nПожалуйста, перейдите по ссылке из письма, отправленного на\n\n"
            "Минфин предложил изменить правила ипотеки\n\n"
            "МОСКВА, 14 фев — РИА Новости. Министерство финансов предложило изменить правила ипотеки.\n")
    (article,) = parse(text)
    assert article.headline == "Минфин предложил изменить правила ипотеки"
    assert article.lead is None
    assert article.published == "2023-02-14"


def test_the_lines_among_a_sites_contact_block_are_its_own():
    text = ("Волжская правда\n©2022 ИА «Волжская правда»\nУчредитель ООО «Волга-Медиа»\nНовости Самары и области\n"
            "443010, Самарская область, г. Самара, ул. Садовая, д. 15\n+7 846 123 45 67\neditor@volga-example.ru\n"
            "В Самаре высадили тысячу деревьев\n"
            "(Самара, 16 апреля, «Волжская правда»). Волонтеры высадили на набережной тысячу лип.\n")
    (article,) = parse(text)
    assert article.headline == "В Самаре высадили тысячу деревьев"
    assert article.dateline.agency == "Волжская правда"


def test_one_contact_line_alone_makes_no_site_header():
    text = ("Новости Самары и области\neditor@volga-example.ru\nВ Самаре высадили тысячу деревьев\n"
            "САМАРА, 16 апреля. /ТАСС/. Волонтеры высадили на набережной тысячу лип.\n")
    (article,) = parse(text)
    assert article.headline == "Новости Самары и области"  # no block: the header is read as before


# --- datelines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, place, date, agency", [
    ("Приморский край, 12 июля, 2016, 09:45 — ИА Регнум. Паромная переправа начала работу",
     "Приморский край", "12 июля", "ИА Регнум"),
    ("Ленинградская область, 3 мая, ФедералПресс. Текст", "Ленинградская область", "3 мая", "ФедералПресс"),
    ("Самара, Сентябрь 21 (Новый Регион, Петр Сидоров) – Жители выбрали", "Самара", "Сентябрь 21", "Новый Регион"),
    ("Пермь, Май 4 (Уральский Вестник) – Текст", "Пермь", "Май 4", "Уральский Вестник"),
    ("МОСКВА, 28 мая - РИА Новости/Прайм. Курс доллара вырос", "МОСКВА", "28 мая", "РИА Новости/Прайм"),
    ("17 декабря, Минск /Корр. БЕЛТА/. Президент принял", "Минск", "17 декабря", "БЕЛТА"),
    ("5 июня, Гомель /БЕЛТА/. Текст", "Гомель", "5 июня", "БЕЛТА"),
    ("(Казань, 2 сентября, «Волжская правда»). В Казани", "Казань", "2 сентября", "Волжская правда"),
])
def test_dateline_shapes(line, place, date, agency):
    found = read_dateline(line)
    assert found is not None
    assert (found[0].place, found[0].date, found[0].agency) == (place, date, agency)


def test_an_agency_and_its_service_is_the_agency():
    assert read_dateline("МОСКВА, 28 мая - РИА Новости/Прайм. Курс вырос")[1] == "RIA Novosti"


@pytest.mark.parametrize("line", [
    "Хабаровский край объявил о наводнении",  # no date, no agency
    "Самара, Сентябрь 21 (по данным мэрии) пройдет фестиваль",  # no dash, lower-case words
    "17 декабря, в Минске прошел форум",
    "МОСКВА, 28 мая - РИА Новости/прайм-время.",
])
def test_sentences_of_those_shapes_are_no_datelines(line):
    found = read_dateline(line)
    assert found is None or found[0].agency != "РИА Новости/прайм-время"
    if "МОСКВА" not in line:
        assert found is None


def test_the_year_in_a_regnum_dateline_gives_the_day():
    text = ("В Приморье открылась переправа\n"
            "Приморский край, 12 июля, 2016, 09:45 — ИА Регнум. Паромная переправа начала работу\n"
            "Паром будет ходить каждые два часа.\n")
    (article,) = parse(text)
    assert article.published == "2016-07-12"
    assert article.dateline.place == "Приморский край"


# --- photo blocks ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, caption, credit", [
    ("© РИА Новости / Анна Петрова | Перейти в медиабанкЗдание министерства финансов. Архивное фото",
     "Здание министерства финансов. Архивное фото", "РИА Новости / Анна Петрова"),
    ("© Sputnik / Олег Смирнов / Перейти в фотобанкУборка пшеницы в поле", "Уборка пшеницы в поле",
     "Sputnik / Олег Смирнов"),
])
def test_a_credit_glued_to_its_caption(text, caption, credit):
    assert _kind(text) == ("caption", (caption, credit))


def test_a_credit_with_its_link_alone_is_a_credit():
    assert _kind("© Sputnik / Олег Смирнов / Перейти в фотобанк") == ("credit", "Sputnik / Олег Смирнов")


def test_the_caption_printed_again_alone_is_listed_once():
    text = ("Минфин предложил изменить правила ипотеки\n\n"
            "© РИА Новости / Анна Петрова | Перейти в медиабанкЗдание министерства финансов\n"
            "Здание министерства финансов\n\n"
            "МОСКВА, 14 фев — РИА Новости. Министерство финансов предложило изменить правила ипотеки.\n")
    (article,) = parse(text)
    assert article.captions == ("Здание министерства финансов",)
    assert article.credits == ("РИА Новости / Анна Петрова",)
    assert article.lead is None


def test_alt_text_and_a_players_title_leave_the_story():
    text = ("Эксперт: урожай пшеницы будет рекордным\n\n"
            "© Sputnik / Олег Смирнов / Перейти в фотобанкУборка пшеницы в поле\n"
            "Уборка пшеницы в поле - Sputnik Казахстан\nПодписаться\n"
            "Аналитик рынка рассказал о видах на урожай зерновых.\n\n"
            "Эксперт: урожай пшеницы будет рекордным\n"
            "\"Погода благоприятствует зерновым\", — сказал аналитик в эфире радио.\n")
    (article,) = parse(text)
    assert article.lead == "Аналитик рынка рассказал о видах на урожай зерновых."
    assert article.body == ("\"Погода благоприятствует зерновым\", — сказал аналитик в эфире радио.",)
    assert article.captions == ("Уборка пшеницы в поле",)


def test_a_caption_repeating_the_headline_over_its_credit_stays_a_caption():
    text = ("Мост через Волгу открыли\n"
            "МОСКВА, 3 июня. /ТАСС/. Мост через Волгу открыли после ремонта.\n\n"
            "Мост через Волгу открыли\n© ТАСС\n")
    (article,) = parse(text)
    assert "Мост через Волгу открыли" in article.captions


# --- tag lines and a site's menu over the breadcrumb ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Иван Петров Самара Самарская обл. общество Иван Петров Самара Самарская область",
    "Петров, Иван СергеевичРоссияСамараСидоров, Олег Иванович",
])
def test_tag_lists_are_furniture(text):
    assert _kind(text)[0] == "furniture"


@pytest.mark.parametrize("text", [
    "Иван Петров сказал, что Иван Петров не уйдет в отставку",  # a comma: a sentence
    "Компания ВТБ и банк ВЭБ.РФ подписали соглашение",
    "В МоскваСити открылся новый торговый центр",  # one glued joint
    "Мост через Волгу открыли после ремонта моста через Волгу",
])
def test_lines_like_tag_lists_stay_text(text):
    assert _kind(text)[0] != "furniture"


def test_the_menu_over_a_glued_breadcrumb_is_the_sites():
    text = ("Новости компании> фото и видео\nКурс рубля\nПаводок в Приморье\nГлавнаяЭкономика\n\n"
            "Минфин предложил изменить правила ипотеки\n\n"
            "Изменения коснутся семей с детьми, сообщили в ведомстве\nРедакция сайта ТАСС\n10:09\n\n"
            "Здание министерства финансов\n\n© Иван Петров/ ТАСС\n\n"
            "МОСКВА, 14 февраля. /ТАСС/. Министерство финансов предложило изменить правила ипотеки.\n\n"
            "Петров, Иван СергеевичРоссияМинфин\n")
    (article,) = parse(text)
    assert article.headline == "Минфин предложил изменить правила ипотеки"
    assert article.lead == "Изменения коснутся семей с детьми, сообщили в ведомстве"
    assert article.section == "Экономика"
    assert article.captions == ("Здание министерства финансов",)
    assert article.credits == ("Иван Петров/ ТАСС",)
    assert article.body == ("Министерство финансов предложило изменить правила ипотеки.",)
