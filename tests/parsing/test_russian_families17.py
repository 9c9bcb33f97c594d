"""Families of Russian pages a first sight broke (issue 17, sets 4 to 6 and the pages fetched for
issue 17's second round): lines no story holds at a page's end, photo blocks taken for the lead,
teasers repeating the story. Each family is tested by its shape, with lines of a like look that must
stay the story's. The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.article.tail import is_junk

STORY = ("Лыжный сезон открыли в Кировске\n\n"
         "КИРОВСК, 2 декабря. /ТАСС/. Горнолыжные склоны Кировска приняли первых гостей сезона, сообщили в "
         "администрации города.\n\n"
         "На склонах работают шесть подъемников.\n")


def _body(text: str):
    return parse(text)[0].body


# --- lines ending the page that no story holds ------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "{* *}", "0", "12", "* * *  {}",
    "news_right_column_1_240_400", "news_bot_970_100\nnews_top_728_90",
    "ск", "ав/мс", "ab",
    "window.yaContextCb.push(function () { Ya.render({ blockId: 'R-1' }) });",
    "var adSlot = 3;",
])
def test_a_line_no_story_holds_is_cut_from_the_end(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] == "На склонах работают шесть подъемников."
    assert len(body) == 2


@pytest.mark.parametrize("tail", [
    "Матч завершился вничью.",
    "Трасса открыта до 22:00.",
    "В 2024 году трасс стало 12",
    "Ул. Мира, 5",
    "\"",  # a page cut after a quote opened keeps the mark
])
def test_a_short_story_line_stays(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] == tail


def test_only_the_end_is_cut():
    page = STORY + "\n0\n\nСезон продлится до мая.\n"
    assert list(_body(page)[-2:]) == ["0", "Сезон продлится до мая."]


@pytest.mark.parametrize("text", ["{* *}", "0", "ск", "news_right_column_1_240_400",
                                  "window.a.push({x: 1})", "function () {}"])
def test_junk_shapes(text):
    assert is_junk(text)


@pytest.mark.parametrize("text", ["Он сказал: \"Да\".", "Итог: 2:1 в пользу хозяев", "ТАСС", "США",
                                  "The score was 2-1.", "«", "Ок."])
def test_story_shapes_are_not_junk(text):
    assert not is_junk(text)


# --- a rubric in lower case under the time line ------------------------------------------------------

TIMED = ("2024-03-11T10:15+0300\n{rubric}\n"
         "МОСКВА, 11 мар - ПРАЙМ. Цены на зерно выросли на 3% за неделю, следует из данных биржи.\n")


@pytest.mark.parametrize("rubric", ["экономика", "Экономика", "политика"])
def test_a_rubric_under_the_time_line_is_the_section(rubric):
    article = parse(TIMED.format(rubric=rubric))[0]
    assert article.section == rubric
    assert article.headline is None


def test_a_lower_case_word_that_is_no_rubric_is_not_a_section():
    article = parse(TIMED.format(rubric="котировки"))[0]
    assert article.section is None


def test_a_rubric_in_lower_case_reads_as_in_capitals():
    assert parse("экономика\n\n" + STORY)[0].section == "экономика"
    assert parse("Экономика\n\n" + STORY)[0].section == "Экономика"


# --- the site's lines over the headline ---------------------------------------------------------------

HEADLINE = "В Твери отремонтируют старейший городской мост"
LEAD = "Работы продлятся до конца осени"
TEXT = ("Ремонт моста начнется в понедельник, сообщили в администрации города.\n\n"
        "Движение транспорта на время работ ограничат.\n")


@pytest.mark.parametrize("site", [
    "На сайте применяются рекомендательные технологии, основанные на сборе и анализе сведений о "
    "предпочтениях посетителей, которые обрабатываются в соответствии с опубликованными правилами "
    "(подробнее о правилах)",
    "С Новым годом, Тверь!",
    "Юбилей города!",
])
def test_a_notice_or_banner_over_the_headline_is_the_sites(site):
    assert parse(f"{site}\n\n{HEADLINE}\n\n{TEXT}")[0].headline == HEADLINE


def test_the_sites_short_lines_between_notice_and_headline_are_passed():
    notice = "Сайт использует файлы cookie и рекомендательные технологии " * 4
    article = parse(f"{notice.strip()}\n\nГородской канал\n\n12 345 подписчиков\n\n{HEADLINE}\n\n{TEXT}")[0]
    assert article.headline == HEADLINE


@pytest.mark.parametrize("page", [
    f"ГРОМКАЯ ОТСТАВКА В МЭРИИ ТВЕРИ\n\n{LEAD}\n\n{TEXT}",  # a headline in capitals, its lead under it
    f"Сборная России выиграла чемпионат мира!\n\nЭто первая победа команды за восемь лет.\n\n{TEXT}",
])
def test_a_headline_in_capitals_or_exclaiming_stays_the_headline(page):
    assert parse(page)[0].headline == page.split("\n")[0]


@pytest.mark.parametrize("line, credit", [
    ("РИА Новости/Ольга Кострова", "РИА Новости/Ольга Кострова"),
    ("РИА Новости / Ольга Кострова", "РИА Новости / Ольга Кострова"),
    ("Ольга Кострова/ ТАСС", "Ольга Кострова/ ТАСС"),
])
def test_a_bare_credit_with_the_agency_first_or_last(line, credit):
    article = parse(f"{HEADLINE}\n\n{line}\n\n{TEXT}")[0]
    assert credit in article.credits


@pytest.mark.parametrize("line", ["РИА Новости/Москва", "ТАСС/ интервью"])
def test_agency_and_a_place_or_a_word_is_no_credit(line):
    article = parse(f"{HEADLINE}\n\n{line}\n\n{TEXT}")[0]
    assert not article.credits


# --- a photo's alt text, a teaser cut from the story ------------------------------------------------------

PHOTO = ("Паром возобновил рейсы через пролив\n\n"
         "© Sputnik / Иван Орлов / Перейти в фотобанкПаром у причала. Архивное фото\n"
         "{alt}\n"
         "ЦХИНВАЛ, 2 мая - Sputnik. Паромная переправа возобновила работу после ремонта, сообщили в порту.\n"
         "Первый рейс ушел утром.\n")


@pytest.mark.parametrize("alt", [
    "Паром у причала. Архивное фото - Sputnik Южная Осетия, 1920, 02.05.2024",
    "Паром у причала. Архивное фото - Sputnik Грузия, 1920",
    "Паром у причала. Архивное фото - Sputnik Казахстан",
])
def test_the_alt_text_under_a_photo_is_neither_lead_nor_body(alt):
    article = parse(PHOTO.format(alt=alt))[0]
    assert article.lead is None
    assert article.captions == ("Паром у причала. Архивное фото",)
    assert not any("Sputnik" in p for p in article.body)


TEASED = ("Новый сквер откроют в Пскове к осени\n\n{teaser}\n\n"
          "Новый сквер на берегу реки Великой откроют к началу осени, сообщили в администрации Пскова. "
          "Работы идут по графику.\n\nВ сквере посадят двести деревьев.\n")


def test_a_teaser_cut_from_the_story_start_is_the_lead():
    teaser = "Новый сквер на берегу реки Великой откроют к началу осени, сообщили в администрации…"
    article = parse(TEASED.format(teaser=teaser))[0]
    assert article.lead == teaser
    assert len(article.body) == 2


@pytest.mark.parametrize("teaser", [
    "Сквер станет первым общественным пространством на берегу, где разрешат кататься на роликах…",  # another start
    "Новый сквер на берегу реки Великой откроют к началу осени, сообщили в администрации.",  # not cut
])
def test_a_line_that_is_no_teaser_of_the_story_stays_as_it_was(teaser):
    article = parse(TEASED.format(teaser=teaser))[0]
    assert article.lead != teaser or not teaser.endswith("…")
    assert article.body[-1] == "В сквере посадят двести деревьев."


# --- other stories' headlines and the site's controls under the story -------------------------------------

WIRE = ("Казань. 9 октября. ИНТЕРФАКС - Сезон речных прогулок продлили до конца октября, сообщили в "
        "министерстве транспорта.\n\"Теплоходы будут ходить по выходным\", - сказал представитель ведомства.\n")


def test_headlines_listed_under_the_story_are_dropped():
    page = WIRE + ("В Самаре открылся первый участок новой набережной\n"
                   "Мэр Ульяновска представил план ремонта дорог на следующий год\n")
    assert list(parse(page)[0].body) == [
        "Сезон речных прогулок продлили до конца октября, сообщили в министерстве транспорта.",
        "\"Теплоходы будут ходить по выходным\", - сказал представитель ведомства."]


@pytest.mark.parametrize("tail", [
    "В Самаре открылся первый участок новой набережной\n",  # one line: a subhead the page was cut after
    "Главные задачи на осень:\nОтремонтировать причалы в трех городах района\nЗакупить два новых теплохода для линии\n",
    "Что будет дальше\nТеплоходы встанут на зимний ремонт в ноябре.\n",
])
def test_a_subhead_or_a_list_under_a_colon_stays(tail):
    body = parse(WIRE + tail)[0].body
    assert body[-1] == tail.rstrip("\n").split("\n")[-1]


@pytest.mark.parametrize("text", [
    "Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»",
    "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
    "Подписывайтесь на наш канал в Дзен",
    "Источник и фото - example-news.ru",
    "Источник: example.kz",
    "Сайт example.one - агрегатор новостей из открытых источников.",
])
def test_a_sites_controls_are_furniture(text):
    assert _kind(text) == "furniture"


@pytest.mark.parametrize("text", ["Вам также может быть интересно", "Может быть интересно", "Сегодня в СМИ",
                                  "Новости СМИ2", "Сейчас читают"])
def test_headings_over_other_stories_end_the_story(text):
    assert _kind(text) == "end"


@pytest.mark.parametrize("text", [
    "Подписывайтесь на обновления, советовал он читателям, но не все его послушали.",
    "Источник в министерстве сообщил об этом агентству.",
    "Нам будет интересно посмотреть, как пройдет сезон.",
])
def test_story_lines_like_them_stay_text(text):
    assert _kind(text) in ("text", "dateline")


def _kind(text: str) -> str:
    from tasscli.parsing.agencies import AGENCIES
    from tasscli.parsing.grammar import grammar
    from tasscli.parsing.kinds import classify
    from tasscli.parsing.lines import Line
    from tasscli.vocab import DEFAULT
    line = Line(1, text, 0)
    classify(line, grammar(DEFAULT, AGENCIES), AGENCIES)
    return line.kind


# --- a site's social header: links under a colon, an arrow breadcrumb, the alt repeating the headline -----

SOCIAL = ("Мы в соцсетях:\n\nВКонтакте\n\nОдноклассники\n\n{crumb}\n\n" + HEADLINE + "\n\n"
          + HEADLINE + "\n{credit}\n\n" + TEXT)


def test_a_line_ending_with_a_colon_is_no_headline():
    article = parse(SOCIAL.format(crumb="Вестник → Общество 16+", credit="фото: архив редакции"))[0]
    assert article.headline == HEADLINE


@pytest.mark.parametrize("crumb", ["Вестник → Общество 16+", "Вестник → Общество", "Вестник › Общество 18+"])
def test_an_arrow_breadcrumb_with_an_age_mark_is_the_sites(crumb):
    article = parse(SOCIAL.format(crumb=crumb, credit="Фото: архив редакции"))[0]
    assert article.headline == HEADLINE
    assert article.lead != crumb


@pytest.mark.parametrize("credit", ["фото: архив редакции", "Фото: архив редакции"])
def test_the_alt_repeating_the_headline_over_a_credit_is_no_caption(credit):
    article = parse(SOCIAL.format(crumb="Вестник → Общество 16+", credit=credit))[0]
    assert article.credits == ("архив редакции",)
    assert article.captions == ()


def test_a_caption_that_is_not_the_headline_stays():
    page = f"{HEADLINE}\n\nСтарый мост через Тьмаку © Иван Петров/ ТАСС\n\n{TEXT}"
    assert parse(page)[0].captions == ("Старый мост через Тьмаку",)


def test_one_headline_like_line_ending_the_story_stays_whatever_follows():
    # A subhead the page was cut after, a site's line under it: the story's (tests/corpus/test_generalization.py)
    page = WIRE + "\nВ Самаре открылся первый участок новой набережной\n\nПодписывайтесь на наш канал в Дзен\n"
    assert parse(page)[0].body[-1] == "В Самаре открылся первый участок новой набережной"


# --- a whole quote under the headline, above the dateline --------------------------------------------------

SITE_HEADER = ("Вести Поволжья\n©2024 ИА «Вести Поволжья»\nУчредитель ООО «Поволжье Медиа»\n"
               "420000, г. Казань, ул. Мира, 1\n+7 843 000 00 00\ninfo@example.ru\n")
QUOTED = (SITE_HEADER + "В Казани отложили открытие новой станции метро\n{quote}\n"
          "(Казань, 14 марта, «Татар-информ»). Открытие станции метро перенесли на лето, сообщил мэр Казани.\n"
          "Строительство станции началось четыре года назад.\n")


@pytest.mark.parametrize("quote", [
    "«Мы не будем открывать станцию, пока не закончим все проверки и не получим заключения», – сказал мэр.",
    "\"Мы не будем открывать станцию, пока не закончим все проверки и не получим заключения\", - заявил он.",
])
def test_a_whole_quote_with_its_speaker_is_the_standfirst(quote):
    article = parse(QUOTED.format(quote=quote))[0]
    assert article.lead == quote
    assert article.body[0].startswith("Открытие станции")


def test_a_quote_opening_above_the_dateline_stays_the_storys():
    quote = "«Мы не будем открывать станцию, пока не закончим все проверки безопасности на всех уровнях."
    article = parse(QUOTED.format(quote=quote))[0]
    assert article.lead is None
    assert article.body[0] == quote


# --- the standfirst over the headline printed again ---------------------------------------------------------

STANDFIRST = ("Первый электробус вышел на городской маршрут в Омске в понедельник, его испытания продолжались "
              "месяц, сообщили в мэрии города.")
REPEATED = ("В Омске запустили первый электробус\n\n" + STANDFIRST + "\n{repeat}\n  • Пресс-служба мэрии\n\n"
            "«Электробус будет курсировать между вокзалом и университетом», — приводит ТАСС слова мэра.\n\n"
            "При этом он сообщил, что до конца года на линию выйдут еще девять машин.\n")


def test_the_sentence_over_the_headline_printed_again_is_the_standfirst():
    article = parse(REPEATED.format(repeat="В Омске запустили первый электробус"))[0]
    assert article.lead == STANDFIRST
    assert len(article.body) == 2


def test_with_no_repeat_under_it_the_sentence_stays_the_storys():
    article = parse(REPEATED.format(repeat="Электробус на остановке у вокзала"))[0]
    assert article.lead != STANDFIRST


def test_a_caption_repeating_the_headline_under_the_only_paragraph_is_no_sign():
    page = "В Омске запустили первый электробус\n\n" + STANDFIRST + "\nВ Омске запустили первый электробус\n© ТАСС\n"
    assert parse(page)[0].lead != STANDFIRST
