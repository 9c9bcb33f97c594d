"""The end of a story: the short lines after its last paragraph that cannot be the story's (a site's
footer headings, AMP pages' tags, what follows a paragraph cut mid-word)."""
from __future__ import annotations

import re
from typing import Callable, FrozenSet, List

from tasscli.parsing.agencies import agency_by_printed
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.lines import ends_sentence, headline_like, headline_long, names_footer

#: A word of two letters or more: a paragraph holding none ("{* *}", a bare counter "0") is no story's,
#: but for a quote mark alone, where a page was cut after a quote opened.
WORD = re.compile(r"[^\W\d_][^\W\d_]+")  # (a class first, not a repeat: searched for by a scan)
QUOTES = "\"'«»“”„‘’ "

#: Code a site printed as text: a call on a dotted name ("window.yaContextCb.push("), a function,
#: an arrow or a variable declared.
CODE = re.compile(r"[\w$]+(?:\.[\w$]+)+\s*\(|\bfunction\s*\(|=>|\b(?:var|let|const)\s+[\w$]+\s*=")

#: Ids of ad slots or blocks ("news_right_column_1_240_400"), one or several on the line.
SLOT_IDS = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\s+[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)*")

#: An editor's sign-off: one to three lower-case letters alone ("ск", "ав/мс").
SIGN_OFF = re.compile(r"[a-zа-яё]{1,3}(?:/[a-zа-яё]{1,3})?")

#: An author's login alone on a line under the story ("ivanova_m"): one lower-case Latin word.
LOGIN = re.compile(r"[a-z][a-z0-9_.\-]{1,30}")

#: A link to another story ends in an arrow of two or more ">" ("Headline >>").
LINK_ARROW = ">>"


def is_junk(text: str) -> bool:
    """Is the paragraph no story's text by its shape alone: no word, code, ad-slot ids, an
    editor's initials or an author's login, a link to another story ("Headline >>")? Tested only
    on the paragraphs that end the story."""
    text = text.strip()
    # Cheap gates first: ids hold "_", initials are short, code holds "(" or "=" (a search for CODE
    # tries each position of a paragraph).
    return (WORD.search(text) is None and text.strip(QUOTES) != "") \
        or ("_" in text and SLOT_IDS.fullmatch(text) is not None) \
        or (len(text) <= 7 and SIGN_OFF.fullmatch(text) is not None) \
        or text.endswith(LINK_ARROW) or (len(text) <= 32 and LOGIN.fullmatch(text) is not None) \
        or (("(" in text or "=" in text) and CODE.search(text) is not None)


def drop_junk(b: Builder) -> None:
    """Drop the paragraphs ending the story that are no story's text by their shape (`is_junk`):
    a template placeholder, a bare counter, ad code, ad-slot ids, an editor's initials. The first
    paragraph stays: a story of one line of code is the page's, whatever it holds."""
    body = b.body
    keep = len(body)
    while keep > 1 and is_junk(body[keep - 1]):
        keep -= 1
    _drop_from(b, keep, "dropped:junk")


#: An agency's name alone in capitals, signing its copy off ("УЗИНФОРМ", "REGNUM"): one word.
SIGN_OFF_NAME = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{3,19}")

#: A site's slogan or link ending in its address: "Бизнес как он есть: www.site.ru", "Источник: site.com".
ADDRESS_END = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:ru|su|рф|com|net|org|info|by|kz|ua|uz)/?")


def sign_off_name(text: str) -> bool:
    """Is the line an agency's name alone in capitals, as it signs its copy off? (Tested on the
    short lines ending the page only, as the agency table's names are.)"""
    return text[:1].isupper() and SIGN_OFF_NAME.fullmatch(text) is not None


def site_slogan(text: str) -> bool:
    """Does the short line end in a web address after a colon ("Slogan: www.site.ru")?"""
    colon = text.rfind(": ")
    return colon > 0 and "." in text[colon:] and ADDRESS_END.fullmatch(text, colon + 2) is not None


#: Headlines of other stories listed under the story with no heading: this many at least.
RELATED_RUN = 2


def drop_related(b: Builder) -> None:
    """Drop the headlines of other stories a site lists under the story with no heading over them:
    a run of RELATED_RUN or more paragraphs ending the page, each as long as a headline and ending
    no sentence, under a paragraph that ends one. A story's own subhead stands alone, with text
    under it or ending a page cut after it, whatever the site prints under it."""
    body = b.body
    keep = len(body)
    while keep > 1 and _related_headline(body[keep - 1]):
        keep -= 1
    if len(body) - keep >= RELATED_RUN and ends_sentence(body[keep - 1]):
        _drop_from(b, keep, "dropped:related")


def _related_headline(text: str) -> bool:
    return headline_like(text) and headline_long(text) and not ends_sentence(text) and text[-1:] not in ":;,"


def _is_tag_line(text: str) -> bool:
    return len(text) < 60 and text[:1].isupper() and not ends_sentence(text)


def drop_tail(b: Builder, tags_follow: bool) -> None:
    """Drop the short lines after the story's last paragraph when they cannot be the story's.

    After a paragraph cut mid-word the page was cut, so what follows is furniture; a site's
    footer headings close many pages (`_footer_start`); AMP pages (`tags_follow`) print their
    tags after the story with no "Tags" heading.
    """
    drop_junk(b)
    drop_related(b)
    body = b.body
    keep = len(body)
    for index, text in enumerate(body[:-1]):
        if len(text) >= 100 and not ends_sentence(text) and not text.endswith(":"):
            keep = index + 1 if all(_is_tag_line(p) for p in body[index + 1:]) else keep
            break
    footer = len(body)
    if keep == len(body) and b.grammar is not None:
        agencies = b.grammar.agencies
        footer = keep = _footer_start(body, b.grammar.vocab.footer_words,
                                      lambda text: agency_by_printed(text, agencies) is not None
                                      or sign_off_name(text) or site_slogan(text))
    if tags_follow and keep == footer:
        while keep > 1 and _is_tag_line(body[keep - 1]) and ends_sentence(body[keep - 2]) \
                and len(body[keep - 1].split()) <= 3:
            keep -= 1
    if keep < len(body):
        dropped = {f"body ¶{n}": "dropped:footer" if n > footer else "dropped:tags"
                   for n in range(keep + 1, len(body) + 1)}
        _relabel(b, dropped)
        del body[keep:]
        drop_junk(b)  # what no story holds, and other stories' headlines, over the footer just cut
        drop_related(b)


def _drop_from(b: Builder, keep: int, role: str) -> None:
    """Drop the body's paragraphs from `keep` on, their lines given `role`."""
    if keep < len(b.body):
        _relabel(b, {f"body ¶{n}": role for n in range(keep + 1, len(b.body) + 1)})
        del b.body[keep:]


def _relabel(b: Builder, dropped: dict) -> None:
    for number, role in b.roles.items():
        if role in dropped:
            b.roles[number] = dropped[role]


def _footer_start(body: List[str], words: FrozenSet[str], agency: Callable[[str], bool] = lambda text: False) -> int:
    """Where the site's footer headings start, with nothing after them but their like ("Other
    news", "Your comment" / "Related posts"), which no table may hold: of the short lines that
    end the page and no sentence, the first naming what a footer does (`Vocabulary.footer_words`)
    or an agency's bare name, its source line ("PAP"; `agency` tells one).
    A subhead the page was cut after stays the story's. len(body) when there is none."""
    short = len(body)
    while short > 1 and (_is_footer_line(body[short - 1]) or _is_form_hint(body[short - 1])):
        short -= 1
    start = next((index for index in range(short, len(body)) if not _is_form_hint(body[index])
                  and (names_footer(body[index], words) or agency(body[index]))), len(body))
    # A heading ending in a colon right over the footer ("See also:") lost the links it headed.
    if short < start < len(body) and body[start - 1].endswith(":") and not _is_form_hint(body[start - 1]):
        start -= 1
    return start


def _is_footer_line(text: str) -> bool:
    return len(text) < 60 and len(text.split(None, 5)) <= 5 and (not ends_sentence(text) or text.endswith(("...", "…")))


#: A comment form's hint under its heading ("* Required fields are starred"): a starred line.
FORM_HINT_LENGTH = 100


def _is_form_hint(text: str) -> bool:
    return text.startswith("* ") and len(text) <= FORM_HINT_LENGTH
