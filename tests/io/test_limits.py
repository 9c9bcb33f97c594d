"""The reading limits (page size, line length), the fast path for whole pages, and start-up imports.

Issue 7 asks for a decompression bomb to be stopped past a documented limit, and a 50 MB line to be
read in bounded memory (the end-to-end tests are in io/test_bad_inputs.py); issue 6 asks for a quick start.
"""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasscli.cli.main import main
from tasscli.cli.options import Size
from tasscli.io.readers import Failure, Page, output_name, read_inputs, text_name
from tasscli.io.splitting import (
    MAX_LINE_LENGTH,
    MAX_PAGE_LINES,
    MAX_PAGE_SIZE,
    LimitError,
    LongLine,
    PageProblem,
    size_text,
    split_lines,
    split_whole,
    whole_page,
)

PAGE = (" date 2017-06-03 Back to Main page\nCity approves riverside park plan\n\nSociety & Culture\n"
        "June 03, 19:06 UTC+3\n\nThe park will open in two years\n\n"
        "MOSCOW, June 3. /TASS/. The city council approved a new plan for the riverside park on Tuesday.\n\n"
        "Work on the embankment is due to start in the autumn, officials added.\n")


def read(paths, **kwargs):
    return [(item.source, type(item).__name__, getattr(item, "reason", "")) for item in read_inputs(paths, **kwargs)]


def test_limits_are_documented_sizes():
    assert MAX_PAGE_SIZE == 64 * 1024 * 1024 and size_text(MAX_PAGE_SIZE) == "64 MiB"
    assert MAX_LINE_LENGTH == 1024 * 1024 and size_text(MAX_LINE_LENGTH) == "1 MiB"
    assert MAX_PAGE_LINES == 1024 * 1024
    assert size_text(1000) == "1,000 characters"


# --- the fast path for a whole page is the line-by-line splitter --------------------------------------

LINES = st.sampled_from([
    " date 2017-06-03 Back to Main page\n", " date 2017-06-04\n", "All news\n", "  ALL NEWS \n",
    "Currency converter\n", "back to main page\r\n", "MOSCOW, June 3. /TASS/. The council met.\n",
    "x" * 210 + "\n", "Headline\n", "\n", "\r", "\r\n", " \t\n", "\f", "a\fb\n", "\ufeffHeadline\n",
    "date 2017-06-03 not a prefix\n", "text\u2028more\n", "\x85\n", "All news", "word",
    # Around the test for a body before a start line: lines of 199 and 200 characters with their
    # line end, a dateline mark alone and cut across two lines, start lines in other cases and spaces.
    "y" * 198 + "\n", "z" * 199 + "\n", "(ITAR-TASS)\n", "/\nTASS/\n", "Menu\n", "BAC\u212a TO MAIN PAGE\n",
    "\u2003all news\u2003\n", "all newsx\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=25))
def test_split_whole_gives_what_split_lines_gives(lines):
    text = "".join(lines)
    slow = list(split_lines(io.StringIO(text, newline=None)))
    assert list(split_whole(text)) == slow


def test_a_start_line_in_a_menu_before_any_body_keeps_the_fast_path():
    # "All news" opening a page, or in the site menu under its date prefix, cannot split it: the
    # page is given whole, without going line by line.
    opening = "All news\n" + PAGE.split("\n", 1)[1]
    menu = PAGE.replace("Back to Main page\n", "Back to Main page\nWorld\nAll news\n")
    for text in (opening, menu):
        assert whole_page(text) == text
    assert whole_page(PAGE + "All news\n" + PAGE) is None  # after a body it may split: line by line


def test_split_whole_gives_a_single_page_back_as_it_is():
    pages = list(split_whole(PAGE.split("\n", 1)[1]))
    assert pages == [PAGE.split("\n", 1)[1]]
    assert list(split_whole("a\r\nb\rc\n")) == ["a\nb\nc\n"]
    assert list(split_whole(" \n\n")) == [] and list(split_whole("")) == []


# --- page size ------------------------------------------------------------------------------------


def test_a_page_past_the_limit_stops_the_file_and_keeps_the_pages_before(tmp_path):
    big = PAGE.replace("Work on", "Work " + "on and on. " * 2000 + "\nWork on")  # about 22 KB
    path = tmp_path / "many.txt"
    path.write_text(PAGE + big + PAGE)
    found = read([str(path)], max_page=10_000)
    assert found == [(f"{path}#1", "Page", ""),
                     (f"{path}#2", "Failure", "page larger than 10,000 characters (--max-page-size); "
                                              "not read further")]
    # The same file streamed (longer than the 64 KB read in one go) stops at the same page.
    path.write_text(PAGE + big * 4 + PAGE)
    assert [kind for _, kind, _ in read([str(path)], max_page=10_000)] == ["Page", "Failure"]
    assert [kind for _, kind, _ in read([str(path)])] == ["Page"] * 6


def test_a_page_of_blank_lines_past_the_limit_is_stopped_in_bounded_memory(tmp_path):
    path = tmp_path / "blank.txt.gz"
    path.write_bytes(gzip.compress(b"\n" * (3 << 20)))
    assert read([str(path)], max_page=1 << 20) == [
        (str(path), "Failure", "page larger than 1 MiB (--max-page-size); not read further")]


def test_a_page_of_more_lines_than_the_limit_is_stopped(tmp_path):
    path = tmp_path / "lines.txt.gz"
    path.write_bytes(gzip.compress(b"x\n" * (MAX_PAGE_LINES + 1)))
    assert read([str(path)]) == [(str(path), "Failure", "page longer than 1,048,576 lines; not read further")]
    path.write_bytes(gzip.compress(b"x\n" * MAX_PAGE_LINES))
    assert [kind for _, kind, _ in read([str(path)])] == ["Page"]


def test_a_page_held_for_its_trailing_all_news_is_kept_when_what_follows_is_past_the_limit():
    # The page before an "All news" line is held until the next page shows text (its trailing
    # "All news" may be its own); reading stopped by a limit must still give it.
    page = " date 2017-06-03 MOSCOW, June 3. /TASS/. A story of a few words.\n"
    lines = iter([page, "All news\n"] + ["\n"] * (MAX_PAGE_LINES + 5))
    given = []
    with pytest.raises(LimitError, match="longer than 1,048,576 lines"):
        for split in split_lines(lines):
            given.append(split)
    assert given == [page]


def test_splitter_joins_many_short_lines():
    pages = list(split_lines(iter(["a\n"] * 200_000 + [" date 2017-06-03\n", "b\n"])))
    assert pages == ["a\n" * 200_000, " date 2017-06-03\nb\n"]
    with pytest.raises(LimitError, match="larger than 1 KiB"):
        list(split_lines(iter(["a\n"] * 1000), max_page=1024))


@pytest.mark.parametrize("given_size, size", [("65536", 65536), ("512K", 512 << 10), ("64M", 64 << 20),
                                              ("64MiB", 64 << 20), ("1g", 1 << 30), ("1.5K", 1536)])
def test_size_option(given_size, size):
    assert Size().convert(given_size, None, None) == size


@pytest.mark.parametrize("bad", ["lots", "0", "-1K", "M", "inf"])
def test_size_option_refuses(bad):
    with pytest.raises(click.BadParameter):
        Size().convert(bad, None, None)


def test_max_page_size_on_parse_and_convert(tmp_path):
    from click.testing import CliRunner

    path = tmp_path / "p.txt"
    path.write_text(PAGE)
    for args in (["parse", "--format", "jsonl"], ["convert", "-o", "-", "-q"]):
        result = CliRunner().invoke(main, [*args, "--max-page-size", "100", str(path)])
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr == f"tasscli: {path}: page larger than 100 characters (--max-page-size); " \
                                "not read further\n"
        assert CliRunner().invoke(main, [*args, str(path)]).exit_code == 0


# --- line length ----------------------------------------------------------------------------------


def test_a_long_line_fails_its_page_and_reading_goes_on(tmp_path):
    long_page = PAGE.replace("Work on", "Work " + "word " * 300_000 + "on")  # a 1.5 MB line
    path = tmp_path / "three.txt"
    path.write_text(PAGE + long_page + PAGE)
    found = read([str(path)])
    assert [(source, kind) for source, kind, _ in found] == [(f"{path}#1", "Page"), (f"{path}#2", "Failure"),
                                                           (f"{path}#3", "Page")]
    assert found[1][2] == "a line longer than 1 MiB (1,500,070 characters); not a page"


def test_a_file_of_one_long_line_is_one_failure(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_bytes(b"word " * 400_000)  # no line end at all
    assert read([str(path)]) == [(str(path), "Failure", "a line longer than 1 MiB (2,000,000 characters); "
                                                        "not a page")]


def test_long_line_marker_in_the_splitter():
    marker = LongLine(" date 2017-06-03 " + "x" * 100, 5_000_000, MAX_LINE_LENGTH)
    pages = list(split_lines(iter([PAGE, marker, "more\n", PAGE])))
    assert pages[0] == PAGE and isinstance(pages[1], PageProblem) and pages[2] == PAGE
    assert "5,000,000 characters" in pages[1].reason


# --- names ----------------------------------------------------------------------------------------


def test_names_that_are_not_utf8_become_text():
    assert text_name("plain/page.txt") == "plain/page.txt"
    assert text_name("страница.txt") == "страница.txt"
    assert text_name("caf\udce9-\udcff.txt") == "caf\\xe9-\\xff.txt"
    assert text_name("lone\ud800.txt") == "lone\\ud800.txt"  # a surrogate no byte gave
    # As an output name: one file, its escapes made safe for any file system.
    assert output_name("d/caf\\xe9-\\xff.txt") == "d/caf_xe9-_xff.json"
    assert output_name("win\\dir\\p.txt") == "win/dir/p.json"


def test_output_names_are_made_only_when_asked(tmp_path):
    page = Page("pages/a.txt", "text")
    assert page.outname == "pages/a.json" == output_name("pages/a.txt")
    assert Failure("x.zip!d/p.txt.gz", "corrupt").outname == "x.zip/d/p.json"
    assert "outname" not in Page._fields


# --- start-up -------------------------------------------------------------------------------------

#: Not needed to parse one plain page: imported only when a command or a file needs them.
LAZY_MODULES = ["bz2", "gzip", "lzma", "tarfile", "zipfile", "hashlib", "heapq", "csv", "traceback", "rich",
                "tasscli.cli.convert", "tasscli.cli.commands", "tasscli.batch.progress", "tasscli.cli.agencies",
                "tasscli.io.ninjs", "tasscli.parsing.explain", "tasscli.cli.view", "multiprocessing",
                "charset_normalizer", "unicodedata",  # PAGE is ASCII: nothing to compose or fold
                "locale",  # click's gettext calls load it; tasscli's options give their text (cli.main)
                "orjson"]  # loaded by a JSON writer from its 17th record (io.writers.JSON_FIRST)


def _loaded_after(code: str) -> set:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(set(sys.modules) & set({LAZY_MODULES!r}))))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_parsing_one_page_imports_nothing_it_does_not_need(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    already = _loaded_after("import click")  # what this interpreter's site already loads
    run = ("import contextlib, io, sys\nfrom tasscli.cli.main import main\n"
           "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
           f"    main(['parse', {str(path)!r}, '--format', 'jsonl'])")
    assert _loaded_after(run) - already == set()
    # The other commands still load when they are run.
    assert "tasscli.cli.convert" in _loaded_after(run.replace("'parse'", "'convert', '-o', '-', '-q'"))


def test_the_console_script_freezes_what_start_up_loaded():
    """`start` (the console script, `python -m tasscli`) marks the loaded modules permanent for the
    cyclic collector, so no collection walks them, the one at exit included."""
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print(gc.get_freeze_count(), file=sys.stderr))\n"
            "sys.argv = ['tasscli', '--version']\n"
            "from tasscli.cli.main import start\n"
            "start()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("tasscli, version")
    assert int(done.stderr.split()[-1]) > 10_000
