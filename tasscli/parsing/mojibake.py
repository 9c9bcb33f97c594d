"""Mojibake: UTF-8 text decoded twice ("Â© Name/TASS", "Putinâ€™s"). The parser repairs the lines of a
page that hold it before reading them (`repair_mojibake_lines`), so that credits, datelines and
sign-offs are found; normalization repairs a record's text (`fix_mojibake`, with ftfy)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Pattern, Tuple, TypeAlias

from tasscli.parsing.letters import ZERO_WIDTH, compiled


@lru_cache(maxsize=1)
def mojibake_pattern() -> Pattern[str]:
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
#: With the bullets a roundup's items open with ("◾️ text", "▪️ text", "• text"; U+FE0F, the emoji
#: form after the mark), read by `lines.bulleted`.
KEY_CHARACTERS = "©–—’‘“”«»\u00a0…·°№◾▪•\ufe0f"


Markers: TypeAlias = "Tuple[str, Tuple[str, ...]]"


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
    if any(first in text for first in firsts) and _any_marker(found).search(text) is not None:
        return True
    # A Latin letter decoded twice ("BaГ±ez", "RodrÃ­guez") on a page with no key character.
    return compiled(_LATIN_MOJIBAKE).search(text) is not None


@lru_cache(maxsize=8)
def _any_marker(found: Tuple[str, ...]) -> Pattern[str]:
    """One search for all the markers (each two characters), grouped by their first: a Russian
    page holds the first characters of many ("Р", "С"), and a scan of the page for each of a
    hundred and more markers cost milliseconds."""
    seconds: Dict[str, List[str]] = {}
    for marker in found:
        seconds.setdefault(marker[0], []).append(marker[1:])
    return re.compile("|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, sorted(rest))) + ")"
                               for first, rest in sorted(seconds.items())))


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
            if mojibake_pattern().search(row):
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
    else:
        for index in refused:
            fixed = _symbols_repaired(rows[index].strip())
            if fixed is not None:
                rows[index] = fixed
                repaired.append(index + 1)
    return sorted(repaired)


#: What a row repaired by `_symbols_repaired` may hold beyond ASCII: the bullets of KEY_CHARACTERS,
#: the emoji form after them, a no-break space (not quotes: "В«Yes»" alone could be Cyrillic).
_SYMBOLS = frozenset("◾▪•\ufe0f\ufe0e\u00a0")


def _symbols_repaired(text: str) -> Optional[str]:
    """`text` as it was before its UTF-8 was decoded as Windows-1252 or -1251, where all that shows
    beyond ASCII are roundups' bullets ("в–ЄпёЏ Item" is "▪️ Item"), which ftfy
    leaves when no other row of the page showed how the page was decoded; else None. The round
    trip is strict: Cyrillic text does not survive it (the bytes of "Привет" are no UTF-8)."""
    for encoding in ("cp1252", "cp1251"):
        try:
            fixed = text.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != text and all(char.isascii() or char in _SYMBOLS for char in fixed):
            return fixed
    return None


def _mojibake_of(char: str, rounds: int = 2) -> Tuple[str, ...]:
    """What `char` becomes when a page's UTF-8 is decoded as Windows-1251 or Windows-1252 once or
    twice ("©": "В©", "Â©", "Р’В©", "Ã‚Â©", ...), longest first."""
    forms, found = {char}, set()
    for _ in range(rounds):
        forms = {form.encode("utf-8").decode(encoding, errors="ignore")
                 for form in forms for encoding in ("cp1251", "cp1252")}
        found |= forms
    return tuple(sorted(found - {char}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _lone_mojibake() -> Dict[str, str]:
    """"©" and the "→" of a "Read more on the site →" link, decoded once or twice as Windows-1251 or
    Windows-1252 (Latin-1 prints them as Windows-1252 does): mojibake -> character, longest first.
    Made when a page first needs it: building it at import loaded both codecs in every run."""
    return dict(sorted(((form, char) for char in "\u00a9\u2192" for form in _mojibake_of(char)),
                       key=lambda pair: -len(pair[0])))


_NON_ASCII_RUN = r"[^\x00-\x7f]+"


#: The UTF-8 of a letter of Latin-1 or Latin Extended-A (lead byte C3, C4 or C5) decoded as
#: Windows-1252 or Windows-1251, next to an ASCII letter. The letter is looked behind: a search for
#: a pattern opening with a class stops at each character of it, and every Latin letter of a page
#: was one; the rare middle character opens it now (the same pages are found).
# The letter before it looked behind for from the lead character, not before it: a pattern that
# opens with a class is searched for by a scan for the class, one opening with a look-behind is
# tried at every position of the page (the same matches).
_LATIN_MOJIBAKE = r"[ÃÄÅГДЕ](?<=[A-Za-z][ÃÄÅГДЕ])[\x80-\xbf\u0400-\u045f\u2010-\u203a\u20ac\u2116\u2122]"


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
        return compiled(_NON_ASCII_RUN).sub(lambda match: latin(match.group()), text)
    except ValueError:
        return None


def _lone_repaired(text: str) -> str:
    """`text` with "В©" ("©" decoded as Windows-1251), "Â©" and their like (`_lone_mojibake`) made
    "©" (or "→") again, when they are all it holds beyond ASCII. ftfy will not judge so little ("В©
    Name/TASS" could be Cyrillic and a sign, and a page whose only other character beyond ASCII
    is a Cyrillic button label shows it nothing either), but no language writes "В©" before
    ASCII text."""
    if text.isascii():
        return text
    bare = text
    lone = _lone_mojibake()
    for mojibake in lone:
        bare = bare.replace(mojibake, "")
    if not all(char.isascii() or char.isspace() or char in ZERO_WIDTH for char in bare):
        return text
    for mojibake, char in lone.items():
        text = text.replace(mojibake, char)
    return text


def _fix_and_explain(text: str) -> Tuple[str, Optional[list]]:
    """ftfy's encoding repair of `text` and its steps (None when there was nothing to do)."""
    if text.isascii() or not mojibake_pattern().search(text):
        return text, None
    import ftfy  # imported only for text that may need it (about 60 ms)

    return ftfy.fix_encoding_and_explain(text)
