"""The first pass of the parser: a page's lines, each given a kind from the vocabulary alone.

`classify` looks at one line with no look at its neighbours: furniture, template, section, time,
date, credit, dateline, byline, note, ... The passes that read a page's structure (`segments`,
`parser`) work on these kinds.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cached_property, lru_cache
from typing import Dict, FrozenSet, List, Optional, Pattern, Tuple

from tasscli.parsing import dates
from tasscli.parsing.datelines import AGENCIES, Agency, find_dateline, read_dateline, signoff_patterns
from tasscli.parsing.letters import CYRILLIC_UPPER, LETTER_RUN
from tasscli.parsing.normalize import (
    KEY_CHARACTERS,
    ZERO_WIDTH,
    Markers,
    may_hold_mojibake,
    mojibake_markers,
    repair_mojibake_lines,
)
from tasscli.parsing.prefilter import Prefilter, first_chars, first_chars_of, prefilter
from tasscli.vocab import Vocabulary

# No braces inside: a lazy ".*?" here is quadratic on a long line of "{" with no "}}".
TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")


class Line:
    """One non-blank line of a page, and what the classifier read in it.

    A plain class with slots, not a dataclass: a page makes one per line, and a dataclass costs a
    millisecond of start-up to define."""

    __slots__ = ("number", "text", "block", "kind", "info", "notes")

    def __init__(self, number: int, text: str, block: int, kind: str = "text", info: object = None,
                 notes: Tuple[str, ...] = ()) -> None:
        self.number = number  # 1-based, in the page as given
        self.text = text  # trimmed, the prefix removed from the first line
        self.block = block  # lines of one blank-separated block share this
        self.kind = kind
        self.info = info  # what the classifier read: a TimeLine, a section name, a dateline ...
        self.notes = notes  # editors' notes cut from the line ("(MENAFN- ...)")

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r}, {self.block}, kind={self.kind!r})"


_BYLINE_NAME = rf"[A-Z{CYRILLIC_UPPER}][\w'.\-]+(?:\s+[A-Z{CYRILLIC_UPPER}][\w'.\-]+){{0,3}}"


def _byline_names(roles: str, joiners: Tuple[str, ...] = ("and",)) -> str:
    """A byline's names ("Name", "NAME", "Name and Name", "Name, Name & Name"), none of them one of
    `roles` (an alternation): in "Name, Staff Writer" the role is no second name. `joiners`: the
    words between two names (`Vocabulary.byline_joiners`)."""
    words = "|".join(re.escape(word) for word in joiners) or "and"
    return rf"{_BYLINE_NAME}(?:(?:\s*,\s*|\s+(?:{words})\s+|\s*&\s*)(?!(?:{roles})\b){_BYLINE_NAME}){{0,3}}"


BYLINE_OPEN = re.compile(r"^By\s+[A-Z]")
NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$")
SEPARATOR = re.compile(r"^[-—–_=*]{3,}$")
SOURCE = re.compile(r"^(?:From:\s+\S.{0,40}|[^|^]{2,40}\^\s*\|[^|]*\|.*)$")
SOURCE_KEYS = prefilter([SOURCE.pattern])
BULLET = re.compile(r"^[•·▪]\s*")
BULLETS = "•·▪"  # BULLET's first characters: a string test before the pattern
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


#: What a marker line may end with besides its words: "Read also:", "Read also »", "Tags :".
_MARKER_ENDS = " :»›>→–—-"


def marker_key(text: str) -> str:
    """A tags or related-story marker as compared: case-blind, without a closing colon or arrow."""
    return text.rstrip(_MARKER_ENDS).casefold()


_UNSEEN = object()

#: A site's control or menu row (`vocab.CONTROL_PATTERNS`, `Grammar.menu_row`) is at most this
#: long; the longer lines, most of a page's, are spared those tests.
CONTROL_LENGTH = 60


class Grammar:
    """A vocabulary and agency table compiled: regexes and lookup sets.

    Each pattern is compiled when first used (`cached_property`): compiling them all took a third
    of a one-page run, and many pages never need the rarer ones (news-list items, graphics,
    glued credits)."""

    def __init__(self, vocab: Vocabulary, agencies: Tuple[Agency, ...]) -> None:
        self.vocab = vocab
        self.agencies = agencies
        self.sections = frozenset(vocab.sections)
        self._controls: Dict[str, Optional[Pattern[str]]] = {}  # see is_control

    @cached_property
    def mojibake_markers(self) -> Markers:
        """What a page decoded twice prints for the characters the parser finds things by: the
        usual punctuation and every non-ASCII character of the vocabulary's tables."""
        strings = []
        for value in vars(self.vocab).values():
            if isinstance(value, str):
                strings.append(value)
            elif isinstance(value, (dict, tuple, list, set, frozenset)):
                strings.extend(item for item in value if isinstance(item, str))
        extra = {char for char in set("".join(strings)) if not char.isascii()}  # set() first: C speed
        return mojibake_markers(KEY_CHARACTERS + "".join(sorted(extra - set(KEY_CHARACTERS))))

    @cached_property
    def _section_alt(self) -> str:
        return "|".join(re.escape(s) for s in sorted(self.vocab.sections, key=len, reverse=True))

    @cached_property
    def _notes(self) -> str:
        return "|".join(self.vocab.note_patterns)

    @cached_property
    def _signoff_forms(self) -> List[str]:
        return signoff_patterns(self.agencies) + list(self.vocab.trailers)

    @cached_property
    def furniture_lines(self) -> frozenset:
        """The furniture lines in lower case: a set lookup, where a case-blind alternation of fifty
        strings took a microsecond a line and two milliseconds to compile."""
        return frozenset(line.lower() for line in self.vocab.furniture)

    @cached_property
    def related_keys(self) -> frozenset:
        return frozenset(map(marker_key, self.vocab.related_markers))

    @cached_property
    def marker_kinds(self) -> Dict[str, str]:
        """marker_key of each tags and related-story marker -> the kind of its line."""
        kinds = dict.fromkeys(self.related_keys, "related")
        kinds.update(dict.fromkeys(map(marker_key, self.vocab.tag_markers), "tags"))
        return kinds

    @cached_property
    def marker_length(self) -> int:
        """The longest a marker line may be (its closing colon or arrow and spaces included): a
        longer line is spared marker_key."""
        return max(map(len, self.vocab.tag_markers | self.vocab.related_markers), default=0) + 6

    @cached_property
    def furniture_patterns(self) -> Pattern[str]:
        return re.compile(rf"(?:{'|'.join(self.vocab.furniture_patterns)})\s*", re.IGNORECASE)

    def is_furniture(self, text: str) -> bool:
        """Is the whole (trimmed) line a furniture line of the table, or does a furniture pattern
        match all of it? Both case-blind."""
        # No prefilter here: a fullmatch fails at the line's start, where a search for the
        # patterns' fixed strings would scan the whole line.
        return text.lower() in self.furniture_lines or (
            bool(self.vocab.furniture_patterns) and self.furniture_patterns.fullmatch(text) is not None)

    def is_control(self, text: str) -> bool:
        """Is the line one of a site's controls, counters or menu rows (`vocab.CONTROL_PATTERNS`,
        `menu_row`), whatever its tables? Only lines of at most CONTROL_LENGTH characters are."""
        if len(text) > CONTROL_LENGTH:
            return False
        pattern = self._controls.get(text[:1], _UNSEEN)
        if pattern is _UNSEEN:
            pattern = self._controls[text[:1]] = self._control_lines(text[:1])
        return (pattern is not None and pattern.fullmatch(text) is not None) or self.menu_row(text)

    @cached_property
    def _control_firsts(self) -> Tuple[Tuple[Optional[FrozenSet[str]], str], ...]:
        return tuple((first_chars(pattern, ignore_case=True), pattern) for pattern in self.vocab.control_patterns)

    def _control_lines(self, first: str) -> Optional[Pattern[str]]:
        """The control patterns a line opening with `first` may match, as one (None: none may).
        Each line tried on all of them cost a microsecond, as much as reading most lines."""
        chosen = [pattern for chars, pattern in self._control_firsts
                  if chars is None or first in chars or not first.isascii()]  # case-blind folds some
        return re.compile(rf"(?:{'|'.join(chosen)})\s*", re.IGNORECASE) if chosen else None

    @cached_property
    def _menu_separator(self) -> Pattern[str]:
        return re.compile(rf"\s([{re.escape(self.vocab.menu_arrows + self.vocab.menu_bars)}])\s")

    @cached_property
    def _menu_item(self) -> Pattern[str]:
        return re.compile(r"[\w&'’-]+(?: [\w&'’-]+){0,2}")

    @cached_property
    def _breadcrumb(self) -> Pattern[str]:
        homes = "|".join(re.escape(home) for home in sorted(self.vocab.breadcrumb_homes, key=len, reverse=True))
        return re.compile(rf"(?:{homes})\s*[>»›]\s*\S", re.IGNORECASE)

    def breadcrumb_section(self, text: str) -> Optional[str]:
        """The section a breadcrumb from the site's home names when it ends with the story's
        headline ("Главная > Новости дня > Headline", a last item too long for a rubric): the item
        just before it. None for any other line; one of short items only ("Home > Business >
        Energy") is the site's menu path (`menu_row`), naming no section; "" for the home and the
        headline alone ("Главная > Headline"), a breadcrumb naming none."""
        if not self._breadcrumb.match(text):
            return None
        items = [item.strip() for item in re.split(r"\s*[>»›]\s*", text)[1:] if item.strip()]
        if not items or menu_like(items[-1]):
            return None
        return items[-2] if len(items) > 1 and menu_like(items[-2]) else ""

    def menu_row(self, text: str) -> bool:
        """Is the line a breadcrumb or menu row (`vocab.MENU_ARROWS`, `vocab.MENU_BARS`)?"""
        separators = self._menu_separator.findall(text)
        if not separators:  # nearly every line: one scan (a gate before it cost more than it spared)
            return False
        items = self._menu_separator.split(text)[::2]
        arrows = any(separator in self.vocab.menu_arrows for separator in separators)
        return len(items) >= (2 if arrows else 3) and all(self._menu_item.fullmatch(item.strip()) for item in items)

    @cached_property
    def byline(self) -> Pattern[str]:
        """A byline line: "By Name", "Written by Name and Name", "Author: Name", "By Name, Agency",
        "By Name | AP", "-By Name - TASS", "By: Name / Staff reporter"; the names (`name`), and what
        follows them (`agency`: an agency, "AP writer", "TASS correspondent"; not a role of
        `Vocabulary.byline_roles`, which names none)."""
        openers = sorted(self.vocab.byline_openers, key=len, reverse=True)  # the longest first
        words = "|".join(re.escape(o) for o in openers if o[-1:] != ":")
        colons = "|".join(re.escape(o) for o in openers if o[-1:] == ":")
        opener = "|".join(filter(None, (words and rf"(?:{words})\s+", colons and rf"(?:{colons})\s*")))
        roles = self._byline_roles
        return re.compile(rf"^-?\s?(?:{opener})(?P<name>{_byline_names(roles, self.vocab.byline_joiners)})"
                          rf"(?:\s*(?:,|\||/|[-–])\s*(?:(?:{roles})"
                          rf"|(?P<agency>[A-Z{CYRILLIC_UPPER}][\w.&'’ ]{{1,40}}?)):?)?$")

    @cached_property
    def _byline_roles(self) -> str:
        """`Vocabulary.byline_roles` as an alternation, the longest first."""
        return "|".join(re.escape(role) for role in sorted(self.vocab.byline_roles, key=len, reverse=True))

    @cached_property
    def byline_role_ends(self) -> FrozenSet[str]:
        """The last words of `Vocabulary.byline_roles` and `byline_signatures`: a line ending
        otherwise is spared byline_role."""
        return frozenset(role.split()[-1] for role in self.vocab.byline_roles + self.vocab.byline_signatures)

    @cached_property
    def byline_role(self) -> Pattern[str]:
        """A byline without an opener, its names before a role: "Name, Staff Writer", "Name | Reporter",
        or before an agency's signature with no separator ("Имя Фамилия ИА REGNUM")."""
        roles = self._byline_roles
        signatures = "|".join(re.escape(sig) for sig in sorted(self.vocab.byline_signatures, key=len, reverse=True))
        after = rf"\s*(?:,|\||[-–])\s*(?:{roles})" + (rf"|\s+(?:{signatures})" if signatures else "")
        return re.compile(rf"(?P<name>{_byline_names(roles, self.vocab.byline_joiners)})(?:{after})")

    @cached_property
    def news_item(self) -> Pattern[str]:
        # "Headline textSection Name Month DD, HH:MM": a latest-news entry glued into one line.
        mon = dates.month_pattern(self.vocab.months)
        return re.compile(rf"^(?P<title>.+?)\s?(?P<section>{self._section_alt})\s+"
                          rf"(?P<time>(?:{mon})\s+\d{{1,2}},\s*(?:\d{{4}},\s*)?\d{{1,2}}:\d{{2}})$",
                          re.IGNORECASE)

    @cached_property
    def section_time(self) -> Pattern[str]:
        return re.compile(rf"^(?P<section>{self._section_alt})\s+(?P<time>.+)$")

    @cached_property
    def credit(self) -> Pattern[str]:
        marks = "|".join(re.escape(m) for m in sorted(self.vocab.credit_marks, key=len, reverse=True))
        tails = "|".join(self.vocab.credit_tails)
        return re.compile(rf"^(?:{marks})\s*(?P<credit>\S.*?)" + (rf"(?:{tails})?$" if tails else "$"))

    @cached_property
    def worded_credit(self) -> Pattern[str]:
        """A caption with its credit glued on by words ("... на параде, автор фото Имя/Фотохроника ТАСС")."""
        openers = "|".join(re.escape(o) for o in sorted(self.vocab.caption_credit_openers, key=len, reverse=True))
        return re.compile(rf"[,.]?\s+(?i:{openers}):?\s+(?P<credit>[^\s/()\[\]][^/()\[\]]{{1,60}}/[^/()\[\]]{{2,40}})$")

    @cached_property
    def copyright_credit(self) -> Pattern[str]:
        """A caption with a "©" credit glued to its end ("... крышу театра © Иван Петров/ ТАСС",
        "... the theatre © Name Surname/Reuters"): a name, a "/" and the agency, nothing after."""
        return re.compile(r"\s+(?:©|\(c\))\s*(?P<credit>[^\s©/][^©/.!?]{1,60}/\s?[^©/\s][^©/]{1,40})$")

    @cached_property
    def credit_lines(self) -> Tuple[Pattern[str], ...]:
        """Credits printed with no mark before them: "(CNA file photo)", "Pic/AFP" (one pattern
        each: each names its group "credit")."""
        return tuple(re.compile(rf"^(?:{form})$") for form in self.vocab.credit_lines)

    def credit_line(self, text: str) -> Optional[str]:
        for pattern in self.credit_lines:
            match = pattern.match(text)
            if match is not None:
                return match["credit"]
        return None

    @cached_property
    def graphic(self) -> Pattern[str]:
        return re.compile(rf"^(?:{'|'.join(re.escape(g) for g in self.vocab.graphic_labels)})\s+(?P<title>\S.*)$")

    @cached_property
    def note_line(self) -> Pattern[str]:
        return re.compile(rf"^(?:{self._notes})$", re.IGNORECASE)

    @cached_property
    def note_lead(self) -> Pattern[str]:
        return re.compile(rf"^(?:{self._notes})\s*", re.IGNORECASE)

    # No leading \s* in the end-anchored searches below: it made every position a possible start
    # (callers strip what they cut).

    @cached_property
    def note_tail(self) -> Pattern[str]:
        # Case-sensitive, unlike the whole-line and leading forms: agencies print glued tail notes in
        # one case, and a case-blind search tries every "a", "d" and "h" of the line's end as a start.
        return re.compile(rf"(?:{self._notes})$")

    @cached_property
    def signoff(self) -> Pattern[str]:
        return re.compile(rf"(?:{'|'.join(self._signoff_forms)})\s*$")

    @cached_property
    def trailing(self) -> Pattern[str]:
        return re.compile(rf"(?:{'|'.join(self.vocab.trailing_furniture)})\s*$", re.IGNORECASE)

    @cached_property
    def end_marker(self) -> Pattern[str]:
        return re.compile(rf"^(?:{'|'.join(self.vocab.end_markers)})$")

    @cached_property
    def glued_credit(self) -> Pattern[str]:
        """A caption with its credit glued to its end: "... in Ankara.[Photo/Xinhua]", "(Xinhua/Name)"."""
        suffixes = "|".join(re.escape(x) for x in self.vocab.credit_suffixes)
        # Or the agency's bare name after the caption's sentence: "... in Riyadh. (SPA)".
        return re.compile(rf"\s*[\[(](?P<credit>(?:Photo|{suffixes})(?: Photo)?/[^()\[\]]{{2,40}})[\])]$"
                          rf"|(?<=\.)\s*\((?P<bare>{suffixes})\)(?:\s*==(?P=bare))?$")  # Kyodo's "==Kyodo" too

    # Cheap substring tests before the searches over a line's or paragraph's end, which most
    # lines fail (see tasscli.parsing.prefilter).

    @cached_property
    def note_tail_keys(self) -> Prefilter:
        return prefilter(self.vocab.note_patterns)

    @cached_property
    def signoff_keys(self) -> Prefilter:
        return prefilter(self._signoff_forms)

    @cached_property
    def trailing_keys(self) -> Prefilter:
        return prefilter(self.vocab.trailing_furniture, ignore_case=True)

    @cached_property
    def first_gates(self) -> Dict[str, FrozenSet[str]]:
        """For each printable ASCII character, the anchored checks of `classify` a line opening
        with it may pass (a set lookup where a failing match still cost a call). A line opening
        with any other character (non-ASCII, blank) has no entry and goes through every check."""
        vocab = self.vocab
        checks = {
            "note": first_chars_of(vocab.note_patterns, ignore_case=True),
            "end": first_chars_of(vocab.end_markers),
            "separator": first_chars_of([SEPARATOR.pattern]),
            "byline": first_chars_of([self.byline.pattern, "By"]),
            "credit": first_chars_of([re.escape(mark) for mark in vocab.credit_marks]),
            "graphic": first_chars_of([re.escape(label) for label in vocab.graphic_labels]),
            "byline-open": first_chars_of([BYLINE_OPEN.pattern]),
            "breadcrumb": first_chars_of([re.escape(home) for home in vocab.breadcrumb_homes], ignore_case=True),
        }
        printable = [chr(code) for code in range(0x21, 0x7F)]
        return {char: frozenset(name for name, gate in checks.items() if gate.may_match(char)) for char in printable}


@lru_cache(maxsize=8)
def grammar(vocab: Vocabulary, agencies: Tuple[Agency, ...] = AGENCIES) -> Grammar:
    return Grammar(vocab, agencies)


#: "Headline (Xinhua) Updated: 2007-03-16 11:48": a headline, a credit and a time line set in one
#: row of a table, saved as one line.
GLUED_UPDATE = re.compile(r"^(?P<title>\S.{9,150}?)\s+(?:\((?P<credit>[A-Za-z][\w\- ]{1,20})\)\s+)?"
                          r"(?i:updated):\s*(?P<time>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2})$")
#: How the unmarked credit lines of `Vocabulary.credit_lines` end (a cheap test before them).
CREDIT_ENDS = ("photo", "picture", "image")
_CLOSERS = "\"”’'»)]"
_TERMINAL = frozenset(".!?…")


def ends_sentence(text: str) -> bool:
    """Does the text end with terminal punctuation, maybe inside closing quotes or brackets?
    (A string test: a regex would be tried at every position of the line.)"""
    return text.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINAL


def _clock_end(text: str) -> bool:
    """Does `text` end with a digit, ":" and two digits (`\\d:\\d\\d$`)? A string test: most lines end
    otherwise, and a call to a pattern costs more than these comparisons."""
    return text[-3:-2] == ":" and text[-2:].isdecimal() and text[-4:-3].isdecimal() and len(text) >= 4


def is_sentence(text: str) -> bool:
    return bool(ends_sentence(text)) and len(text.split()) >= 6


#: A tag is a few words: "Tags: Russia, China, Trade" lists them; "Topics: trade and energy were
#: discussed." is a sentence.
TAG_WORDS = 4


def _tag_list(rest: str) -> bool:
    """Is `rest` (what follows a tags marker and its colon on one line) a list of tags?"""
    return not ends_sentence(rest) and all(0 < len(item.split()) <= TAG_WORDS for item in re.split(r"[,;|]", rest))


#: A line ending with an agency's bare name in brackets ("... in Riyadh. (SPA)") is a caption up to
#: this long; a longer one is a story's paragraph signed by its agency.
BARE_CREDIT_CAPTION = 250


def classify(line: Line, g: Grammar, agencies: Tuple[Agency, ...]) -> None:
    vocab = g.vocab
    if "<" in line.text and HTML_TAG.search(line.text):
        line.text = " ".join(HTML_TAG.sub(" ", line.text).split())
    if line.text[:1] in BULLETS and len(line.text) > 1:
        rest = BULLET.sub("", line.text)
        if rest.endswith(("...", "…")) and re.search("[A-Za-z]", rest):
            line.kind, line.info = "label", rest
        elif len(rest.split()) >= 4:
            line.text, line.kind = rest, "bullet-title"
        else:
            line.kind = "furniture"
        return
    gate = g.first_gates.get(line.text[:1])
    if gate is None or "note" in gate:
        if g.note_line.fullmatch(line.text):
            line.kind, line.notes = "note", (line.text,)
            return
        lead = g.note_lead.match(line.text)
        if lead and lead.end() < len(line.text):
            line.notes += (lead.group().strip(),)
            line.text = line.text[lead.end():]
            gate = g.first_gates.get(line.text[:1])
    # Notes are short: look only at the end of long lines, not at every position.
    tail_from = max(0, len(line.text) - 100)
    tail = g.note_tail.search(line.text, tail_from) if g.note_tail_keys.may_match(line.text, tail_from) else None
    if tail and tail.start() > 0:
        line.notes += (tail.group().strip(),)
        line.text = line.text[:tail.start()].rstrip()
    text = line.text
    # Time, date and furniture lines are short; a long line is spared those patterns.
    short = len(text) <= 160
    clock = short and ":" in text  # every time-line form prints HH:MM
    year = short and dates.has_four_digits(text)  # every date-line form prints a year
    if "{{" in text and TEMPLATE.search(text) and not TEMPLATE.sub("", text).strip():
        line.kind = "template"
    elif short and g.is_furniture(text):
        line.kind = "furniture"
    elif (gate is None or "breadcrumb" in gate) and (crumb := g.breadcrumb_section(text)) is not None:
        # its section, as a listing's label gives its items'
        line.kind, line.info = ("label", crumb) if crumb else ("furniture", None)
    elif (gate is None or "end" in gate) and g.end_marker.match(text):
        line.kind = "end"
    elif len(text) <= g.marker_length and (marker := g.marker_kinds.get(marker_key(text))) is not None:
        line.kind = marker  # "tags" or "related"
    elif short and 0 < (colon := text.find(":", 0, 25)) < len(text) - 10 \
            and (glued := g.marker_kinds.get(marker_key(text[:colon]))) is not None \
            and (glued == "related" or _tag_list(text[colon + 1:])):
        # Marker and related headline on one line ("READ MORE: ..."), or marker and tags.
        line.kind = "related-item" if glued == "related" else "tags-line"
    elif text in g.sections or (text[:2] == "::" and text[2:].strip() in g.sections):  # "::В России"
        line.kind, line.info = "section", text.lstrip(":").strip()
    elif (gate is None or "separator" in gate) and SEPARATOR.match(text):
        line.kind = "separator"
    elif (gate is None or "byline" in gate) and ((m := g.byline.match(text)) is not None or text == "By"):
        line.kind, line.info = "byline", (m["name"], m["agency"]) if m else (None, None)
    elif SOURCE_KEYS.may_match(text) and SOURCE.match(text):
        line.kind = "source"
    elif clock and (timeline := dates.read_time_line(text, vocab.months)) is not None:
        line.kind, line.info = "time", timeline
    elif clock and (m := g.section_time.match(text)) and (timeline := dates.read_time_line(m["time"], vocab.months)):
        line.kind, line.info = "section-time", (m["section"], timeline)
    elif clock and (m := GLUED_UPDATE.match(text)) is not None \
            and (timeline := dates.read_time_line("Updated: " + m["time"], vocab.months)) is not None:
        # A headline, its credit and an "Updated:" time line glued on one row (a table's cells).
        line.kind, line.info = "headline-time", (timeline, m["credit"])
        line.text = m["title"]
    elif year and (day := dates.read_day_line(text, vocab.months)) is not None:
        line.kind, line.info = "date", day
    elif _clock_end(text) and (m := g.news_item.match(text)) is not None:
        line.kind, line.info = "news-item", m
    elif (gate is None or "credit" in gate) and (m := g.credit.match(text)) is not None and len(text) < 200:
        credit = m["credit"].strip()
        if text[:1] == "(" and credit[-1:] == ")" and "(" not in credit:  # "(Photo: AFP)"
            credit = credit[:-1].rstrip()
        elif credit[:1] == "[" and credit[-1:] == "]" and "[" not in credit[1:]:  # "Фото: [РИА Новости]"
            credit = credit[1:-1].strip()
        line.kind, line.info = "credit", credit
    elif short and (text[-1:] in ")]" or text[:4] in ("Pic/", "Phot", "Pict") or text.endswith(CREDIT_ENDS)) \
            and (credit := g.credit_line(text)) is not None:
        line.kind, line.info = "credit", credit
    elif (found := read_dateline(text, vocab.months, agencies)) is not None:
        line.kind, line.info = "dateline", found
    elif (gate is None or "byline-open" in gate) and BYLINE_OPEN.match(text) \
            and (inside := find_dateline(text, vocab.months, agencies)) is not None:
        line.kind, line.info = "dateline", inside[1]
        line.notes += ("byline: " + inside[0],)
    elif (text.endswith((")", "]")) or "==" in text[-24:]) and (m := g.glued_credit.search(text)) is not None \
            and m.start() > 20 \
            and (m["bare"] is None or len(text) <= BARE_CREDIT_CAPTION):  # a caption of a sentence or two
        line.kind, line.info = "caption", (text[:m.start()].strip(), m["credit"] or m["bare"])
    elif gate is None and "/" in text[-45:] and (m := g.worded_credit.search(text, max(0, len(text) - 120))) \
            is not None and m.start() > 20:  # (gate None: the openers are Cyrillic words)
        line.kind, line.info = "caption", (text[:m.start()].strip(), m["credit"].strip())
    elif "©" in text[20:] and (m := g.copyright_credit.search(text, max(0, len(text) - 110))) is not None \
            and m.start() > 20:
        line.kind, line.info = "caption", (text[:m.start()].strip(), m["credit"].strip())
    elif (gate is None or "graphic" in gate) and (m := g.graphic.match(text)) is not None and not is_sentence(text):
        line.kind, line.info = "graphic", m["title"]
    elif len(text) <= CONTROL_LENGTH and text[text.rfind(" ") + 1:] in g.byline_role_ends \
            and (m := g.byline_role.fullmatch(text)) is not None:
        line.kind, line.info = "byline", (m["name"], None)
    elif g.is_control(text):  # last: the few short lines that no other kind took
        line.kind = "furniture"


def line_texts(text: str) -> List[str]:
    """A page's own lines, as every line number in tasscli counts them: CR LF, CR and form feed end
    a line, as LF does. A byte order mark opening the text is not part of its first line."""
    if text[:1] == "\ufeff":
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


#: Deletes the zero-width characters (`tasscli.parsing.normalize.ZERO_WIDTH`): a line's meaning has none,
#: and a zero-width space before "MOSCOW, June 3. /TASS/." hid the dateline.
_INVISIBLE = dict.fromkeys(map(ord, ZERO_WIDTH))


def visible(row: str) -> bool:
    """Does the row show anything: a character other than white space and `ZERO_WIDTH`? The
    parser reads the rows that do; the others are blank lines, here and in `tasscli explain`."""
    return bool(row.strip()) and (row.isprintable() or bool(without_invisible(row).strip()))


def without_invisible(text: str) -> str:
    """`text` without the `ZERO_WIDTH` characters, as the parser reads its lines."""
    # A translate() through a dict costs a lookup a character: only for text that holds one.
    if text.isascii() or not any(char in text for char in ZERO_WIDTH):
        return text
    return text.translate(_INVISIBLE)


def read_lines(text: str, mojibake: Optional[Markers] = None
               ) -> Tuple[Optional[date], int, List[Line], List[int]]:
    """The page's non-blank lines, trimmed and single-spaced, with the archive's ` date YYYY-MM-DD`
    prefix read off the first of them; given `mojibake` markers (`Grammar.mojibake_markers`), the
    lines that hold one are repaired first (`tasscli.parsing.normalize.repair_mojibake_lines`).

    Gives (the prefix's date, the number of the line it opened or 0, the lines, the numbers of the
    lines repaired). A plain tuple: a named tuple's class costs a millisecond of start-up."""
    raw = line_texts(text)
    repaired: List[int] = []
    if mojibake is not None and may_hold_mojibake(text, mojibake):
        repaired = repair_mojibake_lines(raw, mojibake)
    first = 0
    if not visible(raw[0]):  # blank lines above the prefix: a page saved or cut with them
        first = next((index for index, row in enumerate(raw) if visible(row)), 0)
    head = raw[first]
    prefix, raw[first] = dates.read_prefix(head if head.isprintable() else without_invisible(head))
    month = None
    if prefix is None and "date" in head:  # " date 2017-06": a prefix with no day, cut as the full one is
        month, raw[first] = dates.read_month_prefix(raw[first])
    out: List[Line] = []
    block = 0
    for number, row in enumerate(raw, 1):
        # A printable row has no whitespace but " " (isprintable is False for tabs, NBSP and the
        # other separators): with no double or edge space it is its own trimmed, single-spaced text.
        if row.isprintable() and "  " not in row and row[:1] != " " and row[-1:] != " ":
            stripped = row
        else:
            stripped = " ".join(without_invisible(row).split())
        if not stripped:
            block += 1
            continue
        out.append(Line(number, stripped, block))
    return prefix, first + 1 if prefix is not None or month is not None else 0, out, repaired


#: A headline has at least HEADLINE_WORDS words (every one in the corpora has, but for a cut one);
#: a line of at most MENU_WORDS words above one is the site's.
HEADLINE_WORDS = 5
MENU_WORDS = 3


def menu_like(text: str) -> bool:
    """Is the line as short as a site's menu item or label (MENU_WORDS words or fewer)?"""
    return len(text.split()) <= MENU_WORDS


def headline_long(text: str) -> bool:
    """Has the line as many words as a headline has (HEADLINE_WORDS or more)?"""
    return len(text.split()) >= HEADLINE_WORDS


def names_footer(text: str, words: FrozenSet[str]) -> bool:
    """Does the line hold one of `words` (`Vocabulary.footer_words`: "Other news", "Most viewed")?"""
    return not words.isdisjoint(LETTER_RUN.findall(text.lower()))


#: A section label as tass.com prints it above the time line: a few words, none a sentence's.
SECTION_WORDS = 4
SECTION_LENGTH = 40


def section_like(text: str) -> bool:
    """Could the line be a section label ("Military & Defense", "Page Three")?"""
    return len(text.split()) <= SECTION_WORDS and len(text) <= SECTION_LENGTH and text[:1].isupper() \
        and text[-1:] not in ".,:;!?" and not any(char.isdigit() for char in text)


def headline_like(text: str) -> bool:
    """Could the line be a headline: a few words, not ending with a sentence's period? (A question
    or an exclamation may: "Will the ruble hold?")"""
    words = len(text.split())
    return 1 <= words <= 25 and len(text) <= 200 and not (ends_sentence(text) and text[-1] == "."
                                                           and not text.endswith("..."))
