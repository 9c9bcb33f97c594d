"""Russian page shapes a blind first-sight set broke (issue 17): header lines taken as the
headline, closing lines kept as body, credits missed, datelines and time lines not read. Each
shape is tested on its own line or page, with lines of the same look that must stay text. The
texts are made up."""
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


def _kind(text: str):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    return line.kind, line.info


# --- header lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ua en ru", "РУС | ENG", "en de fr",
    "Новости Политика Экономика Спорт Культура",
    "ПолитикаЭкономикаВ миреСпорт",
    "News Politics World Sport",
    "Вестник Приволжья © 2024, г. Самара, ул. Садовая, 12",
    "© Городские вести, 2003–2024. Адрес редакции: ул. Мира, 5",
])
def test_site_header_lines_are_furniture(text):
    assert _kind(text)[0] == "furniture"


@pytest.mark.parametrize("text, section", [
    ("ГлавнаяПолитика", "Политика"),
    ("Главная Новости Экономика", "Экономика"),
    ("HomeWorld", "World"),
    ("ГлавнаяНовости", ""),
])
def test_a_glued_breadcrumb_names_its_section(text, section):
    kind, info = _kind(text)
    assert (kind, info) == (("label", section) if section else ("furniture", None))


@pytest.mark.parametrize("text", [
    "Политика и экономика в новом году",
    "Спорт Культура",  # two rubrics: a headline's words may be so
    "Политика Экономика спорт",  # a lower-case word: no menu
    "Новости Москвы © Иван Петров/ ТАСС",
    "В 2024 году © на снимок получил автор",
])
def test_lines_like_them_are_not_furniture(text):
    assert _kind(text)[0] != "furniture"


def test_the_headline_under_header_lines():
    text = ("en ru\nГородские вести © 2023, г. Тверь, ул. Советская, 1\nНовости Политика Экономика Спорт\n"
            "ГлавнаяПолитика\n\nДепутаты приняли бюджет области\n\n"
            "ТВЕРЬ, 5 мая. /ТАСС/. Областные депутаты приняли бюджет на следующий год.\n")
    (article,) = parse(text)
    assert (article.headline, article.section) == ("Депутаты приняли бюджет области", "Политика")


# --- closing lines --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Обсудить",
    "Читать на tass.ru",
    "Читать на ria.ru »",
    "Материал опубликован автоматически из открытых источников. Редакция не несет ответственности за него.",
    "Новость добавлена автоматически",
    "Редакция не несет ответственности за содержание материала.",
])
def test_closing_lines_are_furniture(text):
    assert _kind(text)[0] == "furniture"


@pytest.mark.parametrize("text", ["#транспорт #Пермь", "#Москва, #метро", "ТегиТранспортМосква", "Теги:Транспорт"])
def test_tag_lines_without_a_spaced_marker(text):
    assert _kind(text)[0] == "tags-line"


@pytest.mark.parametrize("text", ["#1 в рейтинге", "Новость о правке закона вызвала споры в думе.",
                                  "Редакция газеты получила письмо от читателей."])
def test_story_lines_like_closing_lines_stay_text(text):
    assert _kind(text)[0] == "text"


@pytest.mark.parametrize("note", [
    "В новость внесена правка (15:40 мск) - уточнен номер маршрута.",
    "В материал внесены изменения (10:05 мск) - добавлены подробности.",
    "В текст внесено уточнение",
])
def test_an_editors_note_leaves_the_body(note):
    text = f"Мост открыт\n\nПЕРМЬ, 3 июня. /ТАСС/. Мост открыли после ремонта.\n\n{note}\n"
    (article,) = parse(text)
    assert article.body == ("Мост открыли после ремонта.",)
    assert note in article.notes


def test_a_dateline_repeated_alone_at_the_end_is_no_story():
    text = "Мост открыт\n\nПЕРМЬ, 3 июня. /ТАСС/. Мост открыли после ремонта.\n\nДвижение пустили утром.\n\n" \
           "ПЕРМЬ, 3 июня. /ТАСС/.\n"
    (article,) = parse(text)
    assert article.body == ("Мост открыли после ремонта.", "Движение пустили утром.")


def test_two_stories_each_with_a_dateline_stay_two():
    text = ("Мост открыт\n\nПЕРМЬ, 3 июня. /ТАСС/. Мост открыли после ремонта.\n\n"
            "Парк закрыт\n\nОМСК, 3 июня. /ТАСС/. Парк закрыли на ремонт до осени.\n")
    assert [a.headline for a in parse(text)] == ["Мост открыт", "Парк закрыт"]


# --- credits --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, credit", [
    ("Ольга Кузнецова/ ТАСС", "Ольга Кузнецова/ ТАСС"),
    ("Иван Петров, Анна Белова/ТАСС", "Иван Петров, Анна Белова/ТАСС"),
    ("Анна Петрова/ Пресс-служба мэрии/ ТАСС", "Анна Петрова/ Пресс-служба мэрии/ ТАСС"),
    ("John Smith/Reuters", "John Smith/Reuters"),
])
def test_a_bare_agency_credit_line(text, credit):
    assert _kind(text) == ("credit", credit)


@pytest.mark.parametrize("text", ["Москва/ТАСС", "в Москве/ ТАСС", "Перевод с английского/ТАСС и другие"])
def test_lines_that_are_no_bare_credit(text):
    assert _kind(text)[0] != "credit"


@pytest.mark.parametrize("text, caption, credit", [
    ("Вручение наград в филармонии © Анна Петрова/ Пресс-служба администрации области/ ТАСС",
     "Вручение наград в филармонии", "Анна Петрова/ Пресс-служба администрации области/ ТАСС"),
    ("Awards handed out in the hall © Name Surname/ Mayor's Office/ TASS",
     "Awards handed out in the hall", "Name Surname/ Mayor's Office/ TASS"),
])
def test_a_caption_with_a_credit_of_several_parts(text, caption, credit):
    assert _kind(text) == ("caption", (caption, credit))


# --- datelines ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, place, date, agency, rest", [
    ("ТАСС-ДОСЬЕ.", None, None, "ТАСС-ДОСЬЕ", ""),
    ("(Владимир, 21 июня, «Вести Клязьмы»). Парк открыт.", "Владимир", "21 июня", "Вести Клязьмы", "Парк открыт."),
    ("(Тверь, 3 мая, ТАСС) - Парк открыт.", "Тверь", "3 мая", "ТАСС", "Парк открыт."),
    ("(Leeds, 3 May, \"City Wire\"). The park opened.", "Leeds", "3 May", "City Wire", "The park opened."),
    ("Смоленск. 27 февраля", "Смоленск", "27 февраля", None, ""),
])
def test_dateline_shapes(line, place, date, agency, rest):
    found = read_dateline(line)
    assert found is not None
    dateline, _, after = found
    assert (dateline.place, dateline.date, dateline.agency, after.strip()) == (place, date, agency, rest)


@pytest.mark.parametrize("line", [
    "(Владимир, 21 июня, в субботу) прошел парад.",
    "Смоленск. 27 февраля здесь открыли музей.",
    "ТАСС. Агентство сообщило",
])
def test_sentences_of_those_shapes_are_no_datelines(line):
    found = read_dateline(line)
    assert found is None or found[0].date is None and found[2].strip()


def test_the_agency_signed_at_the_end_fills_a_dateline_that_names_none():
    text = ("Стена будет отремонтирована\n\nСмоленск. 27 февраля\nРаботы начнут летом.\n"
            "Они продлятся два сезона.\nТАСС\n")
    (article,) = parse(text)
    assert (article.dateline.place, article.dateline.agency, article.agency) == ("Смоленск", "ТАСС", "TASS")


def test_a_source_line_at_the_end_fills_no_agency():
    text = "Стена будет отремонтирована\n\nСмоленск. 27 февраля\nРаботы начнут летом.\nИсточник: ТАСС\n"
    (article,) = parse(text)
    assert article.dateline.agency is None


# --- time lines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, parts", [
    ("2017-05-18 11:30 |", (2017, 5, 18, 11, 30, None)),
    ("2017-05-18 11:30 | Общество", (2017, 5, 18, 11, 30, "Общество")),
])
def test_an_iso_day_and_clock_before_a_bar(text, parts):
    found = read_time_line(text)
    assert found is not None
    assert (found.year, found.month, found.day, found.hour, found.minute, found.section) == parts


def test_a_tass_dossier_page_takes_moscow_time():
    text = "Как создавался флот\n\n2017-05-18 11:30 |\n\nТАСС-ДОСЬЕ.\n\nФлот основали в начале века.\n"
    (article,) = parse(text)
    assert article.published == "2017-05-18T11:30:00+03:00"
    assert article.body == ("Флот основали в начале века.",)


# --- a page set line by line that opens with a sentence -------------------------------------------

def test_a_page_of_single_line_sentences_opens_with_its_lead():
    text = ("Совет директоров компании одобрил выплату дивидендов за прошлый год в размере пяти рублей на акцию, "
            "сообщила пресс-служба.\nРешение примут акционеры на собрании в июне.\nВыплата пройдет в июле.\n")
    (article,) = parse(text)
    assert article.headline is None
    assert article.lead.startswith("Совет директоров")
    assert article.body == ("Решение примут акционеры на собрании в июне.", "Выплата пройдет в июле.")


@pytest.mark.parametrize("text", [
    # blank lines between the paragraphs: a story of paragraphs, all body
    "Совет директоров компании одобрил выплату дивидендов за прошлый год в размере пяти рублей.\n\n"
    "Решение примут акционеры на собрании в июне.\n\nВыплата пройдет в июле.\n",
    # a place and a dash opening it: a dateline no shape reads
    "Madrid - The board approved a dividend of five euros a share for last year, the company said.\n"
    "Shareholders will vote in June.\nThe payment is due in July.\n",
    # a credit line above it: the page does not open with it
    "Фото: ТАСС/Иван Петров\nСовет директоров компании одобрил выплату дивидендов за прошлый год в размере "
    "пяти рублей.\nРешение примут акционеры на собрании в июне.\n",
])
def test_pages_whose_first_sentence_is_body(text):
    (article,) = parse(text)
    assert article.lead is None


@pytest.mark.parametrize("text", ["Информационное агентство России ТАСС", "Российское информационное агентство REGNUM"])
def test_an_agencys_description_alone_is_furniture(text):
    assert _kind(text)[0] == "furniture"
