"""Families of Russian pages that broke on a first sight of new sites (issue 17, development set 8):
the lines a site prints under the story. A back-to-top link, a link to another story ending in an
arrow ("Headline >>"), a "see also" heading that lost its links over a comment form's heading and its
starred hints, a repost's source line with the author's login under it. Each is tested by its shape,
with lines of a like look that must stay the story's. The texts are made up."""
from __future__ import annotations

import pytest

from tasscli import parse
from tasscli.parsing.article.tail import is_junk

STORY = ("В Вологде отремонтировали старый мост\n\n"
         "Ремонт моста через реку завершили на месяц раньше срока, сообщили в мэрии города.\n\n"
         "Движение по мосту откроют в субботу утром.\n")
LAST = "Движение по мосту откроют в субботу утром."


def _body(text: str):
    return parse(text)[0].body


@pytest.mark.parametrize("tail", [
    "в начало",
    "К началу страницы",
    "Мэр Вологды рассказал о планах на следующий год >>",
    "Мэр Вологды рассказал о планах на следующий год >>\nВ области построят два новых моста >>",
    "Еще по теме:\n\nОбсуждение:\n\n* Поля, отмеченные звездочкой, обязательны\n\n* Имя пишите латиницей",
    "По материалам: vologda-primer\nsidorova_a",
    "По материалам: vologda-primer\n\nsidorova_a",
])
def test_a_line_under_the_story_is_cut(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] == LAST
    assert len(body) == 2


@pytest.mark.parametrize("tail", [
    # a starred note of the story's own, with no footer heading over it
    "* Организация признана нежелательной на территории России.",
    # a paragraph ending in a colon with no footer under it (a page cut after it)
    "В мэрии назвали сроки следующих ремонтов:",
    # a closing paragraph naming its source in a sentence
    "По материалам городской администрации, ремонт обошелся в сто миллионов рублей.",
])
def test_a_story_line_of_a_like_look_stays(tail):
    body = _body(STORY + "\n" + tail + "\n")
    assert body[-1] != LAST
    assert body[-1].startswith(tail.split("\n")[-1][:20])


@pytest.mark.parametrize("text,junk", [
    ("Новый мост откроют в субботу >>", True),
    ("petrov.ivan", True),
    ("Петров", False),
    ("Движение откроют в субботу.", False),
    ("Курс >> вырос", False),
])
def test_link_arrows_and_logins_are_junk_by_shape(text, junk):
    assert is_junk(text) is junk


# --- a page of one sentence with no headline: the lead --------------------------------------------

LONE = ("Губернатор Карелии провел встречу с жителями Сортавалы и пообещал, что новую школу в городе "
        "откроют к осени, сообщил ТАСС представитель правительства республики.")


@pytest.mark.parametrize("page", [LONE + "\n", "Реклама\n\n" + LONE + "\n", "Фото Иван Петров/ТАСС\n" + LONE + "\n"])
def test_a_lone_sentence_with_no_headline_is_the_lead(page):
    article = parse(page)[0]
    assert article.headline is None
    assert article.lead == LONE
    assert article.body == ()


@pytest.mark.parametrize("page", [
    "Школу в Сортавале откроют к осени?\n",  # a question is no lead
    "Сортавала, 12 мая 2024 года. " + LONE + "\n",  # a year: a date line glued to the text
    LONE + "\n\nПодробности на\nprimer.example\n",  # text lines under it
])
def test_a_lone_line_of_another_shape_is_no_lead(page):
    assert parse(page)[0].lead is None
