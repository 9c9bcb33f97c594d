"""A site's menus and breadcrumbs, as tables: the separators of a menu row, a breadcrumb's first
item, and the items of a menu besides its rubrics (`tasscli.vocab.furniture` holds the rest of what
a site prints around a story).

Tables only; `tasscli.vocab.Vocabulary` bundles them (and `from tasscli.vocab import MENU_ITEMS` works).
"""
from __future__ import annotations

from typing import Tuple

#: A site's breadcrumb or menu row is short items (three words at most) joined by spaced separators:
#: two or more with an arrow ("Home > World > Europe"), three or more with a bar, slash or dot
#: ("News | Sport | Video"). Such a line is furniture (`lines.Grammar.menu_row`).
MENU_ARROWS = ">»›→"

MENU_BARS = "|/•·"

#: The first item of a breadcrumb ("Главная > Новости дня > Headline"): such a line is a label
#: whose section is its last item short enough for a rubric (`lines.Grammar.breadcrumb`).
BREADCRUMB_HOMES: Tuple[str, ...] = ("Главная", "Главная страница", "На главную", "Home", "Homepage", "Home page",
                                     "Main", "Main page")

#: Items of a site's menu besides its rubrics (`SECTIONS`) and home (`BREADCRUMB_HOMES`): a line of
#: three or more of these and rubrics, spaced or glued ("Новости Политика Экономика Спорт",
#: "ГлавнаяПолитика"), is the site's menu or breadcrumb, never a headline (`lines.Grammar.menu_words`).
MENU_ITEMS: Tuple[str, ...] = ("Новости", "Статьи", "Фото", "Видео", "Фотогалерея", "Фоторепортажи", "Галерея",
                               "Контакты", "О нас", "О проекте", "Афиша", "Погода", "Авто", "Блоги", "Лента",
                               "Главное", "Архив", "Подписка", "Спецпроекты", "Пресс-релизы", "Происшествия",
                               "Обзоры", "Аналитика", "Репортажи", "Кино", "Музыка", "Технологии",
                               "News", "Video", "Videos", "Photo", "Photos", "Opinion", "Contacts", "About us",
                               "Archive")
