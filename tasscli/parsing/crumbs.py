"""A breadcrumb that ends with the story's own title cut short ("|  Interviews  |  Name: Russia
still ready for talks with..."), the headline printed in full a few lines under it: the site's
lines above it (menus, a news ticker, a subscription form) are furniture, whatever they hold, and
the crumb before the title is the story's section (issue 16.3, section missed: breadcrumbs)."""
from __future__ import annotations

from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.lines import Line, section_like

#: The cut title is at least this long, so that it names the story alone.
TITLE_PREFIX = 20
#: The headline stands this many lines under the breadcrumb at most (a date line may come between).
HEADLINE_REACH = 4
#: The site's lines above such a breadcrumb are this many at most, and none of a story's kinds.
SITE_LINES = 60
STORY_KINDS = frozenset({K.DATELINE, K.TIME, K.DATE, K.SECTION_TIME, K.HEADLINE_TIME, K.CAPTION, K.CREDIT, K.SOURCE})
#: What closes a title the site cut.
ELLIPSES = ("...", "…")


def mark_title_crumb(lines: List[Line]) -> None:
    """Find such a breadcrumb (the module's doc) and mark the page's lines by it: only where the
    lines above it hold no story's dateline, time, date, caption or credit (pages run together:
    the story before is no site's furniture). The caller tests that the page holds a "|"."""
    for at, line in enumerate(lines):
        text = line.text
        if not text.endswith(ELLIPSES) or text.count("|") < 2:
            continue
        parts = [part.strip() for part in text.split("|")]
        title = parts[-1].rstrip(".…").strip().casefold()
        # (The headline as printed may add to the title: a speaker, quotes, an "UPDATE 1-", a place
        # and a colon, which reads as a dateline.)
        if len(title) < TITLE_PREFIX or not any(
                below.kind in K.TEXT_OR_DATELINE and title in below.text.casefold() and len(below.text) > len(title)
                for below in lines[at + 1:at + 1 + HEADLINE_REACH]):
            continue
        if at > SITE_LINES or any(above.kind in STORY_KINDS for above in lines[:at]):
            return  # another story's lines above it (pages run together): not the site's alone
        for above in lines[:at]:
            above.kind, above.info = K.FURNITURE, None
        section = parts[-2] if len(parts) > 2 and section_like(parts[-2]) else None
        line.kind, line.info = (K.LABEL, section) if section else (K.FURNITURE, None)
        return
