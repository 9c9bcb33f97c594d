"""A page whose story is one sentence-ending line with no headline and no dateline: by the rules'
ruling ("a page that opens with a sentence and no headline above it: that line is the lead") the
line is the lead and the body is empty. (Pages of several such lines are read by
`assemble.opening_sentence`. Only lines of no text, credits or furniture, may stand around the one:
a footer's text lines under it would be left as a body no rule cuts.)"""
from __future__ import annotations

import re
from typing import List, Optional

import tasscli.parsing.lines as K
from tasscli.parsing.lines import QUOTE_OPENERS, Line, ends_sentence, menu_like

#: A year printed in the line: a date line glued to the text ("Month D, YYYY"), whose header a
#: later reading may carve; such a line is not taken as a lead.
YEAR = re.compile(r"\b(?:19|20)[0-9][0-9]\b")


def lone_sentence(segment: List[Line]) -> Optional[int]:
    """The index of the page's only line of text when it ends a sentence (not a question),
    opens with no quote mark, prints no year, and no dateline stands on the page; else None."""
    found = None
    for index, line in enumerate(segment):
        if line.kind is K.DATELINE:
            return None
        if line.kind is K.TEXT:
            if found is not None or menu_like(line.text):
                return None
            found = index
    if found is None:
        return None
    text = segment[found].text
    return found if ends_sentence(text) and text[:1] not in QUOTE_OPENERS and text[-1:] not in "?!" \
        and YEAR.search(text) is None else None
