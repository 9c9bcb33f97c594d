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
- section slug (`section_slug`): fills `section_slug` from the table `SECTION_SLUGS`
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
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Dict, List, NamedTuple, Optional, Pattern, Tuple

from tasscli.record import Article, replaced
from tasscli.vocab import SECTIONS_RU

# --- section slugs ------------------------------------------------------------------------------

#: Section names as tass.com prints them (and older spellings) -> the slug of the site's section.
#: Looked up case-insensitively, with "and" read as "&" and runs of spaces folded.
SECTION_SLUGS: Dict[str, str] = {
    "Russian Politics & Diplomacy": "politics",
    "Politics": "politics",
    "World": "world",
    "Business & Economy": "economy",
    "Economy": "economy",
    "Military & Defense": "defense",
    "Defense": "defense",
    "Science & Space": "science",
    "Science": "science",
    "Emergencies": "emergencies",
    "Society & Culture": "society",
    "Society": "society",
    "Sport": "sport",
    "Sports": "sport",
    "Press Review": "press-review",
    "Russia": "russia",
    "Non-Political": "non-political",
    "Ukraine Crisis": "ukraine-crisis",
    **SECTIONS_RU,  # Russian rubrics, with the English section's slug where they mean the same
}


def _section_key(name: str) -> str:
    name = re.sub(r"\band\b", "&", name.casefold())
    return " ".join(name.split())


_SLUG_INDEX: Dict[str, str] = {_section_key(name): slug for name, slug in SECTION_SLUGS.items()}


def slugify(name: str) -> str:
    """A URL-style slug: lower case ASCII letters and digits joined by single hyphens."""
    if not name.isascii():
        import unicodedata  # see to_nfc

        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", name.replace("&", " and ").lower()).strip("-")


def section_slug(section: Optional[str]) -> Tuple[Optional[str], bool]:
    """(slug, found in the table). A section missing from the table gets `slugify(section)`."""
    if not section or not section.strip():
        return None, True
    slug = _SLUG_INDEX.get(_section_key(section))
    if slug is not None:
        return slug, True
    return slugify(section) or None, False


# --- place names ---------------------------------------------------------------------------------

#: Words written in lower case inside a place name ("Rostov-on-Don", "Rio de Janeiro").
PLACE_PARTICLES = frozenset(
    "on upon am an der den de da das do dos du des del della di la le les el al au aux en es sur of y"
    " на"  # Russian: "РОСТОВ-НА-ДОНУ" -> "Ростов-на-Дону"
    .split()
)
#: Words kept in capitals.
PLACE_ACRONYMS = frozenset("UN US USA UK UAE EU DPRK DRC PRC".split())

_PLACE_SPLIT = r"([\s\-/]+)"


def _title_word(word: str) -> str:
    if word in PLACE_ACRONYMS or re.fullmatch(r"(?:[A-Z]\.){2,}", word):  # "D.C."
        return word
    if "'" in word or "\u2019" in word:  # N'DJAMENA -> N'Djamena, XI'AN -> Xi'an
        head, mark, tail = re.split(r"(['\u2019])", word, maxsplit=1)
        head = _title_word(head) if head else head
        return head + mark + (tail[:1].upper() + tail[1:].lower() if len(head) == 1 else tail.lower())
    return word[:1].upper() + word[1:].lower()


def place_name(place: Optional[str]) -> Optional[str]:
    """`place` in title case: "ST. PETERSBURG" -> "St. Petersburg", "NUR-SULTAN" -> "Nur-Sultan".

    A place already printed in mixed case ("Doha") is kept as it is, with its spaces tidied.
    """
    if place is None:
        return None
    place = " ".join(place.split())
    if not place or any(ch.islower() for ch in place):
        return place or None
    out: List[str] = []
    first = True
    for token in _re(_PLACE_SPLIT).split(place):
        if not token:
            continue
        if _re(_PLACE_SPLIT).fullmatch(token):
            out.append(token)
            if "/" in token:  # "MOSCOW/LA PAZ": a new name starts
                first = True
            continue
        low = token.lower()
        out.append(low if not first and low in PLACE_PARTICLES else _title_word(token))
        first = False
    return "".join(out)


# --- text steps ----------------------------------------------------------------------------------

@lru_cache(maxsize=64)  # a few patterns, by their source
def _re(source: str) -> Pattern[str]:
    """`source` compiled on first use: most runs never need most of this module's patterns
    (they are for text that is not clean), and compiling them all cost milliseconds of start-up."""
    return re.compile(source)


@lru_cache(maxsize=1)
def _mojibake_pattern() -> Pattern[str]:
    """Two-character sequences a UTF-8 lead byte + continuation byte become when decoded as
    Windows-1252, Latin-1 or Windows-1251. Text without one has nothing for ftfy to repair, so
    ftfy is not even imported for it."""
    firsts, seconds = set(), set()
    for encoding in ("cp1252", "latin-1", "cp1251"):
        for lead in range(0xC2, 0xF5):
            first = bytes([lead]).decode(encoding, errors="ignore")
            firsts.update(first)
        for cont in range(0x80, 0xC0):
            seconds.update(bytes([cont]).decode(encoding, errors="ignore"))
    cls = "".join(re.escape(ch) for ch in sorted(firsts))
    cls2 = "".join(re.escape(ch) for ch in sorted(seconds))
    return re.compile(f"[{cls}][{cls2}]")


def fix_mojibake(text: str) -> str:
    return _fix_and_explain(text)[0]


#: Characters the parser finds things by (credit marks, dashes, quotes, no-break spaces, "№"); a
#: parser adds its vocabulary's other non-ASCII characters ("Читать далее"). A page decoded twice
#: prints each as two or three others ("©" as "Â©", "’" as "â€™"): the first two of those, for
#: Windows-1252, Latin-1 and Windows-1251, mark the lines worth repairing before parsing.
KEY_CHARACTERS = "©–—’‘“”«»\u00a0…·°№"

Markers = Tuple[str, Tuple[str, ...]]


@lru_cache(maxsize=8)
def mojibake_markers(characters: str) -> Markers:
    """(the first characters of the markers, the markers) of `characters` (see KEY_CHARACTERS)."""
    markers = set()
    for char in characters:
        data = char.encode("utf-8")
        for encoding in ("cp1252", "latin-1", "cp1251"):
            printed = data.decode(encoding, errors="ignore")
            if len(printed) >= 2:
                markers.add(printed[:2])
    return "".join(sorted({marker[0] for marker in markers})), tuple(sorted(markers))


def may_hold_mojibake(text: str, markers: Markers) -> bool:
    """False when no line of `text` holds one of the `markers` (nearly every page: it is ASCII,
    or none of the markers' few first characters is in it)."""
    if text.isascii():
        return False
    firsts, found = markers
    if any(first in text for first in firsts) and any(marker in text for marker in found):
        return True
    # A Latin letter decoded twice ("BaГ±ez", "RodrÃ­guez") on a page with no key character.
    return _re(_LATIN_MOJIBAKE).search(text) is not None


def repair_mojibake_lines(rows: List[str], markers: Markers) -> List[int]:
    """Repair in place the rows (a page's lines) that hold one of the `markers`; give the 1-based
    numbers of those repaired. The parser runs this before it reads a page that
    `may_hold_mojibake`, so that it sees "©", dashes and quotes where a page decoded twice prints
    "Â©", "â€“" and "â€™": credits, datelines, sign-offs and furniture are found by them. Line by
    line, as ftfy judges each line on its own (`fix_mojibake`, as normalization does)."""
    found = markers[1]
    repaired = []
    refused = []  # rows with a marker that ftfy, judging them alone, left as they were
    plan = None  # how ftfy repaired the first row it repaired
    for index, row in enumerate(rows):
        if row.isascii():
            continue
        if not any(marker in row for marker in found):
            # No key character ("Bruno RodrÃ­guez said ..."): repaired only the way another line
            # of the page showed, below.
            if _mojibake_pattern().search(row):
                fixed = _latin_repaired(row.strip())
                if fixed is not None:
                    rows[index] = fixed
                    repaired.append(index + 1)
                else:
                    refused.append(index)
            continue
        # The row's own text, without the white space around it (which the parser drops): ftfy
        # refuses a line whose other characters could not have been decoded with it.
        text = row.strip()
        if text[-1:] in ("Ð", "Ñ", "Р", "С") and row.rstrip(" \t\r\n").endswith("\xa0"):
            # "Р" is D0 A0 in UTF-8, and A0 a no-break space in Windows-1252 and -1251 (where D0 is
            # "Р"): a line ending with it ("СССР") ends with the space strip() took.
            text += "\xa0"
        fixed, steps = _fix_and_explain(text)
        if fixed != text:
            plan = plan or steps
        fixed = _lone_repaired(fixed)
        if fixed != text:
            rows[index] = fixed
            repaired.append(index + 1)
        else:
            refused.append(index)
    if plan:
        # A short line is too little evidence for ftfy ("В© Name/TASS" could be Cyrillic and a
        # sign), but once another line of the page showed how it was decoded, the same repair is
        # tried on it, and kept where the bytes decode.
        import ftfy

        for index in refused:
            text = rows[index].strip()
            try:
                fixed = ftfy.apply_plan(text, plan)
            except (UnicodeError, ValueError):
                continue
            if fixed != text:
                rows[index] = fixed
                repaired.append(index + 1)
    return sorted(repaired)


def _mojibake_of(char: str, rounds: int = 2) -> Tuple[str, ...]:
    """What `char` becomes when a page's UTF-8 is decoded as Windows-1251 or Windows-1252 once or
    twice ("©": "В©", "Â©", "Р’В©", "Ã‚Â©", ...), longest first."""
    forms, found = {char}, set()
    for _ in range(rounds):
        forms = {form.encode("utf-8").decode(encoding, errors="ignore")
                 for form in forms for encoding in ("cp1251", "cp1252")}
        found |= forms
    return tuple(sorted(found - {char}, key=len, reverse=True))


#: "©" and the "→" of a "Read more on the site →" link, decoded once or twice as Windows-1251 or
#: Windows-1252 (Latin-1 prints them as Windows-1252 does): mojibake -> character, longest first.
_LONE_MOJIBAKE = dict(sorted(((form, char) for char in "\u00a9\u2192" for form in _mojibake_of(char)),
                             key=lambda pair: -len(pair[0])))


_NON_ASCII_RUN = r"[^\x00-\x7f]+"
#: The UTF-8 of a letter of Latin-1 or Latin Extended-A (lead byte C3, C4 or C5) decoded as
#: Windows-1252 or Windows-1251, next to an ASCII letter.
_LATIN_MOJIBAKE = r"[A-Za-z][ÃÄÅГДЕ][\x80-\xbf\u0400-\u045f\u2010-\u203a\u20ac\u2116\u2122]"


def _latin_repaired(text: str) -> Optional[str]:
    """`text` with each run of characters beyond ASCII made the Latin letters it was, when every
    run is the UTF-8 of Latin letters decoded as Windows-1251 or Windows-1252 ("Bruno RodrÃ­guez",
    "Fatima BaГ±ez"); else None. ftfy will not judge a line this short of evidence, but Cyrillic
    text or symbols do not decode so (the bytes of "Привет" are no UTF-8)."""
    def latin(run: str) -> str:
        for encoding in ("cp1251", "cp1252"):
            try:
                letters = run.encode(encoding).decode("utf-8")
            except UnicodeError:
                continue
            if all(char.isalpha() and 0xC0 <= ord(char) < 0x250 for char in letters):
                return letters
        raise ValueError(run)

    try:
        return _re(_NON_ASCII_RUN).sub(lambda match: latin(match.group()), text)
    except ValueError:
        return None


def _lone_repaired(text: str) -> str:
    """`text` with "В©" ("©" decoded as Windows-1251), "Â©" and their like (`_LONE_MOJIBAKE`) made
    "©" (or "→") again, when they are all it holds beyond ASCII. ftfy will not judge so little ("В©
    Name/TASS" could be Cyrillic and a sign, and a page whose only other character beyond ASCII
    is a Cyrillic button label shows it nothing either), but no language writes "В©" before
    ASCII text."""
    if text.isascii():
        return text
    bare = text
    for mojibake in _LONE_MOJIBAKE:
        bare = bare.replace(mojibake, "")
    if not all(char.isascii() or char.isspace() or char in ZERO_WIDTH for char in bare):
        return text
    for mojibake, char in _LONE_MOJIBAKE.items():
        text = text.replace(mojibake, char)
    return text


def _fix_and_explain(text: str) -> Tuple[str, Optional[list]]:
    """ftfy's encoding repair of `text` and its steps (None when there was nothing to do)."""
    if text.isascii() or not _mojibake_pattern().search(text):
        return text, None
    import ftfy  # imported only for text that may need it (about 60 ms)

    return ftfy.fix_encoding_and_explain(text)


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


#: Invisible characters with no meaning in extracted text: zero-width space, word joiner, a byte
#: order mark inside the text, and the soft hyphen (a hyphenation hint a page shows only at a line
#: end, which would keep "MOS\u00adCOW" from matching "MOSCOW"). Whitespace tidying drops them from
#: the fields, the parser from its lines.
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"
_ZERO_WIDTH = f"[{ZERO_WIDTH}]"
_SPACE_RUN = r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\r\f\v\u2028\u2029\x85]"
_SPACE_BEFORE = r"(?<=\S)[ \u00a0]+(?=[,;:!?)\]]|\.(?![.\d]))"
_SPACE_AFTER = r"(?<=[(\[])[ \u00a0]+"
_SPACE_BEFORE_HINT = r" [,;:!?)\].]"  # a literal first character: a fast scan


def tidy_whitespace(text: str) -> str:
    # Cheap guards first: the parser's text is nearly always tidy already, and each regex below
    # is tried at every position of the string (two of them with a look-behind).
    if not text.isascii():
        text = _re(_ZERO_WIDTH).sub("", text)
        text = _re(_SPACE_RUN).sub(" ", text)
        text = _re(_SPACE_BEFORE).sub("", text)
        return _re(_SPACE_AFTER).sub("", text).strip()
    if "  " in text or not text.isprintable():  # ASCII: a run needs two spaces or a control char
        text = _re(_SPACE_RUN).sub(" ", text)
    if _re(_SPACE_BEFORE_HINT).search(text):
        text = _re(_SPACE_BEFORE).sub("", text)
    if "( " in text or "[ " in text:
        text = _re(_SPACE_AFTER).sub("", text)
    return text.strip()


class NormalizeOptions(NamedTuple):
    """Which steps run. `raw=True` turns every step off (the `--raw` flag). (A named tuple: a
    dataclass costs a millisecond of start-up to define.)"""

    raw: bool = False
    mojibake: bool = True
    nfc: bool = True
    ascii_punctuation: bool = False
    whitespace: bool = True
    place_name: bool = True
    section_slug: bool = True
    labeler: bool = False  # the trained header labeler decides the header lines (`--labeler`, issue 15)


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
    return bool(unusual) and _mojibake_pattern().search(unusual) is not None and (
        _mojibake_pattern().search(texts) is not None)


def _may_compose(texts: str, unusual: str) -> bool:
    if not unusual:
        return False
    import unicodedata  # see to_nfc

    return not unicodedata.is_normalized("NFC", texts)


def _may_fold(texts: str, unusual: str) -> bool:
    return _re(_FOLDABLE).search(unusual) is not None


def _may_tidy(texts: str, unusual: str) -> bool:
    if not unusual.isprintable():  # whitespace but " ", a zero-width or a control character
        return True
    return (texts[:1] == " " or texts[-1:] == " " or _UNTIDY_HINT.search(texts) is not None
            or ("(" in texts and "( " in texts) or ("[" in texts and "[ " in texts))  # "(": memchr


class TextStep(NamedTuple):
    option: str  # the `NormalizeOptions` field that turns the step on
    words: str  # for the warning
    function: Callable[[str], str]
    # may_change(texts, _unusual(texts)) is False only if `function` would return each of the
    # strings joined by spaces in `texts` as it is.
    may_change: Callable[[str, str], bool]


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


def _text_steps(article: Article, options: NormalizeOptions) -> Tuple[Optional[Dict[str, object]], List[str]]:
    """Run the text steps of `options` on `article`: (the text fields, or None if no step had to
    run; warnings)."""
    values: Optional[Dict[str, object]] = None
    warnings: List[str] = []
    texts = _joined(_text_fields(article))
    unusual = "" if texts is None else _unusual(texts)
    for option, words, step, may_change in TEXT_STEPS:
        if not getattr(options, option) or (texts is not None and not may_change(texts, unusual)):
            continue
        if values is None:
            values = dict(zip(TEXT_FIELDS, _text_fields(article)))
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


def normalize_article(article: Article, options: Optional[NormalizeOptions] = None) -> Article:
    """`article` with the steps of `options` applied (see the module docstring); pure."""
    options = options or _DEFAULT_OPTIONS
    if options.raw:
        return article
    values, warnings = _text_steps(article, options)
    updates: Dict[str, object] = {}
    section = article.section
    if values is not None:
        updates = {name: value for name, value in values.items() if value != getattr(article, name)}
        section = values["section"]  # type: ignore[assignment]
    if options.place_name and article.dateline is not None:
        name = _cached_place_name(article.dateline.place)
        if name != article.dateline.place_name:
            updates["dateline"] = replaced(article.dateline, {"place_name": name})
    if options.section_slug:
        slug, known = _cached_section_slug(section)
        if not known:
            guessed = f'section slug guessed: "{section}" is not in the table'
            if guessed not in article.warnings:
                warnings.append(guessed)
        if slug != article.section_slug:
            updates["section_slug"] = slug
    if warnings:
        updates["warnings"] = article.warnings + tuple(warnings)
    return replaced(article, updates) if updates else article
