"""An invented news site whose furniture no vocabulary table holds (issue 16, point 6): the
"Larkspur Ledger", its masthead, menu and footer lines around stories written for the tests.

`site_pages(n)` gives n distinct pages (file name, text); `write_folder` and `write_zip` save them.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import List, Tuple

#: The site's own lines: on every page, and in no table of tasscli.vocab.
HEADER = ("Larkspur Ledger", "Your valley, every morning", "Founded by river folk in 1887")
FOOTER = ("Printed by the Ledger Cooperative Press", "Letters to the editor welcome",
          "Ledger office hours are nine to five")
FURNITURE = HEADER + FOOTER
#: A line on every third page only: under the share, never learned.
SOMETIMES = "Weekend edition"
#: A section the vocabulary names, on every page under the headline: a field, never learned.
SECTION = "Society & Culture"

_PLACES = ("Eastbrook", "Millhaven", "Corran Falls", "Tessby", "Old Quarry", "Lowmere", "Hartle Green",
           "Birch Crossing", "Fenwold", "Sallow Point", "Ravenford", "Upper Dunmoor", "Kestrel Bay")
_THINGS = ("a footbridge", "the library roof", "a winter market", "bus timetables", "the orchard fund",
           "a flood barrier", "school meals", "the ferry pier", "a cycling lane", "the town clock",
           "water meters", "a youth choir", "the harvest fair", "street lighting", "a recycling depot",
           "the museum annex")
_BODIES = ("{place} council members voted on {thing} after a long evening of questions from residents, "
           "several of whom had waited since the spring for an answer on the costs involved.",
           "Officials in {place} said the work on {thing} would begin before the first frost and should "
           "be finished within three months if the weather and the suppliers allow it.",
           "Shopkeepers near the square in {place} told the Ledger that {thing} had been discussed for "
           "years and that most of them would welcome a decision of any kind at last.",
           "A spokesperson for the district board confirmed that {thing} in {place} would be paid for "
           "from the regional budget rather than from a new local charge on households.")


def site_pages(count: int = 200) -> List[Tuple[str, str]]:
    """`count` pages of the site, each a different story, its furniture around it."""
    pages = []
    for number in range(count):
        place = _PLACES[number % len(_PLACES)]
        thing = _THINGS[(number * 7) % len(_THINGS)]
        headline = f"{place} weighs plans for {thing} in story number {number + 1}"
        lead = f"Residents of {place} asked how {thing} would be paid for at meeting {number + 1}"
        body = [_BODIES[(number + shift) % len(_BODIES)].format(place=place, thing=thing) for shift in range(3)]
        lines = list(HEADER) + ["", headline, SECTION, "", lead, ""]
        if number % 3 == 0:
            lines[3:3] = [SOMETIMES]
        for paragraph in body:
            lines += [paragraph, ""]
        lines += list(FOOTER)
        pages.append((f"story{number + 1:03d}.txt", "\n".join(lines) + "\n"))
    return pages


def write_folder(folder: Path, count: int = 200) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in site_pages(count):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_zip(path: Path, count: int = 200) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in site_pages(count):
            archive.writestr(f"ledger/{name}", text)
    return path
