"""Readers, splitting and decoding: what pages come out of files, folders and archives.

These tests check the pipeline's side (counts, sources, order, text, warnings), not parse quality:
the pages are small invented ones written here.
"""
from __future__ import annotations

import bz2
import glob
import gzip
import io
import lzma
import os
import tarfile
import zipfile
from pathlib import Path
from typing import List

import pytest
from pages import page
from paths import SHARED

from tasscli.io.decoding import decode_bytes
from tasscli.io.readers import (
    Failure,
    Page,
    count_files,
    hidden,
    matches,
    output_base,
    read_inputs,
    read_path,
    safe_parts,
)
from tasscli.io.splitting import split_text


def items(paths: List[str], **kwargs) -> list:
    return list(read_inputs(paths, **kwargs))


def sources(found: list) -> List[str]:
    return [item.source for item in found]


# --- splitting ------------------------------------------------------------------------------------


def test_fifty_concatenated_pages_split_back_exactly():
    pages = [page(i) for i in range(50)]
    assert split_text("".join(pages)) == pages


@pytest.mark.parametrize("separator", ["\f", "\f\n", "\n\f\n"])
def test_form_feed_separates_pages(separator):
    text = separator.join(["first page\nbody\n", "second page\n", "third\n"])
    assert [part.strip() for part in split_text(text)] == ["first page\nbody", "second page", "third"]


def test_all_news_in_a_page_header_does_not_split():
    # Site menus print "All news" and "Currency converter" under the date prefix, before any body.
    text = (" date 2018-03-05 Russian Politics & Diplomacy\nWorld\nCurrency converter\nNews Feed\n"
            "All news\nNews Search Topics\n\nHeadline\n\n" + page(0).split(" ", 2)[2])
    assert split_text(text) == [text]


def test_all_news_after_a_body_begins_a_page():
    text = page(0) + "\n" + page(1)
    assert split_text(text) == [page(0) + "\n", page(1)]


def test_all_news_closing_a_page_stays_with_it():
    # A page's own trailing "All news" (its footer) begins no page: a page of nothing else would be
    # an empty record.
    assert split_text(page(0) + "\nAll news\n") == [page(0) + "\nAll news\n"]
    assert split_text(page(0) + "\nAll news\n\n\f" + page(1)) == [page(0) + "\nAll news\n\n", page(1)]
    assert split_text(page(0) + "All news\n" + page(2)) == [page(0) + "All news\n", page(2)]
    assert split_text(page(0) + "All news\nAll news\n\nHeadline\n") == [page(0), "All news\nAll news\n\nHeadline\n"]


def test_a_body_of_sentences_lets_all_news_begin_a_page():
    # A story told in short paragraphs (no line of BODY_LINE characters, no TASS mark) still has a
    # body, once a line is a sentence of twelve words or more: menus hold none.
    first = ("All news\n\nFerry service resumes\n\nKALININGRAD, May 5 (Interfax) - The ferry will sail "
             "twice a week from the port of Baltiysk to Ust-Luga, the operator said.\n\nTags\nTransport\n")
    second = "All news\n\nAnother headline here\n\nMINSK, May 6 (BelTA) - Text of the second story.\n"
    assert split_text(first + second) == [first, second]
    menu = "All news\nLatest news about the region and the world\nAll news\n\nHeadline\n"
    assert split_text(menu) == [menu]


def test_a_page_is_never_split_inside_its_body():
    # Only whole lines open a page: the prefix with its leading space, or exactly "All news".
    body = ("MOSCOW, May 5. /TASS/. A paragraph.\n\nAll news from the region, the agency said.\n\n"
            "A paragraph that mentions the\ndate 2021-01-01 only in passing, not as a prefix, and the\n"
            "  date 2021-01-02 with two spaces.\n")
    assert split_text(body) == [body]


def test_page_without_opening_stays_with_the_page_before():
    # A page that starts with its headline and no dateline or time line has no mark to split at:
    # the parser sees one page.
    text = page(0) + "Headline of another story\n\nThe council met on Tuesday to discuss the plan.\n"
    assert split_text(text) == [text]


def test_page_run_on_with_headline_and_dateline_is_split_at_its_headline():
    # Issue 18.2: after a story with its own TASS dateline, another opening with a headline over
    # its dateline is a page of its own (files joined with `cat`).
    other = "Headline of another story\n\nMOSCOW, May 5. /TASS/. Text.\n"
    assert split_text(page(0) + other) == [page(0), other]


def test_listing_of_tass_items_under_a_heading_is_one_page():
    # Issue 16: a portal's category page ("Economy" over its items, each a headline over its TASS
    # dateline) is one page, so that every item takes the heading as its section; the same items
    # with no heading over the first are pages run on (above), and so are those after a page.
    items = ("Port of the north doubles its grain exports\n\nMURMANSK, May 5. /TASS/. Text one.\n\n"
             "Second item about the river fleet\n\nPERM, May 5. /TASS/. Text two.\n\n"
             "‘Bright nights’: the city extends its summer festival\n\nOMSK, May 4. /TASS/. Text three.\n")
    listing = "Economy\n\n" + items
    assert split_text(listing) == [listing]
    assert len(split_text(items)) == 3
    assert len(split_text("All news\n\n" + items)) == 3  # a line that begins a page heads no listing


def test_run_on_headline_opening_with_a_single_quote_goes_with_its_page():
    # A headline opening with a single quote mark ("‘Word’: ...") over a run-on dateline is the
    # next page's, not the last paragraph of the page before.
    other = "‘Bright nights’: the city extends its summer festival\n\nOMSK, May 4. /TASS/. Text.\n"
    assert split_text(page(0) + other) == [page(0), other]


def test_blank_file_is_one_page_and_blank_stretches_are_dropped():
    assert split_text("") == [""]
    assert split_text("\n\n") == ["\n\n"]
    assert split_text("\f\n\f" + page(0) + "\f\n\n") == [page(0)]


def test_byte_order_marks_left_by_concatenation_are_dropped():
    pages = [page(0), page(3)]
    assert split_text("\ufeff" + pages[0] + "\ufeff" + pages[1]) == pages


@pytest.mark.skipif(not (SHARED / "corpus" / "tass").is_dir(), reason="../shared/corpus is absent")
def test_every_corpus_page_is_one_page_and_marked_pages_split_back():
    files = sorted(glob.glob(str(SHARED / "corpus" / "*" / "*.txt")))
    texts = [open(name, encoding="utf-8-sig").read() for name in files]
    for name, text in zip(files, texts):
        assert split_text(text) == [text], name
    marked = [text for text in texts if text.startswith(" date ") or text.split("\n", 1)[0] in
              ("All news", "Currency converter")]
    assert len(marked) > 50
    assert split_text("".join(marked)) == marked


# --- decoding --------------------------------------------------------------------------------------

RUSSIAN = "МОСКВА, 3 июня. /ТАСС/. Президент России заявил о готовности к переговорам с партнёрами.\n"


def test_utf8_with_and_without_bom_is_silent():
    assert decode_bytes(RUSSIAN.encode("utf-8"), "x") == (RUSSIAN, [])
    assert decode_bytes(b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), "x") == (RUSSIAN, [])


def test_cp1251_is_detected_and_said():
    text, warnings = decode_bytes((RUSSIAN * 3).encode("cp1251"), "x")
    assert text == RUSSIAN * 3
    assert warnings == ["decoded as cp1251"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec):
    text, warnings = decode_bytes(RUSSIAN.encode(codec), "x")
    assert text == RUSSIAN
    assert warnings == [f"decoded as {codec}"]


def test_latin1_is_decoded_right():
    original = "PARIS, June 3. /TASS/. The café owner said the résumé was naïve, à la française.\n"
    text, warnings = decode_bytes(original.encode("latin-1"), "x")
    assert text == original
    assert len(warnings) == 1 and warnings[0].startswith("decoded as ")


def test_invalid_bytes_in_utf8_are_replaced_and_counted():
    data = "MOSCOW, June 3. /TASS/. Russia’s “quote” — here.\n".encode() + b"broken \xff\xfe bytes\n"
    text, warnings = decode_bytes(data, "x")
    assert "Russia’s “quote”" in text and "broken \ufffd\ufffd bytes" in text
    assert warnings == ["2 undecodable bytes replaced by U+FFFD"]


def test_crlf_and_cr_become_line_feeds():
    assert decode_bytes(b"a\r\nb\rc\n", "x")[0] == "a\nb\nc\n"


def test_binary_data_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 20)
    found = items([str(tmp_path / "bin.txt")])
    assert len(found) == 1 and isinstance(found[0], Failure)
    assert "not text" in found[0].reason


def test_long_file_decodes_as_a_stream(tmp_path):
    # Longer than the 64 KB sniffed up front, with a broken byte far past it.
    pages = [page(i) for i in range(600)]
    data = "".join(pages).encode("utf-8")
    data = data[:200_000] + b"\xff" + data[200_000:]
    (tmp_path / "long.txt").write_bytes(data)
    found = items([str(tmp_path / "long.txt")])
    assert len(found) == 600
    assert all(isinstance(item, Page) for item in found)
    damaged = [item for item in found if item.warnings]
    assert len(damaged) == 1 and damaged[0].warnings == ("1 undecodable byte replaced by U+FFFD",)


def test_utf16_without_bom_is_not_taken_for_utf8(tmp_path):
    # Its bytes are valid UTF-8 (ASCII and NULs): the NULs must send it to detection, whichever way
    # the file is read (a page file on disk by descriptor, or bytes in memory).
    data = (" date 2020-06-03 MOSCOW, June 3. /TASS/." + " The council met on Tuesday." * 4 + "\n").encode("utf-16-le")
    (tmp_path / "u16.txt").write_bytes(data)
    [found] = items([str(tmp_path / "u16.txt")])
    assert "\x00" not in found.text and "/TASS/" in found.text
    assert (found.text, list(found.warnings)) == decode_bytes(data, "x")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("size", [1, 300])
def test_a_named_pipe_is_read_like_the_file_it_carries(tmp_path, size):
    # Read by descriptor as it comes (short reads), a page and a stream longer than 64 KB alike.
    import threading

    data = "".join(page(i) for i in range(size)).encode("utf-8")
    (tmp_path / "file.txt").write_bytes(data)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as writer:
            for start in range(0, len(data), 1000):
                writer.write(data[start:start + 1000])
                writer.flush()

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        through_pipe = items([str(fifo)])
    finally:
        feeder.join(timeout=30)
    from_file = items([str(tmp_path / "file.txt")])
    assert [(item.text, item.warnings) for item in through_pipe] == [(item.text, item.warnings) for item in from_file]
    assert len(from_file) == size


def test_cp1251_pages_carry_the_warning(tmp_path):
    (tmp_path / "ru.txt").write_bytes((" date 2020-06-03 " + RUSSIAN * 3).encode("cp1251"))
    (found,) = items([str(tmp_path / "ru.txt")])
    assert found.warnings == ("decoded as cp1251",)
    assert "Президент" in found.text


# --- folders ---------------------------------------------------------------------------------------


def make_tree(root: Path) -> List[str]:
    """A small folder tree; returns the sources expected, in reading order."""
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "z.txt").write_text(page(0), encoding="utf-8")
    (root / "a" / "one.txt").write_text(page(1), encoding="utf-8")
    (root / "a" / "two.TXT").write_text(page(2), encoding="utf-8")
    (root / "a" / "notes.md").write_text("not a page", encoding="utf-8")
    (root / "a" / ".secret.txt").write_text(page(3), encoding="utf-8")
    (root / ".hidden" / "h.txt").write_text(page(4), encoding="utf-8")
    (root / "b" / "deep" / "three.txt.gz").write_bytes(gzip.compress(page(5).encode()))
    (root / "b" / "four.txt").write_text(page(6), encoding="utf-8")
    base = str(root)
    return [f"{base}/z.txt", f"{base}/a/one.txt", f"{base}/a/two.TXT", f"{base}/b/four.txt",
            f"{base}/b/deep/three.txt.gz"]


def test_folder_is_read_recursively_in_name_order_skipping_hidden(tmp_path):
    expected = make_tree(tmp_path / "pages")
    found = items([str(tmp_path / "pages")])
    assert sources(found) == expected
    assert [item.file_no for item in found] == [1, 2, 3, 4, 5]
    assert found[-1].text == page(5)
    assert count_files([str(tmp_path / "pages")]) == 5


def test_glob_picks_files_and_named_files_are_always_read(tmp_path):
    make_tree(tmp_path / "pages")
    assert sources(items([str(tmp_path / "pages")], glob="*.md")) == [f"{tmp_path}/pages/a/notes.md"]
    assert sources(items([str(tmp_path / "pages")], glob="o*")) == [f"{tmp_path}/pages/a/one.txt"]
    named = str(tmp_path / "pages" / "a" / ".secret.txt")
    assert sources(items([named])) == [named]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symlink_loops_and_dangling_links_are_skipped(tmp_path):
    expected = make_tree(tmp_path / "pages")
    os.symlink("..", tmp_path / "pages" / "b" / "up")  # a loop back to pages/
    os.symlink("nowhere.txt", tmp_path / "pages" / "b" / "dangling.txt")
    os.symlink("self.txt", tmp_path / "pages" / "b" / "self.txt")  # a file link to itself
    assert sources(items([str(tmp_path / "pages")])) == expected


def test_folder_with_nothing_to_read_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (found,) = items([str(tmp_path / "empty")])
    assert isinstance(found, Failure) and found.reason == "no file matches *.txt"


def test_missing_file_is_a_failure_in_its_place(tmp_path):
    (tmp_path / "a.txt").write_text(page(0), encoding="utf-8")
    found = items([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")])
    assert isinstance(found[0], Failure) and found[0].reason == "No such file or directory"
    assert isinstance(found[1], Page)


# --- compressed files and archives -----------------------------------------------------------------


@pytest.mark.parametrize("suffix, compress", [(".gz", gzip.compress), (".bz2", bz2.compress),
                                              (".xz", lzma.compress)])
def test_compressed_single_files(tmp_path, suffix, compress):
    path = tmp_path / f"page.txt{suffix}"
    path.write_bytes(compress(page(0).encode()))
    (found,) = items([str(path)])
    assert found.source == str(path) and found.text == page(0)
    assert found.outname.endswith("page.json")


def test_compressed_file_of_many_pages(tmp_path):
    path = tmp_path / "many.txt.gz"
    path.write_bytes(gzip.compress("".join(page(i) for i in range(50)).encode()))
    found = items([str(path)])
    assert sources(found) == [f"{path}#{n}" for n in range(1, 51)]
    assert [item.text for item in found] == [page(i) for i in range(50)]


def make_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("folder/", "")
        archive.writestr("folder/page1.txt", page(0))
        archive.writestr("folder/page2.txt", page(1))
        archive.writestr("many.txt", page(2) + page(3) + page(4))
        archive.writestr("packed.txt.gz", gzip.compress(page(5).encode()))
        archive.writestr("__MACOSX/folder/._page1.txt", "resource fork")
        archive.writestr("folder/.hidden.txt", page(6))
        archive.writestr("image.png", b"\x89PNG")


def test_zip_members_in_archive_order(tmp_path):
    make_zip(tmp_path / "a.zip")
    found = items([str(tmp_path / "a.zip")])
    base = f"{tmp_path}/a.zip"
    assert sources(found) == [f"{base}!folder/page1.txt", f"{base}!folder/page2.txt", f"{base}!many.txt#1",
                              f"{base}!many.txt#2", f"{base}!many.txt#3", f"{base}!packed.txt.gz"]
    assert [item.text for item in found] == [page(i) for i in range(6)]
    assert [item.file_no for item in found] == [1, 2, 3, 3, 3, 4]
    assert count_files([base]) == 4


@pytest.mark.parametrize("mode, name", [("w", "a.tar"), ("w:gz", "a.tar.gz"), ("w:gz", "a.tgz"),
                                        ("w:bz2", "a.tar.bz2"), ("w:xz", "a.tar.xz")])
def test_tar_archives_are_streamed(tmp_path, mode, name):
    with tarfile.open(tmp_path / name, mode) as archive:
        for member, text in [("x/p1.txt", page(0)), ("x/p2.txt", page(1)), ("x/.h.txt", page(2)),
                             ("x/skip.md", "no")]:
            data = text.encode()
            info = tarfile.TarInfo(member)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    found = items([str(tmp_path / name)])
    assert sources(found) == [f"{tmp_path}/{name}!x/p1.txt", f"{tmp_path}/{name}!x/p2.txt"]
    assert [item.text for item in found] == [page(0), page(1)]


def test_archive_inside_a_folder_is_read(tmp_path):
    (tmp_path / "pages").mkdir()
    make_zip(tmp_path / "pages" / "inner.zip")
    (tmp_path / "pages" / "loose.txt").write_text(page(9), encoding="utf-8")
    found = items([str(tmp_path / "pages")])
    assert sources(found)[0] == f"{tmp_path}/pages/inner.zip!folder/page1.txt"
    assert sources(found)[-1] == f"{tmp_path}/pages/loose.txt"


def test_corrupt_archives_fail_in_place_and_the_rest_is_read(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"this is not a zip file")
    make_zip(tmp_path / "good.zip")
    data = bytearray((tmp_path / "good.zip").read_bytes())
    crc = tmp_path / "crc.zip"
    index = data.find(b"folder/page2.txt", 40)
    crc.write_bytes(bytes(data))
    with zipfile.ZipFile(tmp_path / "stored.zip", "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", page(0))
        archive.writestr("b.txt", page(1))
    raw = bytearray((tmp_path / "stored.zip").read_bytes())
    spot = raw.find(b"River port plan 1")
    raw[spot] = ord("X")  # stored member b.txt: its CRC no longer matches
    (tmp_path / "stored.zip").write_bytes(bytes(raw))
    assert index > 0
    (tmp_path / "cut.tar.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(page(0).encode())[:40])
    found = items([str(tmp_path / name) for name in ("bad.zip", "stored.zip", "cut.tar.gz",
                                                      "cut.txt.gz", "good.zip")])
    failures = [item for item in found if isinstance(item, Failure)]
    assert [item.source for item in failures] == [f"{tmp_path}/bad.zip", f"{tmp_path}/stored.zip!b.txt",
                                                  f"{tmp_path}/cut.tar.gz", f"{tmp_path}/cut.txt.gz"]
    assert "zip" in failures[0].reason and "CRC" in failures[1].reason
    assert all(item.reason for item in failures)
    assert sources(found)[1] == f"{tmp_path}/stored.zip!a.txt"
    assert len([item for item in found if isinstance(item, Page)]) == 1 + 6


def test_stream_breaking_mid_file_keeps_the_pages_before(tmp_path):
    data = gzip.compress("".join(page(i) for i in range(200)).encode())
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    found = items([str(tmp_path / "cut.txt.gz")])
    assert isinstance(found[-1], Failure)
    assert found[-1].source == f"{tmp_path}/cut.txt.gz#{len(found)}"
    assert [item.text for item in found[:-1]] == [page(i) for i in range(len(found) - 1)]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((page(0) + page(1)).encode())))
    assert sources(items(["-"])) == ["-#1", "-#2"]


def test_read_path_reads_one_whole_file(tmp_path):
    (tmp_path / "p.txt.gz").write_bytes(gzip.compress((page(0) + page(1)).encode("cp1251")))
    found = read_path(str(tmp_path / "p.txt.gz"))
    assert found.text == page(0) + page(1)


# --- names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("source, expected", [
    ("pages/a.txt", "pages/a"),
    ("pages/big.txt#3", "pages/big#3"),
    ("x.zip!f/p.txt.gz", "x.zip/f/p"),
    ("/abs/../x.tar.gz!../../etc/passwd", "abs/x.tar.gz/etc/passwd"),
    ("-", "stdin"),
    ("-#2", "stdin#2"),
    ("C:\\pages\\a.txt", "C_/pages/a"),
    ('a/we<ird>:"na|me?*.txt', "a/we_ird___na_me__"),
    ("x.zip!a/CON.txt", "x.zip/a/_CON"),
])
def test_output_names_are_safe(source, expected):
    assert output_base(source) == expected


def test_safe_parts_never_climb_or_start_at_the_root():
    for nasty in ["../../x", "/etc/passwd", "a/./../../b", "..", "", "\\\\server\\share\\x"]:
        parts = safe_parts(nasty)
        assert parts and all(part not in ("", ".", "..") and "/" not in part for part in parts)
    assert len(safe_parts("x" * 400)[0].encode()) <= 200


def test_name_helpers():
    assert matches("A/B/Page.TXT", "*.txt") and matches("p.txt.bz2", "*.txt")
    assert not matches("p.txt.zip", "*.txt") and matches("a/b/p.txt", "a/*/p.txt")
    assert hidden("./.git/x") and hidden("__MACOSX/x") and not hidden("./a/b.txt")


def test_sorted_names_merge_their_runs(monkeypatch):
    from tasscli.io.walking import SortedNames

    monkeypatch.setattr(SortedNames, "RUN", 3)
    names = [f"page_{n:03d}.txt" for n in (7, 1, 9, 3, 3, 0, 12, 5, 8, 2)]
    collected = SortedNames()
    for name in names:
        collected.add(name)
    assert list(collected) == sorted(names)
    few = SortedNames()  # fewer names than a run: sorted as they are, no run joined
    for name in names[:2]:
        few.add(name)
    assert list(few) == sorted(names[:2])


def test_a_byte_order_mark_the_bytes_do_not_fit_is_not_trusted(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8 broken \x81\x82")  # UTF-16 BOM, then a lone surrogate
    (found,) = items([str(tmp_path / "bad.txt")])
    assert isinstance(found, Failure) and found.reason.startswith("not text")
    text, warnings = decode_bytes(b"\xef\xbb\xbf" + "Russia’s “quote”.\n".encode() + b"\xff\n", "x")
    assert text == "Russia’s “quote”.\n\ufffd\n"
    assert warnings == ["1 undecodable byte replaced by U+FFFD"]
