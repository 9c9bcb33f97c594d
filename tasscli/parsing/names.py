"""The clean names normalization derives from printed ones: a section's slug (from the table
`Vocabulary.section_slugs`, else one made from its name) and a dateline place in title case
("ST. PETERSBURG" -> "St. Petersburg")."""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from tasscli.parsing.letters import compiled
from tasscli.vocab.names import SECTION_SLUGS


def _section_key(name: str) -> str:
    name = re.sub(r"\band\b", "&", name.casefold())
    return " ".join(name.split())


def _slug_index(slugs: Dict[str, str]) -> Dict[str, str]:
    return {_section_key(name): slug for name, slug in slugs.items()}


#: Each section table's index (by `_section_key`), made when first asked for: by the table's
#: identity, (table, index). A page printing no section needs none.
_INDEXES: Dict[int, Tuple[Dict[str, str], Dict[str, str]]] = {}


def _index_of(slugs: Dict[str, str]) -> Dict[str, str]:
    hit = _INDEXES.get(id(slugs))
    if hit is None or hit[0] is not slugs:
        if len(_INDEXES) >= 8:  # bounded, however many tables a caller builds
            _INDEXES.clear()
        hit = _INDEXES[id(slugs)] = (slugs, _slug_index(slugs))
    return hit[1]


def slugify(name: str) -> str:
    """A URL-style slug: lower case ASCII letters and digits joined by single hyphens."""
    if not name.isascii():
        import unicodedata  # see to_nfc

        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", name.replace("&", " and ").lower()).strip("-")


def section_slug(section: Optional[str], slugs: Dict[str, str] = SECTION_SLUGS) -> Tuple[Optional[str], bool]:
    """(slug, found in the table `slugs`: the vocabulary's `section_slugs`). A section missing from
    the table gets `slugify(section)`."""
    if not section or not section.strip():
        return None, True
    slug = _index_of(slugs).get(_section_key(section))
    if slug is not None:
        return slug, True
    return slugify(section) or None, False


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
    if word[:1] in "“\"«":  # a ship's or station's name in quotes: "“ROSSIA”" -> "“Rossia”"
        return word[:1] + _title_word(word[1:])
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
    for token in compiled(_PLACE_SPLIT).split(place):
        if not token:
            continue
        if compiled(_PLACE_SPLIT).fullmatch(token):
            out.append(token)
            if "/" in token:  # "MOSCOW/LA PAZ": a new name starts
                first = True
            continue
        low = token.lower()
        out.append(low if not first and low in PLACE_PARTICLES else _title_word(token))
        first = False
    return "".join(out)
