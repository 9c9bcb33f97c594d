"""A photo gallery's picture lines: each a caption with its credit glued on after the © sign, one
line a photo, set one under another ("A ship leaves the harbour, May 2© Name/AGENCY"), as a
gallery page saves its slides (issue 16, set 8 family 1). Each such line is a caption and a
credit, never body. A lone line of that shape is left alone: a run of two or more is a gallery."""
from __future__ import annotations

from typing import List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line

#: The sign that opens a photo's credit.
SIGN = "©"
#: A caption is a few words at least; a credit is a name or two and an agency, no sentence.
CAPTION_LENGTH = 20
CREDIT_LENGTH = 80
#: Picture lines in a row that make a gallery.
RUN = 2


def _split(text: str) -> Optional[Tuple[str, str]]:
    """(caption, credit) of a "caption© Credit" line, or None: the sign once, after a caption of
    some length, before a credit that opens with a capital and ends with no stop."""
    at = text.find(SIGN)
    if at < CAPTION_LENGTH or text.count(SIGN) != 1:
        return None
    caption, credit = text[:at].rstrip(), text[at + 1:].strip()
    if not credit[:1].isupper() or len(credit) > CREDIT_LENGTH or credit[-1] in ".!?:":
        return None
    return caption, credit


def mark_gallery(lines: List[Line]) -> None:
    """Mark each run of RUN or more consecutive "caption© Credit" text lines as captions with
    their credits (the module's doc)."""
    run: List[Tuple[Line, Tuple[str, str]]] = []
    for line in lines + [None]:  # type: ignore[list-item]  (None closes the last run)
        found = _split(line.text) if line is not None and line.kind is K.TEXT and SIGN in line.text else None
        if found is not None and (not run or run[-1][0].number == line.number - 1):
            run.append((line, found))
            continue
        if len(run) >= RUN:
            for picture, (caption, credit) in run:
                picture.kind, picture.info = K.CAPTION, (caption, credit)
        run = [(line, found)] if found is not None else []
