"""Pages in Russian: datelines, months and time lines, rubrics, credits and bylines, the record's
`language`, and the commands that show or filter by them (issue 17). The texts are made up."""
from __future__ import annotations

import io
import itertools
import json
import time
import unicodedata

import pytest
from click.testing import CliRunner

from tasscli import parse
from tasscli.batch.stats import Stats
from tasscli.cli.main import main
from tasscli.io.ninjs import to_ninjs
from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.datelines import read_dateline
from tasscli.parsing.dates import read_time_line
from tasscli.parsing.explain import explain, render_lines
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.letters import language
from tasscli.parsing.lines import Line
from tasscli.parsing.names import place_name, section_slug
from tasscli.parsing.normalize import normalize_article
from tasscli.term import columns, cut_to_columns
from tasscli.vocab import DEFAULT, MONTHS

# --- datelines ------------------------------------------------------------------------------------

#: (line, place, region, date, agency as printed, canonical agency)
DATELINES = [
    ("МОСКВА, 3 июня. /ТАСС/. Текст", "МОСКВА", None, "3 июня", "ТАСС", "TASS"),
    ("НАРЬЯН-МАР, 1 марта. /ТАСС/. Текст", "НАРЬЯН-МАР", None, "1 марта", "ТАСС", "TASS"),
    ("ОТТАВА /Канада/, 9 мая. /Спец. корр. ТАСС Иван Орлов, Петр Сомов/. Текст", "ОТТАВА", "Канада", "9 мая",
     "ТАСС", "TASS"),
    ("РИГА, 2 июля. /Корр. ИТАР-ТАСС Анна Белова/. Текст", "РИГА", None, "2 июля", "ИТАР-ТАСС", "TASS"),
    ("/Корр. ТАСС Анна Белова/. Текст", None, None, None, "ТАСС", "TASS"),
    ("/ИТАР-ТАСС /. Текст", None, None, None, "ИТАР-ТАСС", "TASS"),
    ("ТАСС, 17 сентября. Текст", None, None, "17 сентября", "ТАСС", "TASS"),
    ("Томск. 4 апреля. INTERFAX.RU - Текст", "Томск", None, "4 апреля", "INTERFAX.RU", "Interfax"),
    ("4 апреля. ИНТЕРФАКС - Текст", None, None, "4 апреля", "ИНТЕРФАКС", "Interfax"),
    ("Владивосток. 4 апреля. ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Текст", "Владивосток", None, "4 апреля",
     "ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК", "Interfax"),
    ("4 апреля. Interfax-Russia.ru - Текст", None, None, "4 апреля", "Interfax-Russia.ru", "Interfax"),
    ("ТОКИО, 5 ноя — Прайм. Текст", "ТОКИО", None, "5 ноя", "Прайм", "PRIME"),
    ("ДАВОС (Швейцария), 22 янв /ПРАЙМ/. Текст", "ДАВОС", "Швейцария", "22 янв", "ПРАЙМ", "PRIME"),
    ('ОМСК, 8 июл - РИА "Новости". Текст', "ОМСК", None, "8 июл", 'РИА "Новости"', "RIA Novosti"),
    ("ОМСК, 8 фев — РИА Новости. Текст", "ОМСК", None, "8 фев", "РИА Новости", "RIA Novosti"),
    ("ОМСК, 8 дек -. Текст", "ОМСК", None, "8 дек", None, None),
    ("ЯКУТСК, 12 мая —. Текст", "ЯКУТСК", None, "12 мая", None, None),
    ("ТЮМЕНЬ, 3 июня, ФедералПресс. Текст", "ТЮМЕНЬ", None, "3 июня", "ФедералПресс", "FederalPress"),
    ("ТЮМЕНЬ, 3 июня, РИА ФедералПресс. Текст", "ТЮМЕНЬ", None, "3 июня", "РИА ФедералПресс", "FederalPress"),
    ("Шанхай, 3 июня /Синьхуа/ -- Текст", "Шанхай", None, "3 июня", "Синьхуа", "Xinhua"),
    ("ЛЬВОВ. 3 июня. УНН. Текст", "ЛЬВОВ", None, "3 июня", "УНН", "UNN"),
    ("ОШ, 3 июн – Sputnik. Текст", "ОШ", None, "3 июн", "Sputnik", "Sputnik"),
    ("ОШ, 30-май — Sputnik. Текст", "ОШ", None, "30-май", "Sputnik", "Sputnik"),
    ("Астана. 3 июня. КазТАГ – Текст", "Астана", None, "3 июня", "КазТАГ", "KazTAG"),
    ("Тыва, 3 мая, 2008, 12:00 — ИА Регнум. Текст", "Тыва", None, "3 мая", "ИА Регнум", "REGNUM"),
    ("Керчь, 3 июня. Крыминформ. Текст", "Керчь", None, "3 июня", "Крыминформ", "Crimea-Inform"),
    ("ОМСК, 8 июл - РИА Новости, Анна Белова. Текст", "ОМСК", None, "8 июл", "РИА Новости", "RIA Novosti"),
    ("Сочи. 3 июня. ИНТЕРФАКС-ЮГ - Текст", "Сочи", None, "3 июня", "ИНТЕРФАКС-ЮГ", "Interfax"),
    ("Киев. 3 июня. Интерфакс-Украина - Текст", "Киев", None, "3 июня", "Интерфакс-Украина", "Interfax"),
    ("/ТАСС-ДОСЬЕ/. Текст", None, None, None, "ТАСС-ДОСЬЕ", "TASS"),
]


@pytest.mark.parametrize("line, place, region, date, printed, canonical", DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_russian_datelines(line, place, region, date, printed, canonical):
    found = read_dateline(line)
    assert found is not None, line
    dateline, agency, rest = found
    assert (dateline.place, dateline.region, dateline.date, dateline.agency, agency) == \
        (place, region, date, printed, canonical)
    assert rest == "Текст"


@pytest.mark.parametrize("line", [
    "Губернатор Севастополя Дмитрий Иванов рассчитывает, что ремонт закончат к маю.",
    "Москва Москва",
    "В МОСКВЕ прошел митинг",
    "Об этом сообщил ТАСС представитель ведомства.",
    "3 мая в Москве прошел парад.",
])
def test_russian_text_is_no_dateline(line):
    assert read_dateline(line) is None


def test_a_dateline_year_gives_the_day_without_entering_the_date():
    text = "Обвал в горах\nТыва, 3 мая, 2008, 12:00 — ИА Регнум. Дорогу перекрыло камнями.\n"
    (article,) = parse(text)
    assert article.dateline.date == "3 мая"
    assert article.published == "2008-05-03"
    assert article.agency == "REGNUM"


def test_russian_hyphenated_capitals_in_bounded_time():
    """The place pattern reads Cyrillic capitals now: a line of them joined by hyphens must still
    fail in linear time (the Latin ones once took minutes)."""
    line = "АБ-ВГ " * 3000
    start = time.process_time()
    parse(line + "\n\nМОСКВА, 3 июня. /ТАСС/. Текст новости здесь.\n")
    assert time.process_time() - start < 10


# --- months and time lines ------------------------------------------------------------------------

def test_russian_months_genitive_nominative_and_abbreviated():
    for names, number in ((("января", "январь", "янв"), 1), (("мая", "май"), 5), (("сентября", "сент", "сен"), 9)):
        assert all(MONTHS[name] == number for name in names)


@pytest.mark.parametrize("text, expected", [
    ("3 июня, 19:06", (None, 6, 3, 19, 6)),
    ("3 июня 2017, 19:06", (2017, 6, 3, 19, 6)),
    ("03.06.2017 19:06", (2017, 6, 3, 19, 6)),
    ("3 июня 2017 / 19:06", (2017, 6, 3, 19, 6)),
    ("Регион / Новости 3 июня 2017 г. 19:06", (2017, 6, 3, 19, 6)),
    ("19:06 03.06.2017 (обновлено: 20:15 03.06.2017)", (2017, 6, 3, 19, 6)),
    ("03-06-2017, 19:06 | Общество", (2017, 6, 3, 19, 6)),
])
def test_russian_time_lines(text, expected):
    line = read_time_line(text)
    assert line is not None, text
    assert (line.year, line.month, line.day, line.hour, line.minute) == expected


def test_a_rubric_printed_on_the_time_line_is_the_section():
    text = ("03-06-2017, 19:06 | Общество\n\nВ Бишкеке открыли новую школу на 1200 мест\n\n"
            "БИШКЕК, 3 июн – Sputnik. Новая школа открылась в жилом массиве на окраине столицы.\n")
    (article,) = parse(text)
    assert (article.section, article.published) == ("Общество", "2017-06-03T19:06:00")


def test_tass_time_in_russian_is_moscow_time():
    text = ("Мост открыли после ремонта\n\nОбщество\n17 сентября 2013, 11:20\n\n"
            "ТВЕРЬ, 17 сентября. /ТАСС/. Мост через Волгу открыли после ремонта.\n")
    (article,) = parse(text)
    assert article.published == "2013-09-17T11:20:00+04:00"
    assert article.section == "Общество"


# --- lines: rubrics, credits, bylines, furniture --------------------------------------------------

@pytest.mark.parametrize("text, kind, info", [
    ("::В России", "section", "В России"),
    ("Бывший СССР", "section", "Бывший СССР"),
    ("© ТАСС", "credit", "ТАСС"),
    ("© Пресс-служба мэрии/ ТАСС", "credit", "Пресс-служба мэрии/ ТАСС"),
    ("Фото: ТАСС/Олег Рябов", "credit", "ТАСС/Олег Рябов"),
    ("Фото: [РИА Новости]", "credit", "РИА Новости"),
    ("// Олег Рябов, ТАСС", "credit", "Олег Рябов, ТАСС"),
    ("© Sputnik / Олег Рябов / Перейти в фотобанк", "credit", "Sputnik / Олег Рябов"),
    ("Колонна участников шествия на площади, автор фото Рябов/Фотохроника ТАСС", "caption",
     ("Колонна участников шествия на площади", "Рябов/Фотохроника ТАСС")),
    ("Текст: Олег Рябов", "byline", ("Олег Рябов", None)),
    ("Олег Рябов ИА REGNUM", "byline", ("Олег Рябов", None)),
    ("Читать на сайте ИТАР-ТАСС", "furniture", None),
    ("Подробнее на ТАСС:", "furniture", None),
    ("Источник: пресс-служба", "furniture", None),
    ("Новости партнеров", "end", None),  # the rest of the page is other stories
    ("DMCA", "furniture", None),
    ("-0-", "furniture", None),
    ("ТАСС", "furniture", None),
    ("Томская область / Новости", "furniture", None),
    ("Подробнее на ТАСС: https://tass.ru/obschestvo/123", "furniture", None),
    ("3 часа назад", "furniture", None),
    ("5 минут на чтение", "furniture", None),
    ("Россия / Украина", "text", None),
    ("Читайте также", "related", None),
    ("Также по теме:", "related", None),
])
def test_russian_line_kinds(text, kind, info):
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    assert (line.kind, line.info) == (kind, info)


def test_a_link_glued_to_a_teasers_end_is_cut():
    text = ("Склад сгорел в пригороде\n\nТВЕРЬ, 3 июня. /ТАСС/. Пожар на складе потушили к утру, "
            "сообщили спасатели… tass.ru »\n")
    (article,) = parse(text)
    assert article.body == ("Пожар на складе потушили к утру, сообщили спасатели…",)


def test_a_lone_line_referring_back_is_the_lead_of_a_lost_headline():
    text = "Его нашли в лесу через сутки\n\nТВЕРЬ, 3 июня. /ТАСС/. Спасатели нашли грибника, который заблудился.\n"
    (article,) = parse(text)
    assert (article.headline, article.lead) == (None, "Его нашли в лесу через сутки")


def test_russian_names_normalized():
    assert place_name("РОСТОВ-НА-ДОНУ") == "Ростов-на-Дону"
    assert place_name("МОСКВА") == "Москва"
    assert section_slug("Экономика и бизнес") == ("economy", True)
    assert section_slug("Армия и ОПК") == ("defense", True)


# --- language -------------------------------------------------------------------------------------

def test_language_by_letters():
    assert language("The talks went on.") == "en"
    assert language("Переговоры продолжились.") == "ru"
    assert language("Переговори тривали в Києві, їх провели вчасно.") == "uk"
    assert language("NATO и ЕС провели встречу в Брюсселе") == "ru"


def test_a_page_mixing_scripts_takes_its_bodys_language():
    russian_body = ("Home\nWorld\n\nПереговоры в Минске завершились\n\n"
                    "МИНСК, 3 июня. /ТАСС/. Переговоры делегаций завершились в среду вечером.\n")
    english_body = ("Главная\nВ мире\n\nTalks end in Minsk\n\n"
                    "MINSK, June 3. /TASS/. The delegations ended their talks on Wednesday evening.\n")
    assert [a.language for a in parse(russian_body)] == ["ru"]
    assert [a.language for a in parse(english_body)] == ["en"]


def test_ninjs_language_follows_the_record():
    (article,) = parse("Мост открыли\n\nТВЕРЬ, 3 июня. /ТАСС/. Мост через Волгу открыли после ремонта.\n")
    record = normalize_article(article).to_dict()
    assert to_ninjs(record)["language"] == "ru"
    del record["language"]  # cut by --fields: read off the text the record keeps
    assert to_ninjs(record)["language"] == "ru"
    assert to_ninjs({"headline": "Bridge opens"})["language"] == "en"


# --- commands -------------------------------------------------------------------------------------

PAGE = ("Мост открыли после ремонта\n\nТВЕРЬ, 3 июня. /ТАСС/. Мост через Волгу открыли после ремонта.\n\n"
        "Движение по нему возобновится в пятницу.\n")


@pytest.mark.parametrize("name", ["ТАСС", "TASS", "итар-тасс", "tass"])
def test_agency_filter_in_either_script(tmp_path, name):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "jsonl", "--agency", name])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["headline"] for line in result.output.splitlines()] == ["Мост открыли после ремонта"]
    other = CliRunner().invoke(main, ["parse", str(path), "--format", "jsonl", "--agency", "Интерфакс"])
    assert other.exit_code == 0 and other.output == ""


def test_stats_by_language(tmp_path):
    stats = Stats()
    stats.add_page([{"language": "ru"}, {"language": "ru"}])
    stats.add_page([{"language": "en"}, {}])
    assert stats.to_dict()["by_language"] == {"ru": 2, "en": 1, "(none)": 1}
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["stats", str(path), "--format", "json"])
    assert json.loads(result.output)["by_language"] == {"ru": 1}


def test_terminal_columns_of_cyrillic():
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола")  # "Й" as "И" + a combining breve
    assert len(decomposed) == 11 and columns(decomposed) == 10
    assert columns("Москва") == 6
    assert cut_to_columns(decomposed, 2) == unicodedata.normalize("NFD", "Йо")


def test_explain_cuts_cyrillic_lines_to_the_width():
    text = "Мост открыли\n\nТВЕРЬ, 3 июня. /ТАСС/. " + unicodedata.normalize("NFD", "Йошкар-Олинский мост ") * 10 + "\n"
    for line in render_lines(explain(text), width=60):
        assert columns(line) <= 60, line


def test_a_prefix_with_year_and_month_gives_a_time_line_its_year():
    text = (" date 2017-06\nМост открыли после ремонта\n\nОбщество\n3 июня, 19:06\n\n"
            "ТВЕРЬ, 3 июня. /ТАСС/. Мост через Волгу открыли после ремонта.\n")
    (article,) = parse(text)
    assert (article.headline, article.published) == ("Мост открыли после ремонта", "2017-06-03T19:06:00+03:00")
    assert [role.role for role in article.lines][:1] == ["date prefix"]
    without_time = " date 2017-06 Мост открыли после ремонта\n\nТВЕРЬ, 3 июня. /ТАСС/. Мост открыли после ремонта.\n"
    (article,) = parse(without_time)
    assert (article.headline, article.published) == ("Мост открыли после ремонта", None)


@pytest.mark.parametrize("prefix, printed, expected", [
    (" date 2018-03-01\n", "Сегодня, 19:06", "2018-03-01T19:06:00+03:00"),
    (" date 2018-03-01\n", "Вчера, 08:15", "2018-02-28T08:15:00+03:00"),
    ("", "Сегодня, 19:06", None),  # no prefix: nothing tells the day
])
def test_today_and_yesterday_only_where_a_prefix_gives_the_day(prefix, printed, expected):
    text = (prefix + "Мост открыли после ремонта\n\nОбщество\n" + printed
            + "\n\nТВЕРЬ, 1 марта. /ТАСС/. Мост через Волгу открыли после ремонта.\n")
    (article,) = parse(text)
    assert (article.published, article.section, article.published_text) == (expected, "Общество", printed)


def test_headings_over_other_stories_end_the_russian_page():
    text = ("Корпус больницы открыли\n\nТОМСК, 3 июня. /ТАСС/. Новый корпус больницы принял первых пациентов.\n\n"
            "ТАСС\n\nВыбор читателей\n\nУченые нашли в Арктике новый вид рачков\n\nНовости партнеров\n\n"
            "В Омске построят ледовую арену\n")
    (article,) = parse(text)
    assert article.body == ("Новый корпус больницы принял первых пациентов.",)


def test_tass_ru_order_headline_lead_byline_time_and_a_rubric_over_the_headline():
    text = ("Политика\n\nКабмин одобрил программу обновления электричек\n\n"
            "На закупку поездов направят 40 млрд рублей\n\nРедакция сайта ТАСС\n\n3 июня, 19:06\n\n"
            "МОСКВА, 3 июня. /ТАСС/. Правительство утвердило программу.\n")
    (article,) = parse(text)
    assert (article.section, article.headline, article.lead) == (
        "Политика", "Кабмин одобрил программу обновления электричек", "На закупку поездов направят 40 млрд рублей")
    assert article.published_text == "3 июня, 19:06" and article.published is None  # no year anywhere


#: Characters and words the Russian patterns turn on.
RUSSIAN_TOKENS = ("А", "а", "1", " ", "-", "/", ".", ",", ":", "(", "«", "—", "©", "мая", "ТАСС", "Корр.", " / ", "|")


@pytest.mark.parametrize("size", [55, 150])
def test_short_lines_of_repeated_russian_tokens_in_bounded_time(size):
    """Every pair of RUSSIAN_TOKENS repeated into a line (with a year and a clock after it, so that
    the time forms are tried), above a story: the place, reporter, breadcrumb and credit patterns
    must fail in bounded time however the line repeats (each parse takes milliseconds)."""
    for parts in itertools.product(RUSSIAN_TOKENS, repeat=2):
        unit = "".join(parts)
        line = (unit * (size // len(unit) + 1))[:size]
        start = time.process_time()
        parse(line + " 2017 19:06\n\n" + line + "\n\nМОСКВА, 3 июня. /ТАСС/. Текст новости здесь и там.\n")
        assert time.process_time() - start < 2, unit


def test_terminal_view_of_a_russian_record_keeps_to_the_width():
    from tasscli.cli.view import make_console, render_record

    story = "Мост через Волгу открыли. " * 20
    (article,) = parse("Мост открыли после ремонта\n\nТВЕРЬ, 3 июня. /ТАСС/. " + story + "\n")
    console = make_console(file=io.StringIO(), width=50, record=True, no_color=True)
    console.print(render_record(normalize_article(article).to_dict()))
    shown = console.export_text()
    assert ["language", "ru"] in [line.split() for line in shown.splitlines()]
    assert "Тверь, 3 июня · ТАСС" in shown
    assert all(columns(line) <= 50 for line in shown.splitlines())
