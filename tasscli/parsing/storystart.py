"""Where, within an article, the story starts (`story_start`): its dateline, else its first long
sentence, a paragraph hard-wrapped over lines, or a run of items closing with semicolons."""
from __future__ import annotations

from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, bulleted, is_sentence, menu_like
from tasscli.parsing.noblank import wrapped_opening
from tasscli.parsing.segments import heads_headline


def story_start(lines: List[Line]) -> Optional[int]:
    """The line that opens the story: a dateline (one naming its agency first; not one that
    heads a headline, `headline_dateline`), else a long sentence.

    Where the headline is printed again further down (a teaser card above the article), the story
    is looked for after the repeat.
    """
    begin = 0
    first = next((i for i, ln in enumerate(lines) if ln.kind in K.TEXT_OR_BULLET_TITLE
                  and not menu_like(ln.text)), None)  # not a site's menu item above it
    if first is not None:
        title = lines[first].text.casefold()
        # (Case folding never shortens a text: a line longer than the title is not folded.)
        size = len(title)
        again = next((i for i in range(first + 2, len(lines))
                      if len(lines[i].text) <= size and lines[i].text.casefold() == title), None)
        if again is not None and any(ln.kind is K.DATELINE for ln in lines[again:]):
            begin = again
    datelines = [i for i in range(begin, len(lines)) if lines[i].kind is K.DATELINE]
    # Strong: naming its agency, or its place and date ("HAVANA, February 14th  Love songs ...").
    strong = [i for i in datelines if lines[i].info[1] is not None  # type: ignore[index]
              or (lines[i].info[0].date is not None and lines[i].info[0].place is not None)]  # type: ignore[index]
    story = [i for i in datelines if not heads_headline(lines, i)]
    if strong or story:
        return (strong or story)[0]
    for index, line in enumerate(lines):
        if line.kind is K.TEXT and ((len(line.text) > 80 and is_sentence(line.text)) or wrapped_opening(lines, index)
                                    or _item_run(lines, index)):
            # A roundup's bulleted items are its story from the first on, those ending no sentence
            # too (a site's row between two of them aside).
            at = index - 1
            while bulleted(line.text) and at >= 0 and lines[at].kind not in K.DATELINE_OR_BULLET_TITLE \
                    and (lines[at].kind is not K.TEXT or bulleted(lines[at].text)):
                if lines[at].kind is K.TEXT:
                    index = at
                at -= 1
            return index
    return None


#: Lines in a row closing with a semicolon that make a list of statements set line by line (a story's text).
ITEM_RUN = 3


def _item_run(lines: List[Line], index: int) -> bool:
    """Does a run of ITEM_RUN text lines or more, each of a few words or more closing with a
    semicolon, open at `index` (a digest's items under its title "The main points:")?"""
    if lines[index].text[-1:] != ";" or index + ITEM_RUN > len(lines):
        return False
    return all(line.kind is K.TEXT and line.text[-1:] == ";" and len(line.text.split(None, 4)) >= 4
               for line in lines[index:index + ITEM_RUN])
