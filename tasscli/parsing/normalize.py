"""Normalization: the clean-up steps applied to every parsed article unless `--raw` is given.

    >>> from tasscli.parsing.normalize import NormalizeOptions, normalize_article
    >>> clean = normalize_article(article)                                  # default steps
    >>> clean = normalize_article(article, NormalizeOptions(ascii_punctuation=True))
    >>> same = normalize_article(article, NormalizeOptions(raw=True))      # returns `article` itself

`normalize_article` is pure: it never changes its argument. It returns the argument itself when no
step changed anything, else a new `Article` equal to what `dataclasses.replace` would build. A text
step is skipped when one quick check over all the strings of the article shows it would change
none of them, which is what happens to nearly every parsed article. Steps, in the order they run
(each on by default unless said otherwise):

- mojibake (`mojibake`): repairs UTF-8 text that was decoded as Windows-1252 or Latin-1
  ("Putinâ€™s" -> "Putin’s") with ftfy's `fix_encoding`.
- NFC (`nfc`): Unicode canonical composition ("e" + combining accent -> "é").
- ASCII punctuation (`ascii_punctuation`, OFF by default): curly quotes -> straight, dashes and
  minus -> "-", "…" -> "...", guillemets -> '"' (table: `ASCII_PUNCTUATION`).
- whitespace (`whitespace`): no runs of spaces, tabs or line breaks inside a string, no zero-width
  characters or soft hyphens, no space before `, . ; : ! ? ) ]` (an ellipsis or ".5" keeps its space) or after
  `( [`, none at either end. Each paragraph stays one paragraph: lists keep their length.
- place name (`place_name`): fills `dateline.place_name` with `place` in title case
  ("ST. PETERSBURG" -> "St. Petersburg", "ROSTOV-ON-DON" -> "Rostov-on-Don").
- section slug (`section_slug`): fills `section_slug` from the vocabulary's `section_slugs`
  ("Russian Politics & Diplomacy" -> "politics").

The text steps apply to `headline`, `lead`, `section`, `byline`, `body`, `credits`, `captions` and
`notes`. Strings kept "as printed" are never touched: `published_text`, `dateline.text`,
`dateline.place` (its clean form is `place_name`), and `source`. A text step that changed something
adds one warning naming the step and where, e.g. `normalized whitespace in body ¶2, captions #1`.
The two derived fields add a warning only when they had to guess: a section missing from the table
gets a slug made from its name and the warning `section slug guessed: "AFP Video" is not in the table`.
"""
from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any, Callable, Dict, List, Optional, Tuple

from tasscli.parsing.letters import ZERO_WIDTH, compiled
from tasscli.parsing.mojibake import fix_mojibake, mojibake_pattern
from tasscli.parsing.names import place_name, section_slug
from tasscli.record import Article, Dateline, replaced
from tasscli.vocab import DEFAULT, Vocabulary


def to_nfc(text: str) -> str:
    # unicodedata is loaded only for text that is not ASCII: its tables take a millisecond to map,
    # which a one-page run of an ASCII page need not pay.
    import unicodedata

    return unicodedata.normalize("NFC", text)


#: What `--ascii-punctuation` folds, character by character.
ASCII_PUNCTUATION: Dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
}


def ascii_punctuation(text: str) -> str:
    # Not str.translate, which looks up every character of the text: ten times slower. Each key is
    # one character and no replacement holds one, so the order of the replacements does not matter.
    if text.isascii():
        return text
    for char, replacement in ASCII_PUNCTUATION.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


_ZERO_WIDTH = f"[{ZERO_WIDTH}]"
_SPACE_RUN = r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\r\f\v\u2028\u2029\x85]"
_SPACE_BEFORE = r"(?<=\S)[ \u00a0]+(?=[,;:!?)\]]|\.(?![.\d]))"
_SPACE_AFTER = r"(?<=[(\[])[ \u00a0]+"
_SPACE_BEFORE_HINT = r" [,;:!?)\].]"  # a literal first character: a fast scan


def tidy_whitespace(text: str) -> str:
    # Cheap guards first: the parser's text is nearly always tidy already, and each regex below
    # is tried at every position of the string (two of them with a look-behind).
    if not text.isascii():
        text = compiled(_ZERO_WIDTH).sub("", text)
        text = compiled(_SPACE_RUN).sub(" ", text)
        text = compiled(_SPACE_BEFORE).sub("", text)
        return compiled(_SPACE_AFTER).sub("", text).strip()
    if "  " in text or not text.isprintable():  # ASCII: a run needs two spaces or a control char
        text = compiled(_SPACE_RUN).sub(" ", text)
    if compiled(_SPACE_BEFORE_HINT).search(text):
        text = compiled(_SPACE_BEFORE).sub("", text)
    if "( " in text or "[ " in text:
        text = compiled(_SPACE_AFTER).sub("", text)
    return text.strip()


class NormalizeOptions(namedtuple("NormalizeOptions", ("raw", "mojibake", "nfc", "ascii_punctuation", "whitespace",
                                                       "place_name", "section_slug", "labeler"),
                                   defaults=(False, True, True, False, True, True, True, False))):
    """Which steps run, each a bool: raw = False, mojibake = True, nfc = True, ascii_punctuation = False,
    whitespace = True, place_name = True, section_slug = True, labeler = False (the trained header
    labeler decides the header lines: `--labeler`, issue 15). `raw=True` turns every step off (the
    `--raw` flag). (A named tuple: a dataclass costs a millisecond of start-up to define.
    `collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()


# --- skipping the text steps ---------------------------------------------------------------------
# Nearly every parsed string is clean already, and running each step on each string costs far more
# than making sure once, on all the strings joined by single spaces, that a step has nothing to do.
# A space is a safe joint: a pattern below that matches inside one string matches in the joined
# text too, and NFC never composes across a space, so the joined text is in NFC when each string is.
# A check may give a false alarm (a match across a joint): the step then runs and finds nothing.

_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
_FOLDABLE = "[" + "".join(ASCII_PUNCTUATION) + "]"
_UNTIDY_HINT = re.compile(r" [ ,;:!?)\].]")  # a literal first character: a fast scan


def _unusual(texts: str) -> str:
    """The non-ASCII and control characters of `texts`, in order (characters next to each other in
    `texts` are next to each other here). Deleting bytes beats `str.isprintable`, even for ASCII."""
    encoded = texts.encode("utf-8", "surrogatepass")  # a lone surrogate comes out as a control would
    return encoded.translate(None, _PRINTABLE_ASCII).decode("utf-8", "surrogatepass")


def _may_repair(texts: str, unusual: str) -> bool:
    # Both characters of a mojibake pair are non-ASCII: the short string is searched first.
    return bool(unusual) and mojibake_pattern().search(unusual) is not None and (
        mojibake_pattern().search(texts) is not None)


def _may_compose(texts: str, unusual: str) -> bool:
    if not unusual:
        return False
    import unicodedata  # see to_nfc

    return not unicodedata.is_normalized("NFC", texts)


def _may_fold(texts: str, unusual: str) -> bool:
    return compiled(_FOLDABLE).search(unusual) is not None


def _may_tidy(texts: str, unusual: str) -> bool:
    if not unusual.isprintable():  # whitespace but " ", a zero-width or a control character
        return True
    return (texts[:1] == " " or texts[-1:] == " " or _UNTIDY_HINT.search(texts) is not None
            or ("(" in texts and "( " in texts) or ("[" in texts and "[ " in texts))  # "(": memchr


class TextStep(namedtuple("TextStep", ("option", "words", "function", "may_change"))):
    """option: str -- the `NormalizeOptions` field that turns the step on; words: str -- for the warning;
    function: Callable[[str], str]; may_change: Callable[[str, str], bool] -- may_change(texts,
    _unusual(texts)) is False only if `function` would return each of the strings joined by spaces in
    `texts` as it is."""

    __slots__ = ()


#: The text steps in order.
TEXT_STEPS: Tuple[TextStep, ...] = (
    TextStep("mojibake", "repaired mojibake", fix_mojibake, _may_repair),
    TextStep("nfc", "normalized Unicode to NFC", to_nfc, _may_compose),
    TextStep("ascii_punctuation", "folded punctuation to ASCII", ascii_punctuation, _may_fold),
    TextStep("whitespace", "normalized whitespace", tidy_whitespace, _may_tidy),
)
TEXT_FIELDS = ("headline", "lead", "section", "byline", "body", "credits", "captions", "notes")
_text_fields = attrgetter(*TEXT_FIELDS)
_LIST_MARK = {"body": "¶"}
_MAX_PLACES = 6


def _where(changed: List[Tuple[str, Optional[int]]]) -> str:
    names: List[str] = []
    for name, index in changed:
        if index is None:
            names.append(name)
        else:
            names.append(f"{name} {_LIST_MARK.get(name, '#')}{index + 1}")
    if len(names) > _MAX_PLACES:
        names = names[:_MAX_PLACES] + [f"and {len(names) - _MAX_PLACES} more"]
    return ", ".join(names)


def _joined(values: Tuple[object, ...]) -> Optional[str]:
    """The strings of the text fields (`values`, in `TEXT_FIELDS` order) joined by single spaces;
    None when a field holds something the parser never puts there (then every step just runs)."""
    headline, lead, section, byline, body, credits, captions, notes = values
    if not type(body) is type(credits) is type(captions) is type(notes) is tuple:
        return None
    try:
        return " ".join([*filter(None, (headline, lead, section, byline)),  # "" never changes
                         *body, *credits, *captions, *notes])  # type: ignore[misc]
    except TypeError:
        return None


def _run_step(step: Callable[[str], str], values: Dict[str, object]) -> List[Tuple[str, Optional[int]]]:
    """Apply `step` to every string of `values` in place: where it changed something."""
    changed: List[Tuple[str, Optional[int]]] = []
    for name in TEXT_FIELDS:
        value = values[name]
        if isinstance(value, tuple):
            new_items = []
            for index, item in enumerate(value):
                new = step(item)
                if new != item:
                    changed.append((name, index))
                new_items.append(new)
            values[name] = tuple(new_items)  # same length: paragraphs never joined or split
        elif isinstance(value, str):
            new = step(value)
            if new != value:
                changed.append((name, None))
            values[name] = new
    return changed


def _text_steps(fields: Tuple[object, ...], options: NormalizeOptions
                ) -> Tuple[Optional[Dict[str, object]], List[str]]:
    """Run the text steps of `options` on an article's text fields (`fields`, in `TEXT_FIELDS`
    order): (the text fields by name, or None if no step had to run; warnings)."""
    values: Optional[Dict[str, object]] = None
    warnings: List[str] = []
    texts = _joined(fields)
    unusual = "" if texts is None else _unusual(texts)
    for option, words, step, may_change in TEXT_STEPS:
        if not getattr(options, option) or (texts is not None and not may_change(texts, unusual)):
            continue
        if values is None:
            values = dict(zip(TEXT_FIELDS, fields))
        changed = _run_step(step, values)
        if changed:
            warnings.append(f"{words} in {_where(changed)}")
            texts = _joined(tuple(values.values()))
            unusual = "" if texts is None else _unusual(texts)
    return values, warnings


# place_name and section_slug are pure, and a batch meets the same places and sections again and again.
_cached_place_name = lru_cache(maxsize=4096)(place_name)
_cached_section_slug = lru_cache(maxsize=1024)(section_slug)


_DEFAULT_OPTIONS = NormalizeOptions()


def normalize_article(article: Article, options: Optional[NormalizeOptions] = None,
                      vocab: Vocabulary = DEFAULT) -> Article:
    """`article` with the steps of `options` applied (see the module docstring); pure. `vocab`:
    the vocabulary the page was parsed with (its `section_slugs`)."""
    options = options or _DEFAULT_OPTIONS
    if options.raw:
        return article
    updates = _changes(_text_fields(article), article.dateline, article.section_slug, article.warnings, options,
                       vocab)
    return replaced(article, updates) if updates else article


def normalize_fields(fields: Dict[str, Any], options: Optional[NormalizeOptions] = None,
                     vocab: Vocabulary = DEFAULT) -> Dict[str, Any]:
    """`fields`, an article's `Article(**fields)` arguments by name (each text field, `dateline`,
    `section_slug` and `warnings` among them), normalized in place as `normalize_article` would
    normalize the article, and returned: the parser builds each article once, normalized
    (`parse(..., normalize=options)`), not once as parsed and again as normalized. `vocab`: as for
    `normalize_article`."""
    options = options or _DEFAULT_OPTIONS
    if not options.raw:
        fields.update(_changes(_text_values(fields), fields["dateline"], fields["section_slug"], fields["warnings"],
                               options, vocab))
    return fields


_text_values = itemgetter(*TEXT_FIELDS)


def _changes(texts: Tuple[object, ...], dateline: Optional[Dateline], slug_before: Optional[str],
             warnings_before: Tuple[str, ...], options: NormalizeOptions, vocab: Vocabulary) -> Dict[str, Any]:
    """What normalization changes in an article of these text fields (in `TEXT_FIELDS` order),
    dateline, section slug and warnings: {field name: new value}, {} when nothing."""
    values, warnings = _text_steps(texts, options)
    updates: Dict[str, Any] = {}
    section = texts[2]
    if values is not None:
        updates = {name: value for name, value, before in zip(TEXT_FIELDS, values.values(), texts) if value != before}
        section = values["section"]
    if options.place_name and dateline is not None:
        name = _cached_place_name(dateline.place)
        if name != dateline.place_name:
            updates["dateline"] = replaced(dateline, {"place_name": name})
    if options.section_slug:
        slugs = vocab.section_slugs
        slug, known = _cached_section_slug(section) if slugs is DEFAULT.section_slugs else section_slug(section, slugs)
        if not known:
            guessed = f'section slug guessed: "{section}" is not in the table'
            if guessed not in warnings_before:
                warnings.append(guessed)
        if slug != slug_before:
            updates["section_slug"] = slug
    if warnings:
        updates["warnings"] = warnings_before + tuple(warnings)
    return updates
