"""A vocabulary and agency table compiled for the line classifier (`kinds.classify`): patterns,
each compiled when first used, and lookup sets."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Dict, List, Optional, Pattern, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.agencies import Agency, signoff_patterns
from tasscli.parsing.bylines import BylineGrammar
from tasscli.parsing.credits import CreditGrammar
from tasscli.parsing.datelinewords import DatelineWords, dateline_words
from tasscli.parsing.firstchars import Gates, first_chars_of
from tasscli.parsing.gated import Gated
from tasscli.parsing.letters import CYRILLIC_UPPER
from tasscli.parsing.menugrammar import CONTROL_LENGTH, MenuGrammar
from tasscli.parsing.mojibake import KEY_CHARACTERS, Markers, mojibake_markers
from tasscli.parsing.prefilter import Prefilter, prefilter
from tasscli.parsing.warmup import after_warm_up
from tasscli.vocab import Vocabulary

BYLINE_OPEN = re.compile(r"^By\s+[A-Z]")


SEPARATOR = re.compile(r"^[-—–_=*]{3,}$")


#: What a marker line may end with besides its words: "Read also:", "Read also »", "Tags :".
_MARKER_ENDS = " :»›>→–—-"


def marker_key(text: str) -> str:
    """A tags or related-story marker as compared: case-blind, without a closing colon or arrow."""
    return text.rstrip(_MARKER_ENDS).casefold()


_ALWAYS = Prefilter(None)  # may match anything: every search is made


class Grammar(CreditGrammar, BylineGrammar, MenuGrammar):
    """A vocabulary and agency table compiled: regexes and lookup sets.

    Each pattern is compiled when first used (`cached_property`): compiling them all took a third
    of a one-page run, and many pages never need the rarer ones (news-list items, graphics,
    glued credits)."""

    def __init__(self, vocab: Vocabulary, agencies: Tuple[Agency, ...]) -> None:
        self.vocab = vocab
        self.agencies = agencies
        self.sections = frozenset(vocab.sections)

    @cached_property
    def dateline_words(self) -> DatelineWords:
        """The vocabulary's tables the dateline grammar reads besides months and agencies."""
        return dateline_words(self.vocab)

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
    def furniture_longest(self) -> int:
        """The longest of `furniture_lines`: a longer line is none (lower case is never shorter)."""
        return max(map(len, self.furniture_lines), default=-1)

    @cached_property
    def related_keys(self) -> frozenset:
        return frozenset(map(marker_key, self.vocab.related_markers))

    @cached_property
    def marker_kinds(self) -> Dict[str, str]:
        """marker_key of each tags and related-story marker -> the kind of its line."""
        kinds = dict.fromkeys(self.related_keys, K.RELATED)
        kinds.update(dict.fromkeys(map(marker_key, self.vocab.tag_markers), K.TAGS))
        return kinds

    @cached_property
    def marker_length(self) -> int:
        """The longest a marker line may be (its closing colon or arrow and spaces included): a
        longer line is spared marker_key."""
        return max(map(len, self.vocab.tag_markers | self.vocab.related_markers), default=0) + 6

    @cached_property
    def glued_tag_firsts(self) -> Tuple[str, ...]:
        """The tags markers' first characters: `glued_tags` opens with a marker (case-sensitive)."""
        markers = self.vocab.tag_markers
        return tuple({marker[:1] for marker in markers}) if markers and all(markers) else ("",)

    @cached_property
    def glued_tags(self) -> Pattern[str]:
        """A tags marker glued to the first tag with no space ("ТегиТранспорт", "Tags:Russia")."""
        markers = "|".join(re.escape(m) for m in sorted(self.vocab.tag_markers, key=lambda m: (-len(m), m)))
        return re.compile(rf"(?:{markers})(?::\s*|(?=[A-Z{CYRILLIC_UPPER}]))")

    @cached_property
    def furniture_patterns(self) -> Pattern[str]:
        return re.compile(rf"(?:{'|'.join(self.vocab.furniture_patterns)})\s*", re.IGNORECASE)

    @after_warm_up(None)  # None: the whole alternation (see tasscli.parsing.warmup)
    def _furniture_gated(self) -> Gated:
        return Gated(self.vocab.furniture_patterns, re.IGNORECASE, r"\s*")

    def is_furniture(self, text: str) -> bool:
        """Is the whole (trimmed) line a furniture line of the table, or does a furniture pattern
        match all of it? Both case-blind."""
        if len(text) <= self.furniture_longest and text.lower() in self.furniture_lines:
            return True
        if not self.vocab.furniture_patterns:
            return False
        gated = self._furniture_gated
        return gated.fullmatch(text) if gated is not None else self.furniture_patterns.fullmatch(text) is not None

    @cached_property
    def widget_shape(self) -> Pattern[str]:
        """A line of a weather widget or ticker (`Vocabulary.widget_patterns`, `pagelines.mark_widgets`)."""
        return re.compile("|".join(f"(?:{pattern})" for pattern in self.vocab.widget_patterns))

    @cached_property
    def alt_text(self) -> Pattern[str]:
        """An image's alt text, its caption signed with the agency's site ("Caption - Sputnik Страна"),
        maybe with the image's width and day ("Caption - Sputnik Южная Осетия, 1920, 24.06.2023")."""
        printed = "|".join(sorted((form for agency in self.agencies for form in agency.printed), key=len, reverse=True))
        return re.compile(rf"\S.{{9,200}}?\s[-–—]\s(?:{printed})(?:\s[A-Z{CYRILLIC_UPPER}][\w\-]+){{0,2}}"
                          rf"(?:,\s\d{{3,4}}(?:,\s\d{{2}}\.\d{{2}}\.\d{{4}})?)?")

    @cached_property
    def _rubric(self) -> Optional[Pattern[str]]:
        patterns = self.vocab.rubric_patterns
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns)) if patterns else None

    @cached_property
    def _rubric_keys(self) -> Prefilter:
        return prefilter(self.vocab.rubric_patterns)

    def rubric(self, text: str) -> bool:
        """Is the line a rubric no table lists (`Vocabulary.rubric_patterns`: "Спортивные новости")?
        The patterns' required literals first: nearly every line holds none."""
        return self._rubric_keys.may_match(text) and self._rubric is not None \
            and self._rubric.fullmatch(text) is not None  # (compiled only once a line holds a literal)

    @cached_property
    def _contact(self) -> Pattern[str]:
        return re.compile(rf"(?:{'|'.join(self.vocab.contact_patterns)})\s*", re.IGNORECASE)

    def contact_line(self, text: str) -> bool:
        """Is the line one of a site's contact block (`Vocabulary.contact_patterns`)?"""
        return self._contact.fullmatch(text) is not None

    def is_control(self, text: str) -> bool:
        """Is the line one of a site's controls, counters or menu rows (`vocab.CONTROL_PATTERNS`,
        `menu_row`), whatever its tables? Only lines of at most CONTROL_LENGTH characters are."""
        if len(text) > CONTROL_LENGTH:
            return False
        gated = self._control_gated
        if gated is not None:
            found = gated.fullmatch(text)
        else:
            found = self._all_controls is not None and self._all_controls.fullmatch(text) is not None
        return found or self.menu_row(text)

    @after_warm_up(None)  # None: all of them (see tasscli.parsing.warmup)
    def _control_gated(self) -> Gated:
        """The control patterns split by the first characters they may open with: each line tried
        on all of them cost a microsecond, as much as reading most lines."""
        return Gated(self.vocab.control_patterns, re.IGNORECASE, r"\s*")

    @cached_property
    def _all_controls(self) -> Optional[Pattern[str]]:
        """All the control patterns as one, tried on every line while `_control_gated` warms up."""
        patterns = self.vocab.control_patterns
        return re.compile(rf"(?:{'|'.join(patterns)})\s*", re.IGNORECASE) if patterns else None

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
    def crumb_time(self) -> Pattern[str]:
        """A breadcrumb of a rubric and a menu item ("Москва / Новости", `Vocabulary.menu_items`)
        opening a time line: the rubric is the section."""
        items = "|".join(re.escape(item) for item in sorted(self.vocab.menu_items, key=lambda item: (-len(item), item)))
        return re.compile(rf"(?P<section>{self._section_alt})\s+/\s+(?:{items or '(?!)'})\s")

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

    @after_warm_up(None)  # None: the whole pattern
    def _end_gated(self) -> Gated:
        return Gated(self.vocab.end_markers)

    def is_end_marker(self, text: str) -> bool:
        """Does `end_marker` match the line? (Split by first character once warm: one of its shapes
        may open with any character and needs a "|", which most lines lack.) A line holds no line
        feed, where "$" and a whole match would differ."""
        gated = self._end_gated
        if gated is None or "\n" in text:
            return self.end_marker.match(text) is not None
        return gated.fullmatch(text)

    # Cheap substring tests before the searches over a line's or paragraph's end, which most
    # lines fail (see tasscli.parsing.prefilter).

    # Each made after its warm-up (tasscli.parsing.warmup); till then `_ALWAYS` sends every line on.

    @after_warm_up(_ALWAYS)
    def note_tail_keys(self) -> Prefilter:
        return prefilter(self.vocab.note_patterns)

    @after_warm_up(_ALWAYS)
    def signoff_keys(self) -> Prefilter:
        return prefilter(self._signoff_forms)

    @after_warm_up(_ALWAYS)
    def trailing_keys(self) -> Prefilter:
        return prefilter(self.vocab.trailing_furniture, ignore_case=True)

    @after_warm_up(Gates(None))  # no gate: every check (see tasscli.parsing.warmup)
    def first_gates(self) -> Gates:
        """For each first character, the anchored checks of `classify` a line opening with it may
        pass (a set lookup where a failing match still cost a call): `first_gates[char]`, each
        character's made when first met (`firstchars.Gates`); None for an empty line."""
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
        gates = Gates(checks)
        for code in range(0x21, 0x7F):  # the printable ASCII ones now, the others when met
            gates[chr(code)]  # noqa: B018 (made by the lookup)
        return gates


@lru_cache(maxsize=8)
def grammar(vocab: Vocabulary, agencies: Optional[Tuple[Agency, ...]] = None) -> Grammar:
    """The grammar of `vocab`, which reads its agency table unless `agencies` is given. (Call it
    with `vocab` alone for the vocabulary's own table: the cache is keyed by the arguments.)"""
    return Grammar(vocab, vocab.agencies if agencies is None else agencies)
