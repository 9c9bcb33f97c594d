"""Furniture learned from the archive itself (issue 16, point 6).

A line that recurs on a large share of one site's pages is that site's furniture, whatever the
vocabulary's tables say: a masthead, a menu, a subscription box, a copyright footer. Learning
happens here, in the batch layer, over pages as they are read; the parser stays pure and only
sees a `Vocabulary` whose `furniture` holds the learned lines too (`taught_vocab`).

- **Groups.** Lines are counted within a group of pages from one source: each folder or archive
  (zip, tar) named as an input is a group; a run of consecutive page files (and standard input)
  named one after another is one group (`tasscli parse pages/*.txt`).
- **A streaming window.** A group's pages are held in windows of at most `WINDOW_PAGES` pages or
  `WINDOW_CHARS` characters, in input order. Each window's short lines are counted; those that
  recur on at least `SHARE` of its pages, and on at least `MIN_PAGES` of them, join what the group
  learned so far, and the window's pages are then parsed with all of it (later windows add to it,
  so a site that changed its layout midway has its new furniture learned too). A window rather
  than a first pass over the inputs: every input is read once (an archive is decompressed once,
  standard input can be learned from), and memory is bounded by the window, not the archive.
- **What may be learned.** Whole lines as the parser reads them (trimmed, single-spaced), at most
  `MAX_LENGTH` characters and `MAX_WORDS` words, that the parser's line classifier reads as plain
  text with the tables alone: never a section the vocabulary names ("Military & Defense" recurs
  on many TASS pages and stays a section), a time or date line, a dateline, a credit, a byline, a
  marker, nor a line the tables already call furniture. A page that repeats another of the window
  (the same longest line: a story saved twice) counts once, so a story's own text never reaches
  the share by being saved many times.
- **Cost.** Linear: each page's lines are read once more (the parser's own `read_lines`) and the
  short ones counted in one dictionary of at most `MAX_CANDIDATES` distinct lines (past that, the
  lines seen once are forgotten, then new lines are no longer counted: learning can only miss,
  never learn wrongly). Only the few lines that reach the share are classified.
"""
from __future__ import annotations

import itertools
from collections import namedtuple
from dataclasses import replace
from math import ceil
from typing import Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Tuple, Union

import tasscli.parsing.lines as K
from tasscli.io.readers import Failure, Item, Page, is_container
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line, read_lines
from tasscli.vocab import DEFAULT, Vocabulary

#: A window ends after this many pages or characters of text, whichever comes first.
WINDOW_PAGES = 200
WINDOW_CHARS = 16 * 1024 * 1024
#: A line is learned when it is on at least this share of a window's pages, and on MIN_PAGES of them.
SHARE = 0.5
MIN_PAGES = 20
#: Furniture is short: longer lines are never counted.
MAX_LENGTH = 80
MAX_WORDS = 10
#: Distinct lines counted in one window, at most; and lines one group learns, at most.
MAX_CANDIDATES = 50_000
MAX_LEARNED = 500


class Taught(namedtuple("Taught", ("page", "furniture"))):
    """A page (`Page`) to be parsed with the furniture (FrozenSet[str]) its group learned
    (`tasscli.batch.pipeline.process`).
    (`collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()

    @property
    def text(self) -> str:
        return self.page.text

    @property
    def source(self) -> str:
        return self.page.source


class Learned(namedtuple("Learned", ("group", "lines", "pages", "first", "last"))):
    """What one window taught: `lines` (Tuple[str, ...]) new to its group, counted over `pages` (int)
    pages, `first` and `last` (str) the sources of its first and last page; `group` the input it came
    from (a folder or archive as named), or None for a run of page files."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """How a note names where the lines were learned."""
        if self.group is not None:
            return self.group
        return self.first if self.first == self.last else f"{self.first} .. {self.last}"


def learning(groups: Iterable[Tuple[str, Iterable[Item]]], on_learned: Callable[[Learned], None] = lambda _: None,
             vocab: Vocabulary = DEFAULT) -> Iterator[Union[Item, Taught]]:
    """The items of `groups` ((input path, its items), as `tasscli.io.readers.input_groups` gives),
    in order, each page of a group that learned furniture as a `Taught`; `on_learned` is told what
    each window learned, before its pages are handed on."""
    keyed = _keyed(groups)
    for key, run in itertools.groupby(keyed, key=lambda pair: pair[0]):
        yield from _group(key if isinstance(key, str) else None, (item for _, item in run), on_learned, vocab)


def _keyed(groups: Iterable[Tuple[str, Iterable[Item]]]) -> Iterator[Tuple[Any, Item]]:
    """(group key, item): a folder or archive is its own group (its path); consecutive page files a
    group of their own (a number)."""
    runs = 0
    in_run = False
    for path, items in groups:
        if is_container(path):
            key: Any = path
            in_run = False
        else:
            runs += not in_run
            key, in_run = runs, True
        for item in items:
            yield key, item


def _group(group: Optional[str], items: Iterable[Item], on_learned: Callable[[Learned], None],
           vocab: Vocabulary) -> Iterator[Union[Item, Taught]]:
    known: FrozenSet[str] = frozenset()
    window: List[Item] = []
    chars = pages = 0
    for item in items:
        window.append(item)
        if isinstance(item, Page):
            pages += 1
            chars += len(item.text)
        if pages >= WINDOW_PAGES or chars >= WINDOW_CHARS:
            known = yield from _flush(group, window, known, on_learned, vocab)
            window, chars, pages = [], 0, 0
    if window:
        yield from _flush(group, window, known, on_learned, vocab)


def _flush(group: Optional[str], window: List[Item], known: FrozenSet[str], on_learned: Callable[[Learned], None],
           vocab: Vocabulary) -> Iterator[Union[Item, Taught]]:
    """Learn from the window, then hand its items on; gives what the group knows after it."""
    pages = [item for item in window if isinstance(item, Page)]
    # Too few pages to reach MIN_PAGES: nothing can be learned, so their lines are not read (a
    # one-page `tasscli parse` would read its page's lines twice).
    lines, counted = learn(pages, vocab) if len(pages) >= MIN_PAGES else ((), len(pages))
    new = tuple(line for line in lines if line not in known)[:max(0, MAX_LEARNED - len(known))]
    if new:
        known = known | frozenset(new)
        on_learned(Learned(group, new, counted, pages[0].source, pages[-1].source))
    for item in window:
        yield Taught(item, known) if known and not isinstance(item, Failure) else item
    return known


def learn(pages: Iterable[Page], vocab: Vocabulary = DEFAULT) -> Tuple[Tuple[str, ...], int]:
    """The lines `pages` teach (in the order first seen), and the number of distinct pages counted."""
    counts: Dict[str, int] = {}
    seen = set()
    for page in pages:
        try:
            lines = read_lines(page.text)[2] if page.text.strip() else []
        except Exception:  # noqa: BLE001 - the parser will fail this page and say why; here it is not counted
            continue
        if not lines:
            continue
        # The page's longest line (its length and first 200 characters) stands for its story.
        longest = max((line.text for line in lines), key=len)
        key = (len(longest), longest[:200])
        if key in seen:  # the same story saved again: its lines are counted once
            continue
        seen.add(key)
        for text in dict.fromkeys(line.text for line in lines if len(line.text) <= MAX_LENGTH):
            if text in counts:
                counts[text] += 1
            elif len(counts) < MAX_CANDIDATES or _forget(counts):
                counts[text] = 1
    distinct = len(seen)
    if distinct < MIN_PAGES:
        return (), distinct
    need = max(MIN_PAGES, ceil(SHARE * distinct))
    g = grammar(vocab)
    return tuple(text for text, count in counts.items() if count >= need and _learnable(text, g)), distinct


def _forget(counts: Dict[str, int]) -> bool:
    """Make room in a full count: forget the lines seen once (True if any were)."""
    once = [text for text, count in counts.items() if count == 1]
    for text in once:
        del counts[text]
    return bool(once)


def _learnable(text: str, g: Any) -> bool:
    """May the line be learned as furniture? Short, and plain text to the classifier (no field read
    in it, no table naming it)."""
    if len(text.split()) > MAX_WORDS:
        return False
    line = Line(1, text, 0)
    classify(line, g, g.agencies)
    return line.kind is K.TEXT and not line.notes and line.text == text


_TAUGHT: Dict[Tuple[int, FrozenSet[str]], Vocabulary] = {}


def taught_vocab(furniture: FrozenSet[str], base: Vocabulary = DEFAULT) -> Vocabulary:
    """`base` with `furniture` added to its furniture lines: one Vocabulary for each set (a few kept),
    so that the parser's compiled grammar for it is made once, in this process or a worker."""
    key = (id(base), furniture)
    vocab = _TAUGHT.get(key)
    if vocab is None:
        if len(_TAUGHT) >= 8:
            _TAUGHT.clear()
        vocab = _TAUGHT[key] = replace(base, furniture=base.furniture | furniture)
    return vocab


__all__ = ["Learned", "MIN_PAGES", "SHARE", "Taught", "WINDOW_CHARS", "WINDOW_PAGES", "learn", "learning",
           "taught_vocab"]
