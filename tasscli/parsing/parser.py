"""The layout parser: page text in, `Article` records out.

Pure: no I/O, no printing, no state kept between calls. Three passes:

1. `kinds.classify` gives every line a kind (furniture, template, section, time, credit, dateline,
   ...) from the vocabulary tables alone, with no look at its neighbours, and `segments` finds
   where the page's articles start;
2. `article.header` reads the lines above the story (headline, section, time, lead, captions, credits);
3. `article.body` reads the story (dateline, paragraphs, inserts to drop, captions inside it);
   `article.assemble` makes the record.

Every non-blank line ends up with one role in `Article.lines`, which `tasscli explain` shows.
"""
from __future__ import annotations

from typing import Callable, List, Optional, Tuple

from tasscli.parsing import dates
from tasscli.parsing.agencies import AGENCIES, Agency
from tasscli.parsing.article.assemble import read_article
from tasscli.parsing.category import mark_category
from tasscli.parsing.confidence import vouch
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import read_lines, without_invisible
from tasscli.parsing.listings import cut_glued_links, listing_starts
from tasscli.parsing.noblank import find_blocks
from tasscli.parsing.pagelines import mark_page
from tasscli.parsing.runon import run_on_doubts, warn_run_on
from tasscli.parsing.segments import article_starts, drop_repeated_dateline
from tasscli.record import Article, LineRole, replaced
from tasscli.vocab import DEFAULT, Vocabulary


def parse(text: str, source: str = "-", vocab: Vocabulary = DEFAULT,
          agencies: Tuple[Agency, ...] = AGENCIES, repair_mojibake: bool = True,
          labeler: Optional[Callable[..., None]] = None) -> List[Article]:
    """Parse one saved page into its articles (most pages hold one), in page order.

    `repair_mojibake`: lines of a page decoded twice ("Â© Name/TASS", "â€“") are repaired before
    they are read, so that credits, datelines and sign-offs are found (each article then warns
    which lines); False reads the page exactly as given (`--raw`).
    `labeler`: called with each article's lines, its story start and builder once the rules have
    read it, to decide the header lines' roles: `tasscli.parsing.labeler.SHIPPED` is the trained
    labeler with the package's weights (`--labeler`); None (the default): the rules alone."""
    g = grammar(vocab, agencies)
    markers = g.mojibake_markers if repair_mojibake and not text.isascii() else None  # made on first need
    prefix, prefix_line, lines, repaired = read_lines(text, markers)
    for line in lines:
        classify(line, g, agencies)
    find_blocks(lines)  # a page with no blank line: blocks from its line shapes
    drop_repeated_dateline(lines)
    mark_page(lines, g)  # widgets, captions printed again, a label over the headline
    cut_glued_links(lines, vocab)  # a listing's "Full Story" links glued to its teasers
    starts = listing_starts(lines, article_starts(lines, prefix, vocab), prefix, vocab)
    listing = len(starts) > 1
    mark_category(lines, starts, vocab)
    articles: List[Article] = []
    carried: Optional[dates.DayLine] = None
    # A prefix with a year and month only (" date 2017-06"): its year, for a time line printing none.
    month_prefix = dates.read_month_prefix(without_invisible(text[:200]))[0] if prefix is None and prefix_line else None
    label_lines = [line for line in lines if line.kind == "label"]  # in page order
    labels = ([line.number for line in label_lines], label_lines)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        segment = lines[start:end]
        article, day = read_article(segment, index, source, prefix, g, listing, carried, labels, month_prefix,
                                labeler)
        if day is not None:
            carried = day
        articles.append(vouch(article, g))  # a headline or lead another grammar reads: left empty
    doubts = run_on_doubts(lines)  # stories run together that nothing split (issue 18.2)
    if doubts:
        articles = warn_run_on(articles, doubts)
    if repaired:
        numbers = ", ".join(map(str, repaired))
        note = f"repaired mojibake before parsing on line{'s' if len(repaired) > 1 else ''} {numbers}"
        articles = [replaced(article, {"warnings": article.warnings + (note,)}) for article in articles]
    if prefix_line and (not lines or lines[0].number != prefix_line) and articles:
        # A first line holding only the archive's date prefix: its date went into `published`.
        first = articles[0]
        articles[0] = replaced(first, {"lines": (LineRole(prefix_line, "date prefix", None),) + first.lines})
    return articles
