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

import pytest

from tasscli import parse
from tasscli.io.splitting import split_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
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


#: What the samples joined give today (47.1%; 42.4% before issue 18.2's run-on rule): a floor.
SAMPLES_KEPT = 0.47


def test_samples_run_together_keep_what_they_keep():
    share, _ = joined(SAMPLES)
    assert share >= SAMPLES_KEPT, f"{share:.1%} of the samples' articles intact"


@pytest.mark.xfail(reason="issue 18.2 not reached for the samples: wire pages and listings that open "
                          "with neither a TASS dateline nor a time line stay merged, unwarned", strict=True)
def test_samples_run_together_come_apart():
    share, silent = joined(SAMPLES)
    assert share >= KEPT, f"{share:.1%} of the samples' articles intact"
    assert not silent, silent


def test_tass_corpus_run_together_comes_apart(shared):
    share, silent = joined(sorted((shared / "corpus" / "tass").glob("*.txt")))
    assert share >= KEPT, f"{share:.1%} of the TASS corpus's articles intact"
    assert not silent, silent


@pytest.mark.xfail(reason="issue 18.2 not reached for the wire corpus: blog archives and listings "
                          "that open with neither a TASS dateline nor a time line stay merged", strict=True)
def test_wire_corpus_run_together_comes_apart(shared):
    share, silent = joined(sorted((shared / "corpus" / "wire").glob("*.txt")))
    assert share >= KEPT, f"{share:.1%} of the wire corpus's articles intact"
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


def test_a_story_after_a_footer_is_kept_and_warned_with_its_line():
    """Where the splitter and the parser are not sure (another agency's dateline after a story's
    tags footer), the page stays one, and the record names the line where a story may begin."""
    text = ("Headline of the story\n\nMOSCOW, June 3. /TASS/. The council approved the plan on Tuesday.\n\nTags\n\n"
            "KAZAN, June 4 (Reuters) - The city opened a new bridge on Wednesday, the mayor said.\n")
    assert split_text(text) == [text]
    [article] = parse(text)
    assert article.body == ("The council approved the plan on Tuesday.",)
    assert "line 7: a dateline after the story's end; another story may begin here" in article.warnings
