"""Families of Russian pages that broke on a first sight of new sites (issue 17, development sets 4
to 7): the lines a site prints under the story (a comment counter, the rubric's other stories, a
reprint notice, an aggregator's disclaimer, an agency's name signing off, a slogan ending in the
site's address), and two dateline shapes (a regional service's name after the agency's, closing
marks lost). Each is tested by its shape, with lines of a like look that must stay the story's.
The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.article.tail import sign_off_name, site_slogan
from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.glued import cut_glued_related
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line
from tasscli.vocab import DEFAULT

STORY = ("В Кургане открыли новый каток\n\n"
         "КУРГАН, 12 декабря. /ТАСС/. Крытый каток открылся в Кургане после двух лет строительства, "
         "сообщили в администрации города.\n\n"
         "Каток вмещает до трехсот посетителей.\n")
LAST = "Каток вмещает до трехсот посетителей."


def _body(text: str):
    return parse(text)[0].body


# --- lines under the story that no story holds ------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "Комментарии - 0\nОпрос\nВы довольны работой катков в вашем городе?",
    "Комментарии (12)",
    "Комментарии отключены.",
    "Еще материалы в рубрике:\nСпорт и отдых\nВ Шадринске построят бассейн",
    "Другие новости раздела\nВ Шадринске построят бассейн. Подробности позже.",
    "При перепечатке материалов ссылка на сайт обязательна.",
    "При полном или частичном цитировании материалов гиперссылка на издание обязательна. Мнение редакции может "
    "не совпадать с мнением авторов. Сайт не несет ответственности за комментарии читателей, оставленные под "
    "материалами, и оставляет за собой право удалять их без объяснения причин.",
    "Сайт primer.example - агрегатор новостей из открытых источников. Источник указан в начале и в конце "
    "анонса. Вы можете пожаловаться на новость, если считаете ее недостоверной, через форму обратной связи.",
    "КУРГАНИНФОРМ",
    "Новости Зауралья каждый день: www.kurgan-primer.ru",
    "Обсуждения\nСвежие материалы",
])
def test_a_footer_under_the_story_is_cut(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] == LAST
    assert len(body) == 2


@pytest.mark.parametrize("tail", [
    "Комментарии экспертов к решению разошлись.",
    "При этом ссылка на правила обязательна для всех участников, отметили в мэрии.",
    "Каток будет работать ежедневно.",
    "Сайт катка: kurgan-katok.ru.",
])
def test_a_story_line_of_like_look_stays(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] == tail


def test_a_name_in_capitals_inside_the_story_stays():
    page = STORY + "\nКУРГАНИНФОРМ\n\nСезон продлится до марта.\n"
    assert list(_body(page)[-2:]) == ["КУРГАНИНФОРМ", "Сезон продлится до марта."]


@pytest.mark.parametrize("text", ["УЗЕЛИНФОРМ", "REGNUM", "ТАСС-ДОСЬЕ"])
def test_sign_off_names(text):
    assert sign_off_name(text)


@pytest.mark.parametrize("text", ["США", "Курган", "ВОЛГА ИНФОРМ", "Каток открыт.", "2024"])
def test_no_sign_off_names(text):
    assert not sign_off_name(text)


@pytest.mark.parametrize("text", ["Слоган сайта: www.primer.ru", "Бизнес и люди: primer.com/", "Источник: site.by"])
def test_site_slogans(text):
    assert site_slogan(text)


@pytest.mark.parametrize("text", ["Итог: 2:1", "Сайт: www.primer.ru и его зеркало", "Начало: в 19.00",
                                  "www.primer.ru"])
def test_no_site_slogans(text):
    assert not site_slogan(text)


# --- datelines --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, agency", [
    ("ЯЛТА, 14 авг – РИА Новости Крым. Набережную открыли.", "РИА Новости Крым"),
    ("ТАМБОВ, 2 мар — РИА Новости. Мост открыли.", "РИА Новости"),
])
def test_a_regional_service_after_the_agency(line, agency):
    dateline, canonical, rest = read_dateline(line)
    assert dateline.agency == agency and canonical == "RIA Novosti"
    assert rest.lstrip()[:1].isupper() and "Новости" not in rest


def test_a_word_after_the_agency_with_no_point_is_no_service():
    assert read_dateline("ТАМБОВ, 2 мар — РИА Новости Путин заявил о мосте.") is None


def test_a_dateline_whose_closing_mark_was_lost():
    dateline, canonical, rest = read_dateline("ПСКОВ, 9 июня. /ТАСС Часы на башне снова идут.")
    assert (dateline.place, dateline.date, dateline.agency, canonical) == ("ПСКОВ", "9 июня", "ТАСС", "TASS")
    assert rest.lstrip() == "Часы на башне снова идут."


@pytest.mark.parametrize("line", [
    "ПСКОВ, 9 июня. /ТАСС сообщает о часах.",  # no story's capital after the name
    "ПСКОВ, 9 июня. /ПСКОВИНФО Часы на башне снова идут.",  # an agency no table lists
])
def test_no_lost_mark_dateline(line):
    found = read_dateline(line)
    assert found is None or found[0].agency != "ТАСС"


# --- a time line with its rubric after a bar, over the headline -----------------------------------

def _timed(line: str) -> str:
    return (f"{line}\n\nВ Кургане открыли новый каток\n\n"
            "Крытый каток открылся в Кургане после двух лет строительства, сообщили в администрации города.\n")


@pytest.mark.parametrize("line, section, published", [
    ("14:20, 3 Марта 2019 | Новости Зауралья", "Новости Зауралья", "2019-03-03T14:20:00"),
    ("09:05, 12 января 2020 | Спорт", "Спорт", "2020-01-12T09:05:00"),
    ("09:05, 12 января 2020", None, "2020-01-12T09:05:00"),
])
def test_a_time_line_with_a_rubric(line, section, published):
    article = parse(_timed(line))[0]
    assert article.headline == "В Кургане открыли новый каток"
    assert article.section == section
    assert article.published == published


def test_a_bar_before_a_number_is_no_rubric():
    article = parse(_timed("09:05, 12 января 2020 | 15 комментариев"))[0]
    assert article.section is None


@pytest.mark.parametrize("line", ["Сообщение информационного агентства «Зауралье».",
                                  "По материалам агентства «Зауралье»"])
def test_an_agency_source_line_is_neither_lead_nor_body(line):
    article = parse(_timed("09:05, 12 января 2020").replace("\n\nКрытый", f"\n\n{line}\n\nКрытый"))[0]
    assert article.lead is None
    assert all("агентства" not in paragraph for paragraph in article.body)


# --- "Фото" printed before a credit with no mark ---------------------------------------------------

@pytest.mark.parametrize("line, credit", [
    ("Фото EPA/ИТАР-ТАСС", "EPA/ИТАР-ТАСС"),
    ("Фото Иван Петров/ТАСС", "Иван Петров/ТАСС"),
    ("Иван Петров/ТАСС", "Иван Петров/ТАСС"),
    ("Фотохроника ТАСС/ИТАР-ТАСС", "Фотохроника ТАСС/ИТАР-ТАСС"),
])
def test_the_word_photo_is_dropped_from_a_credit(line, credit):
    page = STORY.replace("\n\nКУРГАН", f"\n\n{line}\n\nКУРГАН")
    assert parse(page)[0].credits == (credit,)


# --- a related story's marker and headline glued onto a paragraph ----------------------------------

GLUED = "Читайте такжеВ Шадринске построят бассейнКак сообщили в мэрии, каток будет открыт до конца марта."


def test_a_glued_related_headline_is_cut_from_the_paragraph():
    body = _body(STORY + "\n" + GLUED + "\n")
    assert body[-1] == "Как сообщили в мэрии, каток будет открыт до конца марта."
    assert not any("Шадринске" in paragraph for paragraph in body)


@pytest.mark.parametrize("text", [
    "Читайте также наш материал о катках: в городе их стало три, а к весне откроют еще один.",  # a space
    "Читайте такжеВ Шадринске построят бассейн",  # nothing after the headline
    "По темеВЦИОМ опросил жителей: каток нужен городу, считают 70% из них, остальные против.",
    "Сегодня такжеВ Шадринске построят бассейнКак сообщили в мэрии, каток будет открыт до конца марта.",
])
def test_a_paragraph_opening_otherwise_keeps_its_text(text):
    line = Line(1, text, 1)
    cut_glued_related(line, Grammar(DEFAULT, AGENCIES))
    assert line.text == text


# --- a caption taken in short over its credit, printed in full under it ----------------------------

PHOTO = ("В Кургане открыли новый каток\n\nКаток примет до трехсот посетителей\n\n"
         "Крытый каток в Кургане\nКрытый каток в Кургане\n© РИА Новости / Иван Петров\n{under}\n"
         "КУРГАН, 12 дек — РИА Новости. Крытый каток открылся в Кургане после двух лет строительства, "
         "сообщили в администрации города.\n")


@pytest.mark.parametrize("under, captions", [
    ("Крытый каток в Кургане. Архивное фото", ("Крытый каток в Кургане. Архивное фото",)),
    ("Крытый каток в Кургане, декабрь 2024 года", ("Крытый каток в Кургане, декабрь 2024 года",)),
])
def test_the_full_caption_under_the_credit_replaces_the_short_one(under, captions):
    assert parse(PHOTO.format(under=under))[0].captions == captions


def test_a_line_under_the_credit_that_does_not_extend_the_caption_is_no_caption():
    article = parse(PHOTO.format(under="Власти города обещают открыть еще два катка"))[0]
    assert article.captions == ("Крытый каток в Кургане",)


# --- a story package's banner over the headline -----------------------------------------------------

BANNER = "Каток в центре Кургана - Sputnik Казахстан, 1920, 12.12.2024\nЗимний сезон\nВсе о зимнем отдыхе в регионе.\n"


def test_a_banner_block_over_the_headline_is_dropped():
    story = ("В Кургане открыли новый каток\n\nКаток примет до трехсот посетителей.\n"
             "КУРГАН, 12 дек – Sputnik. Крытый каток открылся в Кургане после двух лет строительства, "
             "сообщили в администрации города.\nСезон продлится до марта.\n")
    article = parse(BANNER + "\n" + story)[0]
    assert article.headline == "В Кургане открыли новый каток"
    assert article.lead == "Каток примет до трехсот посетителей."
    assert article.body[0].startswith("Крытый каток открылся")


def test_an_alt_line_in_the_headline_block_is_no_banner():
    # With no later block over the story, the block is the header's own: the banner rule leaves it.
    page = BANNER + STORY.replace("\n\nКУРГАН", "\nКУРГАН")
    assert parse(page)[0].body[-1] == LAST


# --- a headline, a day and time and the dateline glued into one header line --------------------------

GLUED_BODY = ("В Кургане открылся крытый каток, его строили два года, сообщили в администрации города.\n"
              "Каток вмещает до трехсот посетителей.\n")


@pytest.mark.parametrize("header, agency, published", [
    ("В Кургане открыли новый каток12.12.2024 10:15КУРГАН, 12 декабря. /ЗАУРАЛЬЕИНФОРМ/.", "ЗАУРАЛЬЕИНФОРМ",
     "2024-12-12T10:15:00"),
    ("В Кургане открыли новый каток12.12.2024 10:15КУРГАН, 12 декабря. /ТАСС/.", "ТАСС", "2024-12-12T10:15:00+03:00"),
])
def test_a_glued_header_line_gives_headline_time_and_dateline(header, agency, published):
    article = parse(header + "\n" + GLUED_BODY)[0]
    assert article.headline == "В Кургане открыли новый каток"
    assert article.published == published
    assert (article.dateline.place, article.dateline.agency) == ("КУРГАН", agency)
    assert article.body[0].startswith("В Кургане открылся")


@pytest.mark.parametrize("header", [
    "В Кургане открыли новый каток12.12.2024 10:15КУРГАН, 12 декабря. /ТАСС/. Каток открылся днем.",
    "Каток12.12.2024 10:15",  # too short for a headline
    "В Кургане открыли новый каток 12.12.2024 10:15",  # not glued: a headline and a time of their own
])
def test_other_lines_with_a_day_and_time_are_no_glued_header(header):
    line = Line(1, header, 1)
    classify(line, Grammar(DEFAULT, AGENCIES), AGENCIES)
    assert line.kind != "headline-time"


def test_a_dateline_whose_closing_mark_was_lost_alone_on_its_line():
    article = parse("ПСКОВ, 9 июня. /ТАСС\nЧасы на башне снова идут после реставрации, сообщили в городе.\n")[0]
    assert (article.dateline.place, article.dateline.agency) == ("ПСКОВ", "ТАСС")
    assert article.body == ("Часы на башне снова идут после реставрации, сообщили в городе.",)
