"""What a page's records must not depend on: how the file was saved.

Each transformation below changes a page's bytes but not what an archivist would say it holds:
line ends, trailing or leading white space, blank lines above or below the page, a byte order mark,
every blank gap doubled, a tags footer added, UTF-8 decoded as Windows-1252 or Windows-1251
(mojibake, which normalization repairs in the fields and the parser in the lines it reads),
zero-width spaces, no-break spaces or tabs for spaces, soft hyphens. Every sample page (and every
corpus page, when ../shared is there) must give the same records after each.

Found by this test: a page with blank lines above its ` date YYYY-MM-DD` prefix lost its date,
dateline and agency; doubled gaps turned subheadings into dropped related headlines; on a page with
no story start a tags footer gave the page its section; mojibake hid credit marks, dashes and
furniture from the parser; a zero-width space, a soft hyphen, or a no-break space or tab in the date
prefix hid the prefix or the dateline (samples tass_leadingblank_1, tass_doublespaced_1,
tass_notagsection_1, tass_mojibake_1 and tass_invisible_1).
"""
from __future__ import annotations

import re

import pytest
from paths import CORPUS, SAMPLES

from tasscli import parse
from tasscli.parsing.normalize import normalize_article

PAGES = sorted(SAMPLES.glob("*.txt")) + sorted(CORPUS.glob("*/*.txt"))


def _double_blank_lines(text: str) -> str:
    return "\n".join(part for line in text.split("\n") for part in ([line, line] if not line.strip() else [line]))


def _decoded_as_windows_1252(text: str) -> str:
    """The page's UTF-8 bytes read as Windows-1252 (Latin-1 for the five bytes it leaves out), as
    a page saved through the wrong encoding once is: "’" becomes "â€™"."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


def _decoded_as_windows_1251(text: str) -> str:
    """The page's UTF-8 bytes read as Windows-1251 (Latin-1 for the one byte it leaves out), as a
    page saved on a Russian Windows machine is: "©" becomes "В©", "’" becomes "вЂ™"."""
    return "".join(bytes([byte]).decode("cp1251", errors="ignore") or chr(byte) for byte in text.encode("utf-8"))


TRANSFORMATIONS = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing spaces": lambda text: "\n".join(line + "  " for line in text.split("\n")),
    "tab indent": lambda text: "\n".join("\t" + line if line.strip() else line for line in text.split("\n")),
    "no-break space indent": lambda text: "\n".join("\u00a0" + line if line.strip() else line
                                                    for line in text.split("\n")),
    "blank lines around": lambda text: "\n\n" + text + "\n\n\n",
    "white-space-only blank lines": lambda text: text.replace("\n\n", "\n \t\n"),
    "byte order mark": lambda text: "\ufeff" + text,
    "doubled blank lines": _double_blank_lines,
    "a tags footer": lambda text: text.rstrip("\n") + "\n\nTags\nRussia\nEconomy\n",
    "decoded as Windows-1252": _decoded_as_windows_1252,
    "decoded as Windows-1251": _decoded_as_windows_1251,
    "zero-width space at line starts": lambda text: "\n".join("\u200b" + line if line.strip() else line
                                                              for line in text.split("\n")),
    "no-break space for every space": lambda text: text.replace(" ", "\u00a0"),
    "tab for every space": lambda text: text.replace(" ", "\t"),
    "soft hyphens in capitalised words": lambda text: re.sub(r"\b([A-Z]{3})([A-Z]{3,})\b", "\\1\u00ad\\2", text),
}


def records(text: str) -> list:
    out = []
    for article in parse(text, "page"):
        record = normalize_article(article).to_dict()
        del record["warnings"], record["notes"]  # which paragraph a warning names may move
        out.append(record)
    return out


@pytest.mark.parametrize("name", TRANSFORMATIONS)
def test_records_do_not_depend_on_how_the_page_was_saved(name):
    transform = TRANSFORMATIONS[name]
    changed = []
    for path in PAGES:
        text = path.read_text(encoding="utf-8")
        if name == "a tags footer" and "\n\n" not in text.strip():
            continue  # a footer set apart by a blank line makes a page with no blank line another layout
        if records(transform(text)) != records(text):
            changed.append(path.name)
    assert not changed, f"{name} changed the records of {len(changed)} pages: {changed[:5]}"
