"""Issue 22.2: every parser path costs time linear in the page. Each hostile shape of the issue
(and each quadratic path found since) is built at 1x, 2x and 4x its size; the cost may grow at most
about 2.5x per doubling (`RATIO`), where a quadratic path grows 4x.

Measured as CPU time of this process (`time.process_time`), the best of `RUNS` runs, which other
processes on a shared machine barely move; the sizes make the 1x run take about 20 milliseconds or more so
the ratios are not rounding. A path that is quadratic fails at the 2x step (and stops there, so a
regression costs seconds, not minutes). The whole file runs in about ten seconds."""
from __future__ import annotations

import gc
import io
import time
from typing import Callable

import pytest

from tasscli import parse
from tasscli.io.readers import read_inputs
from tasscli.io.splitting import split_lines, split_text, split_whole

RUNS = 3
#: The most a cost may grow when the input doubles (linear: 2; quadratic: 4).
RATIO = 2.5
#: Slack for the first doubling, where fixed costs and noise weigh most.
FIRST_RATIO = 3.2


def cost(run: Callable[[str], object], text: str) -> float:
    """The best of `RUNS` CPU times, the garbage collector held off (its passes come at moments
    that depend on what ran before, and are the largest noise in such a measure)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(RUNS):
            start = time.process_time()
            run(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return max(best, 1e-4)


def growth(build: Callable[[int], str], run: Callable[[str], object], size: int) -> str:
    """Why the cost of `run` grows faster than linear from `size` to 4x `size`, or ""."""
    one = cost(run, build(size))
    two = cost(run, build(2 * size))
    if two / one > FIRST_RATIO:
        return f"x{two / one:.1f} from 1x to 2x ({one:.3f}s, {two:.3f}s)"
    four = cost(run, build(4 * size))
    if four / one > RATIO * RATIO:
        return f"x{four / one:.1f} from 1x to 4x ({one:.3f}s, {four:.3f}s)"
    return ""


def assert_linear(build: Callable[[int], str], run: Callable[[str], object], size: int) -> None:
    """Measured twice at most: a burst of load on a shared machine may spoil one measure, while a
    quadratic path fails every time."""
    first = growth(build, run, size)
    if first:
        second = growth(build, run, size)
        assert not second, f"{first}; again: {second}"


def tag(number: int) -> str:
    """A word of four letters for `number`: the lines of a shape stay distinct and alike at any
    size (a number would grow digits, and from 1000 on read as a year)."""
    letters = ""
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters += chr(ord("a") + digit)
    return letters


def wrapped_header(lines: int) -> str:
    """Lines over 50 characters in one block, no sentence ended, no dateline: the header of a
    page that may be hard-wrapped (the wrapped-page test was made again for every line)."""
    return "Headline of the page\n\n" + "".join(
        f"Line {tag(i)} of a block that runs on and on without ending any sentence\n" for i in range(lines))


def read_also_blocks(blocks: int) -> str:
    """"Read also" followed by two-line blocks after a dateline (each looked through all later lines)."""
    rows = ["A headline over the story", "",
            "MOSCOW, June 3. /TASS/. The city council approved the plan for the riverside park on Tuesday.", ""]
    for i in range(blocks):
        rows += ["Read also", "", f"Another story {tag(i)} headline", f"and its second line {tag(i)}", ""]
    return "\n".join(rows)


def all_news_lines(lines: int) -> str:
    """A file of "All news" lines (the splitter looked again at all before each)."""
    return "All news\n" * lines


def all_news_after_body(lines: int) -> str:
    """The same after a page's body: each start line then ends a page (held, joined)."""
    return ("Headline\n\nMOSCOW, June 3. /TASS/. The council met on Tuesday.\n\n" + "All news\n" * lines)


def run_on_stories(count: int) -> str:
    """Stories run together (`cat`): headline over a TASS dateline, or over a time line."""
    return "".join(f"Headline of story {tag(i)} here\n\nMOSCOW, June 3. /TASS/. The council met on Tuesday.\n\n"
                   f"Another headline {tag(i)} here\n\nSociety & Culture June 03, 19:06\n\nThe lead.\n\n"
                   for i in range(count))


def distinct_captions(count: int) -> str:
    """Thousands of distinct captions (each looked up in a list of those before)."""
    rows = ["A headline over the story", ""]
    for i in range(count):
        rows += [f"Caption {tag(i)} of a photo", f"Caption {tag(i)} of a photo", ""]
    rows += ["MOSCOW, June 3. /TASS/. The city council approved the plan for the park on Tuesday.", ""]
    return "\n".join(rows)


def distinct_notes(count: int) -> str:
    """Thousands of distinct editor's notes after the story (each looked up in a list)."""
    rows = ["A headline over the story", "",
            "MOSCOW, June 3. /TASS/. The city council approved the plan for the park on Tuesday.", ""]
    for i in range(count):
        rows += [f"The park will open in spring, the council said. (Adds comment from the mayor {tag(i)})", ""]
    return "\n".join(rows)


def test_distinct_notes_are_notes():
    """The notes shape exercises what it is meant to: each paragraph's sign-off is a note."""
    [article] = parse(distinct_notes(3))
    assert len(article.notes) == 3, article.notes


def test_distinct_captions_are_captions():
    [article] = parse(distinct_captions(3))
    assert len(article.captions) == 3, article.captions


@pytest.mark.parametrize("build,size", [
    (wrapped_header, 3000),
    (read_also_blocks, 1200),
    (distinct_captions, 1500),
    (distinct_notes, 1500),
], ids=["wrapped-header", "read-also", "captions", "notes"])
def test_parse_is_linear_in_hostile_shapes(build, size):
    assert_linear(build, parse, size)


@pytest.mark.parametrize("build,splitter", [
    (all_news_lines, lambda text: list(split_whole(text))),  # a whole file held in memory
    (all_news_after_body, lambda text: list(split_whole(text))),
    (all_news_lines, lambda text: list(split_lines(io.StringIO(text, newline="")))),  # standard input
    (all_news_after_body, split_text),
    (run_on_stories, lambda text: list(split_whole(text))),
], ids=["whole", "whole-after-body", "stream", "text-after-body", "run-on"])
def test_splitting_is_linear_in_start_lines(build, splitter):
    assert_linear(build, splitter, 15000)


def test_reading_a_file_of_start_lines_is_linear(tmp_path):
    def run(text: str) -> None:
        path = tmp_path / "pages.txt"
        path.write_text(text, encoding="utf-8")
        assert list(read_inputs([str(path)]))
    assert_linear(all_news_lines, run, 15000)
