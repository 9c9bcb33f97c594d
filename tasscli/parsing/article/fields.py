"""Fields of an article read once its lines have their roles: the day it was printed for, a sign-off's
local time, its language, and a check of the dateline's day against the archive's prefix."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional, Sequence

from tasscli.parsing import dates
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.hijri import gregorian_part
from tasscli.parsing.letters import language
from tasscli.vocab import Vocabulary


def article_day(b: Builder, carried: Optional[dates.DayLine], vocab: Vocabulary) -> Optional[date]:
    """The day a page prints for an article besides prefix and time line (see the README's order)."""
    if b.day is not None:
        return b.day.day
    if carried is not None:
        return carried.day
    if b.dateline is not None and b.dateline.date \
            and (gregorian := gregorian_part(b.dateline.date, vocab.hijri_months)):
        printed = dates.read_day_line(gregorian, vocab.months, vocab)
        if printed is None:  # "Регион, 3 мая, 2008, 12:00 — ИА Регнум.": the year after the date
            year = re.search(re.escape(gregorian) + r",?\s+((?:19|20)\d\d)(?!\d)", b.dateline.text)
            printed = dates.read_day_line(f"{gregorian} {year.group(1)}", vocab.months, vocab) if year else None
        if printed is not None:
            return printed.day
        if b.year_hint is not None:
            parts = gregorian.replace(".", " ").replace(",", " ").split()
            if len(parts) == 2:
                month_word, day_word = parts if not parts[0].isdigit() else parts[::-1]
                month = vocab.months.get(month_word.lower())
                if month and day_word.isdigit():
                    try:
                        return date(b.year_hint, month, int(day_word))
                    except ValueError:
                        return None
    return None


#: A sign-off's clock: "--SPA 16:48 LOCAL TIME 13:48 GMT" (the local time and UTC).
LOCAL_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s+LOCAL TIME\s+(\d{1,2}):(\d{2})\s+GMT\b")


def local_time_note(notes: Sequence[str], day: date) -> Optional[dates.TimeLine]:
    """The time a sign-off note prints as local time and GMT, on `day`: its offset is their difference."""
    for note in notes:
        match = LOCAL_TIME.search(note)
        if match is None:
            continue
        hour, minute, utc_hour, utc_minute = (int(part) for part in match.groups())
        if hour > 23 or minute > 59 or utc_hour > 23 or utc_minute > 59:
            return None
        offset = (hour * 60 + minute - utc_hour * 60 - utc_minute) % (24 * 60)
        if offset > 14 * 60:  # west of Greenwich
            offset -= 24 * 60
        return dates.TimeLine(match.group(), day.month, day.day, day.year, hour, minute, offset, form="other")
    return None


#: How much of a story `article_language` reads: enough letters to tell, however long the story.
LANGUAGE_SAMPLE = 2000


def article_language(b: Builder) -> Optional[str]:
    """The language of the article's body, else of its headline and lead (a page mixing scripts,
    such as a Russian story under an English site's menu, takes its body's); None with no text."""
    text = " ".join(b.body)[:LANGUAGE_SAMPLE] or " ".join(
        str(b.fields.get(name) or "") for name in ("headline", "lead")).strip()
    return language(text) if text else None


def check_dateline_day(b: Builder, prefix: date, vocab: Vocabulary) -> None:
    assert b.dateline is not None
    parts = (b.dateline.date or "").replace(".", "").split()
    if len(parts) != 2:
        return
    month_word, day_word = parts if not parts[0].isdigit() else parts[::-1]
    month = vocab.months.get(month_word.lower())
    if month and day_word.isdigit() and (month, int(day_word)) != (prefix.month, prefix.day):
        b.warnings.append(f"prefix date {prefix.isoformat()} differs from dateline {b.dateline.date}")
