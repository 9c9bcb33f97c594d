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

from typing import Any, Callable, Dict, List, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing import dates
from tasscli.parsing.agencies import Agency
from tasscli.parsing.article.assemble import read_fields
from tasscli.parsing.category import mark_category
from tasscli.parsing.confidence import vouch
from tasscli.parsing.crumbs import mark_title_crumb
from tasscli.parsing.digests import (
    SEPARATOR,
    drop_digest_title,
    mark_item_dates,
    one_claim_each,
    split_inline_items,
    teaser_starts,
    title_day,
)
from tasscli.parsing.gallery import mark_gallery
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import read_lines, without_invisible
from tasscli.parsing.listings import cut_glued_links, listing_starts
from tasscli.parsing.noblank import find_blocks
from tasscli.parsing.normalize import NormalizeOptions, normalize_fields
from tasscli.parsing.pagelines import mark_page
from tasscli.parsing.photopage import mark_photo_caption
from tasscli.parsing.runon import run_on_doubts, run_on_warnings
from tasscli.parsing.segments import article_starts, drop_repeated_dateline
from tasscli.record import Article, LineRole
from tasscli.vocab import DEFAULT, Vocabulary


def parse(text: str, source: str = "-", vocab: Vocabulary = DEFAULT,
          agencies: Optional[Tuple[Agency, ...]] = None, repair_mojibake: bool = True,
          labeler: Optional[Callable[..., None]] = None, normalize: Optional[NormalizeOptions] = None
          ) -> List[Article]:
    """Parse one saved page into its articles (most pages hold one), in page order.

    `repair_mojibake`: lines of a page decoded twice ("Â© Name/TASS", "â€“") are repaired before
    they are read, so that credits, datelines and sign-offs are found (each article then warns
    which lines); False reads the page exactly as given (`--raw`).
    `labeler`: called with each article's lines, its story start and builder once the rules have
    read it, to decide the header lines' roles: `tasscli.parsing.labeler.SHIPPED` is the trained
    labeler with the package's weights (`--labeler`); None (the default): the rules alone.
    `normalize`: the articles come normalized by these options, as `normalize_article` would make
    them, each built once (what every command does); None (the default): as parsed.
    `agencies`: another agency table than `vocab.agencies` (the same as a vocabulary holding it)."""
    g = grammar(vocab) if agencies is None else grammar(vocab, agencies)
    markers = g.mojibake_markers if repair_mojibake and not text.isascii() else None  # made on first need
    prefix, prefix_line, lines, repaired = read_lines(text, markers)
    split = SEPARATOR in text and any(line.text != SEPARATOR and SEPARATOR in line.text for line in lines)
    if split:  # a digest's items glued into its paragraphs: split at the separators
        lines = split_inline_items(lines, vocab)
    for line in lines:
        classify(line, g, g.agencies)
    find_blocks(lines)  # a page with no blank line: blocks from its line shapes
    drop_repeated_dateline(lines)
    mark_page(lines, g)  # widgets, captions printed again, a label over the headline
    if "]" in text:
        mark_photo_caption(lines, g)  # a photo page's caption closed by "[Agency]"
    if "©" in text:
        mark_gallery(lines)  # a gallery's "caption© Credit" lines, one a photo
    if "|" in text:
        mark_title_crumb(lines)  # a breadcrumb ending with the story's title: the site's lines above it
    cut_glued_links(lines, vocab)  # a listing's "Full Story" links glued to its teasers
    starts = listing_starts(lines, article_starts(lines, prefix, vocab), prefix, vocab)
    starts = teaser_starts(lines, starts)  # a teaser of a headline and a time over a story
    listing = len(starts) > 1
    mark_category(lines, starts, vocab)
    drafts: List[Dict[str, Any]] = []  # each article's fields: it is built once they are all known
    carried: Optional[dates.DayLine] = None
    if listing:  # a digest's title with no text, a listing's title date, and its items' own dates
        drop_digest_title(lines, starts)
        carried = title_day(lines, starts, vocab)
        mark_item_dates(lines, vocab)
    # A prefix with a year and month only (" date 2017-06"): its year, for a time line printing none.
    month_prefix = dates.read_month_prefix(without_invisible(text[:200]))[0] if prefix is None and prefix_line else None
    label_lines = [line for line in lines if line.kind is K.LABEL]  # in page order
    labels = ([line.number for line in label_lines], label_lines)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        segment = lines[start:end]
        fields, day = read_fields(segment, index, source, prefix, g, listing, carried, labels, month_prefix,
                                  labeler)
        if day is not None and day.section is None:  # (an item's own "Section Mon. D, YYYY" is its alone)
            carried = day
        drafts.append(vouch(fields, g))  # a headline or lead another grammar reads: left empty
    if split:  # each line's pieces claimed once
        for fields, roles in zip(drafts, one_claim_each([fields["lines"] for fields in drafts])):
            fields["lines"] = roles
    doubts = run_on_doubts(lines)  # stories run together that nothing split (issue 18.2)
    if doubts:
        for number, extra in run_on_warnings([fields["lines"] for fields in drafts], doubts).items():
            drafts[number]["warnings"] += tuple(extra)
    if repaired:
        numbers = ", ".join(map(str, repaired))
        note = f"repaired mojibake before parsing on line{'s' if len(repaired) > 1 else ''} {numbers}"
        for fields in drafts:
            fields["warnings"] += (note,)
    if prefix_line and (not lines or lines[0].number != prefix_line) and drafts:
        # A first line holding only the archive's date prefix: its date went into `published`.
        drafts[0]["lines"] = (LineRole(prefix_line, "date prefix", None),) + drafts[0]["lines"]
    if normalize is not None:
        return [Article(**normalize_fields(fields, normalize, vocab)) for fields in drafts]
    return [Article(**fields) for fields in drafts]
