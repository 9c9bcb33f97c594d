"""Letter classes for the patterns that read names: ASCII, the letters of Latin-1 and Latin
Extended-A, which places print ("SÃO PAULO", "BOGOTÁ", "ŁÓDŹ"), and Cyrillic (Russian, with the
Ukrainian and Belarusian letters: "САНКТ-ПЕТЕРБУРГ", "Київ"). `re` has no \\p{Lu}.
Also the invisible characters a line's meaning has none of (`ZERO_WIDTH`), and `compiled`, a
pattern compiled on first use."""
import re
from functools import lru_cache
from typing import Pattern

_LATIN = [chr(code) for code in range(0xC0, 0x180) if chr(code).isalpha()]
#: The Cyrillic letters of Russian, Ukrainian and Belarusian (U+0400-U+045F).
_CYRILLIC = [chr(code) for code in range(0x400, 0x460) if chr(code).isalpha()]

#: Capitals, for a character class: `[{UPPER}]`.
UPPER = "A-Z" + "".join(char for char in _LATIN + _CYRILLIC if char.isupper())
#: Letters of either case, for a character class.
LETTER = "A-Za-z" + "".join(_LATIN + _CYRILLIC)
#: Cyrillic capitals alone, for a character class (what may open a Russian story's sentence).
CYRILLIC_UPPER = "".join(char for char in _CYRILLIC if char.isupper())

#: A run of letters of any script: the words of a line, without digits, marks or "_".
LETTER_RUN = re.compile(r"[^\W\d_]+")

_CYRILLIC_RUN = re.compile("[" + "".join(_CYRILLIC) + "]+")
_CYRILLIC_ANY = re.compile("[\u0400-\u045f]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
#: Letters only Ukrainian writes, and letters Ukrainian lacks that Russian writes.
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")


def language(text: str) -> str:
    """The language of `text` by its letters: "en" for text mostly in Latin letters, "ru" for text
    mostly in Cyrillic ("uk" where Ukrainian's own letters outnumber those only Russian writes).

    A small, fast test (a page's record needs one word, not a language model): ASCII text is
    English at once; otherwise the letters of each script are counted."""
    if text.isascii() or _CYRILLIC_ANY.search(text) is None:  # one scan in C for most English text
        return "en"
    cyrillic = "".join(_CYRILLIC_RUN.findall(text))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    if len(cyrillic) <= latin:
        return "en"
    # str.count a letter (eight scans in C), not a Python step a character of up to 2,000
    ukrainian = sum(map(cyrillic.count, _UKRAINIAN_ONLY))
    russian = sum(map(cyrillic.count, _RUSSIAN_ONLY))
    return "uk" if ukrainian > russian else "ru"


#: Invisible characters with no meaning in extracted text: zero-width space, word joiner, a byte
#: order mark inside the text, and the soft hyphen (a hyphenation hint a page shows only at a line
#: end, which would keep "MOS\u00adCOW" from matching "MOSCOW"). Whitespace tidying drops them from
#: the fields, the parser from its lines.
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"


@lru_cache(maxsize=64)  # a few patterns, by their source
def compiled(source: str) -> Pattern[str]:
    """`source` compiled on first use: most runs never need most of the patterns that read unclean text
    (mojibake, untidy spaces, place names in capitals), and compiling them all cost milliseconds of
    start-up."""
    return re.compile(source)
