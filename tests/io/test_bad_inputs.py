"""Issue 7: hostile input to the readers, through the commands: bad files (section 2), bad archives
(section 3) and the batch invariant (section 7): every bad input is a record or one error line naming
it, and the batch goes on. The other sections' tests are with the parts they test (tests/hostile.py
lists them).

Bounds chosen here, as guards far above what is measured (the README's "Errors and exit statuses"):

- a 50 MB file holding one line: done within `BIG_LINE_SECONDS` and `BIG_LINE_RSS_MB` of peak memory
  (resident set of the tasscli process), with a record or a one-line error;
- a decompression bomb (a member that inflates to 2 GiB): stopped and reported, the batch going on,
  within `BOMB_SECONDS`, under an address-space cap of `BOMB_ADDRESS_SPACE_MB`.
"""
from __future__ import annotations

import base64
import functools
import gzip
import io
import os
import re
import resource
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hostile import HEADLINE, HOSTILE_PAGE, PAGE, PLAIN_PAGE, cli, error_lines, records, write

BIG_LINE_SECONDS = 30
BIG_LINE_RSS_MB = 256
BOMB_SECONDS = 120  # a guard against a run that never stops, not a speed test (17 s seen under load)
BOMB_ADDRESS_SPACE_MB = 1024


# --- helpers ---------------------------------------------------------------------------------------


def tasscli(*args, timeout=120, **kwargs):
    """The real program in a subprocess (bytes in, bytes out)."""
    return subprocess.run([sys.executable, "-m", "tasscli", *[str(arg) for arg in args]],
                          capture_output=True, timeout=timeout, **kwargs)


def assert_one_line_error_or_record(result, bad, good):
    """The batch contract for one bad input followed by a good page: the good page still comes
    out, the bad one is a record or one `tasscli: BAD: reason` line, the status says which."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    out = records(result.stdout)
    assert out and out[-1]["source"] == good and out[-1]["headline"] == HEADLINE
    bad_records = [record for record in out if record["source"].startswith(bad)]
    errors = error_lines(result.stderr)
    if errors:
        assert len(errors) == 1, errors
        assert errors[0].startswith(f"tasscli: {bad}: ")
        assert not bad_records
        assert result.exit_code == 1
    else:
        assert bad_records
        assert result.exit_code == 0
    return bad_records, errors


@pytest.fixture
def good(tmp_path):
    return write(tmp_path / "zz-good.txt", PAGE)


# --- 2. bad files ----------------------------------------------------------------------------------


def test_empty_file(tmp_path, good):
    bad = write(tmp_path / "empty.txt", b"")
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    for record in bad_records:  # an empty page invents nothing
        assert not record["headline"] and not record["body"]


def test_whitespace_only_file(tmp_path, good):
    bad = write(tmp_path / "blank.txt", b" \n\t\n\r\n \f \n")
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    for record in bad_records:
        assert not record["headline"] and not record["body"]


def test_binary_file_with_nul_bytes(tmp_path, good):
    bad = write(tmp_path / "binary.txt", bytes(range(256)) * 64 + b"\x00" * 4096)
    result = cli("parse", bad, good)
    _, errors = assert_one_line_error_or_record(result, bad, good)
    assert errors and ("binary" in errors[0] or "not text" in errors[0])


def test_invalid_utf8(tmp_path, good):
    data = PAGE.encode("utf-8")
    cut = data.index(b"riverside park on")
    bad = write(tmp_path / "broken.txt", data[:cut] + b"\xff\xfe\xc3(" + data[cut:])
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    assert len(bad_records) == 1
    assert bad_records[0]["headline"] == HEADLINE
    # Mostly UTF-8: the broken bytes replaced; too few UTF-8 sequences to tell: another encoding.
    # Either way the record says what was done.
    assert any("replaced by U+FFFD" in warning or warning.startswith("decoded as")
               for warning in bad_records[0]["warnings"]), bad_records[0]["warnings"]


def test_utf16_with_bom(tmp_path, good):
    bad = write(tmp_path / "utf16.txt", PAGE.encode("utf-16"))
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    assert len(bad_records) == 1
    assert bad_records[0]["headline"] == HEADLINE
    assert "decoded as utf-16" in bad_records[0]["warnings"]


RUSSIAN = ("Москва, 3 июня. /ТАСС/. Президент России провел совещание с членами правительства "
           "и обсудил с ними ход весенних полевых работ в регионах страны.\n")


def test_cp1251(tmp_path, good):
    bad = write(tmp_path / "cp1251.txt", ("Новости\n\n" + RUSSIAN * 3).encode("cp1251"))
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    assert len(bad_records) == 1
    assert "decoded as cp1251" in bad_records[0]["warnings"]
    assert any("Президент России" in text for text in [bad_records[0]["headline"] or "",
                                                       *bad_records[0]["body"]])


def test_mojibake(tmp_path, good):
    """UTF-8 read once as cp1252 and saved again as UTF-8: a record, never a traceback."""
    page = PAGE.replace("park on Tuesday", "park – Zaryadye – on Tuesday")
    mojibake = page.encode("utf-8").decode("cp1252")
    assert "â€“" in mojibake
    bad = write(tmp_path / "mojibake.txt", mojibake)
    bad_records, _ = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    assert len(bad_records) == 1 and bad_records[0]["headline"] == HEADLINE
    assert "park – Zaryadye – on" in bad_records[0]["body"][0]  # repaired by normalization


def _child_rss_mb(args, timeout):
    """Run tasscli in a fresh child; (seconds, peak resident MB of its process tree, result)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "sys.stderr.buffer.write(done.stderr)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " done.returncode, len(done.stdout), done.stdout[:2000].decode('utf-8', 'replace').split('\\n')[0])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "tasscli", *args],
                            capture_output=True, timeout=timeout, text=True)
    seconds, rss_kb, status, size, first = result.stdout.split(" ", 4)
    return float(seconds), int(rss_kb) / 1024, int(status), int(size), first, result.stderr


BIG_LINE_KINDS = [
    pytest.param("base64", id="base64-blob"),
    pytest.param("words", id="words"),
]


@pytest.mark.parametrize("kind", BIG_LINE_KINDS)
def test_50mb_single_line_bounded_time_and_memory(tmp_path, kind):
    size = 50 * 1000 * 1000
    path = tmp_path / "oneline.txt"
    if kind == "base64":
        blob = base64.b64encode(os.urandom(size * 3 // 4))[:size]
    else:
        blob = (b"word " * (size // 5))[:size]
    path.write_bytes(blob + b"\n")
    seconds, rss_mb, status, _, first, stderr = _child_rss_mb(["parse", "--format", "jsonl", str(path)],
                                                              timeout=BIG_LINE_SECONDS * 4)
    assert "Traceback" not in stderr
    assert status in (0, 1)
    if status == 1:
        assert len(error_lines(stderr)) == 1 and error_lines(stderr)[0].startswith(f"tasscli: {path}")
    else:
        assert first.startswith('{"source":') and str(path) in first
    assert seconds < BIG_LINE_SECONDS, f"{seconds:.1f} s"
    assert rss_mb < BIG_LINE_RSS_MB, f"{rss_mb:.0f} MB"


def test_100000_lines_of_furniture(tmp_path, good):
    furniture = ["Back to Main page", "All news", "Share", "Tags", "Read also", "World",
                 "June 03, 19:06 UTC+3", "© Ivan Petrov/TASS", "{{element.title}}", "Currency converter", ""]
    text = " date 2017-06-03 \n" + "\n".join(furniture[i % len(furniture)] for i in range(100_000)) + "\n"
    bad = write(tmp_path / "furniture.txt", text)
    start = time.perf_counter()
    result = cli("parse", bad, good)
    assert time.perf_counter() - start < 15
    bad_records, _ = assert_one_line_error_or_record(result, bad, good)
    assert len(bad_records) == 1
    assert bad_records[0]["body"] == [] and bad_records[0]["headline"] is None


def test_nonexistent_path(tmp_path, good):
    bad = str(tmp_path / "no-such-page.txt")
    result = cli("parse", bad, good)
    _, errors = assert_one_line_error_or_record(result, bad, good)
    assert errors and "no such file" in errors[0].lower()


def test_folder_with_no_pages(tmp_path, good):
    folder = tmp_path / "nothing-here"
    (folder / "sub").mkdir(parents=True)
    write(folder / "notes.doc", "not a page")
    write(folder / ".hidden.txt", PAGE)
    result = cli("parse", folder, good)
    _, errors = assert_one_line_error_or_record(result, str(folder), good)
    assert errors and "no file" in errors[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway: "
                    "test_unreadable_file_simulated covers the case with a file root cannot read")
def test_unreadable_file_chmod_000(tmp_path, good):
    bad = write(tmp_path / "locked.txt", PAGE)
    os.chmod(bad, 0)
    result = cli("parse", bad, good)
    _, errors = assert_one_line_error_or_record(result, bad, good)
    assert errors and "permission denied" in errors[0].lower()


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_unreadable_file_simulated(tmp_path, good):
    """/proc/self/mem opens but every read at offset 0 fails (EIO), for root too; a link to it
    named like a page stands for a page on a failing disk, or one root cannot read."""
    folder = tmp_path / "pages"
    folder.mkdir()
    os.symlink("/proc/self/mem", folder / "failing.txt")
    write(folder / "zz-good.txt", PAGE)
    bad = str(folder / "failing.txt")
    result = cli("parse", bad, str(folder / "zz-good.txt"))
    _, errors = assert_one_line_error_or_record(result, bad, str(folder / "zz-good.txt"))
    assert errors and "error" in errors[0].lower()
    # The same file met in a folder walk is one error among the pages.
    result = cli("parse", folder)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [error for error in error_lines(result.stderr) if "failing.txt" in error]
    assert [record["source"] for record in records(result.stdout)] == [str(folder / "zz-good.txt")]


def test_symlink_loop(tmp_path, good):
    folder = tmp_path / "loops"
    folder.mkdir()
    os.symlink("b.txt", folder / "a.txt")  # a.txt -> b.txt -> a.txt
    os.symlink("a.txt", folder / "b.txt")
    os.symlink(".", folder / "again")  # a folder that contains itself
    write(folder / "page.txt", PAGE)
    # Named directly: one error.
    bad = str(folder / "a.txt")
    _, errors = assert_one_line_error_or_record(cli("parse", bad, good), bad, good)
    assert errors and "symbolic links" in errors[0].lower()
    # In a folder walk: the loops are skipped, the page is read once.
    result = cli("parse", folder)
    assert "Traceback" not in result.output
    assert [record["source"] for record in records(result.stdout)] == [str(folder / "page.txt")]


def test_filename_that_is_not_utf8_gives_valid_output(tmp_path, good):
    """A file name with bytes that are not UTF-8 (os.fsdecode gives lone surrogates)."""
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    write(tmp_path / name, PAGE)
    result = tasscli("parse", "--format", "jsonl", str(tmp_path / name), good)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")  # strict: the output is UTF-8
    assert [record["headline"] for record in records(text)] == [HEADLINE, HEADLINE]
    # Each byte that is not UTF-8 is named as `\xNN`, as `ls -b` shows it.
    assert records(text)[0]["source"] == str(tmp_path / "caf\\xe9-\\xff.txt")


# --- 3. bad archives -------------------------------------------------------------------------------


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data, compression)
    return buffer.getvalue()


def tar_gz_bytes(members):
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_truncated_gzip(tmp_path, good):
    data = gzip.compress((PLAIN_PAGE * 400).encode())
    bad = write(tmp_path / "cut.txt.gz", data[: len(data) // 2])
    result = cli("parse", bad, good)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = error_lines(result.stderr)
    assert len(errors) == 1 and errors[0].startswith(f"tasscli: {bad}") and "corrupt" in errors[0]
    assert records(result.stdout)[-1]["source"] == good


def test_corrupt_zip(tmp_path, good):
    page = PAGE.encode()
    data = bytearray(zip_bytes({"a.txt": page, "b.txt": page}))
    start = data.index(b"a.txt") + len("a.txt")  # the first member's compressed data
    data[start + 10: start + 40] = b"\x00" * 30
    bad = write(tmp_path / "corrupt.zip", bytes(data))
    garbage = write(tmp_path / "garbage.zip", b"PK\x03\x04" + os.urandom(300))
    result = cli("parse", bad, garbage, good)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = error_lines(result.stderr)
    assert len(errors) == 2
    assert errors[0].startswith(f"tasscli: {bad}!a.txt: ")
    assert errors[1].startswith(f"tasscli: {garbage}: ")
    assert [record["source"] for record in records(result.stdout)] == [f"{bad}!b.txt", good]


def test_truncated_tar(tmp_path, good):
    page = PAGE.encode()
    data = tar_gz_bytes({"p1.txt": page, "p2.txt": page + os.urandom(20000), "p3.txt": page})
    bad = write(tmp_path / "cut.tar.gz", data[: len(data) * 2 // 3])
    result = cli("parse", bad, good)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = error_lines(result.stderr)
    assert errors and all(error.startswith(f"tasscli: {bad}") for error in errors)
    sources = [record["source"] for record in records(result.stdout)]
    assert sources[0] == f"{bad}!p1.txt" and sources[-1] == good


@pytest.mark.parametrize("member", ["../../x.txt", "/etc/x.txt", "a/../../../x.txt", "..\\..\\x.txt",
                                    "C:/Windows/x.txt"])
def test_zip_member_path_traversal_lands_inside_output_folder(tmp_path, member):
    work = tmp_path / "work"
    work.mkdir()
    archive = write(work / "evil.zip", zip_bytes({member: PAGE.encode(), "ok.txt": PAGE.encode()}))
    out = work / "out"
    result = cli("convert", archive, "-o", f"{out}/", "--jobs", "1", "-q")
    assert result.exit_code == 0, result.output
    made = sorted(path for path in tmp_path.rglob("*") if path.is_file() and path.suffix == ".json")
    assert len(made) == 2
    for path in made:
        assert out.resolve() in path.resolve().parents  # nothing outside the output folder
        assert ".." not in path.relative_to(out).parts
    assert not Path("/etc/x.json").exists()


def test_zip_member_absolute_path_lands_inside_output_folder(tmp_path):
    out = tmp_path / "out"
    archive = write(tmp_path / "abs.zip", zip_bytes({"/etc/x.txt": PAGE.encode()}))
    result = cli("convert", archive, "-o", f"{out}/", "--jobs", "1", "-q")
    assert result.exit_code == 0, result.output
    made = [path for path in out.rglob("*.json")]
    assert len(made) == 1 and made[0].name == "x.json"
    assert made[0].relative_to(out).parts[-2:] == ("etc", "x.json")


def _deflate_bomb(total, wbits):
    """Deflate data inflating to `total` bytes of page-like lines, made in a blink: a full flush
    after each MiB makes every MiB compress to the same bytes, so one is compressed and repeated."""
    chunk = (b"The minister said the talks would go on and on and on.".ljust(63) + b"\n") * 16384
    assert len(chunk) == 1 << 20 and total % len(chunk) == 0
    first = zlib.compressobj(9, zlib.DEFLATED, wbits)
    head = first.compress(chunk) + first.flush(zlib.Z_FULL_FLUSH)
    block = first.compress(chunk) + first.flush(zlib.Z_FULL_FLUSH)
    assert block == first.compress(chunk) + first.flush(zlib.Z_FULL_FLUSH)
    crc = _crc_of_repeats(chunk, total // len(chunk))
    tail = first.flush(zlib.Z_FINISH)
    body = head + block * (total // len(chunk) - 1) + tail[:len(tail) - (8 if wbits > 15 else 0)]
    return body, crc


@functools.cache
def _crc_of_repeats(chunk, times):
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return crc


def gzip_bomb(total):
    body, crc = _deflate_bomb(total, 31)
    return body + struct.pack("<II", crc, total & 0xFFFFFFFF)


def zip_bomb(total, name, extra):
    """A zip with `name` inflating to `total` bytes, then the members of `extra` (stored)."""
    data, crc = _deflate_bomb(total, -15)
    raw = name.encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), total,
                        len(raw), 0) + raw
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(data), total,
                          len(raw), 0, 0, 0, 0, 0, 0) + raw
    out = io.BytesIO()
    out.write(local + data)
    offsets = [(0, central)]
    for extra_name, extra_data in extra.items():
        raw = extra_name.encode()
        offset = out.tell()
        crc = zlib.crc32(extra_data)
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0x21, crc, len(extra_data),
                              len(extra_data), len(raw), 0) + raw + extra_data)
        offsets.append((offset, struct.pack("<4s6H3L5H", b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, crc,
                                            len(extra_data), len(extra_data), len(raw), 0, 0, 0, 0)
                        + struct.pack("<2L", 0, offset) + raw))
    start = out.tell()
    for _, entry in offsets:
        out.write(entry)
    size = out.tell() - start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(offsets), len(offsets), size, start, 0))
    return out.getvalue()


def _capped(megabytes):
    def limit():
        cap = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return limit


BOMB = 2 << 30  # 2 GiB inflated, about 2 MB on disk


def test_decompression_bomb_stopped_past_size_limit(tmp_path):
    zipped = write(tmp_path / "bomb.zip", zip_bomb(BOMB, "bomb.txt", {"zz-ok.txt": PAGE.encode()}))
    gzipped = write(tmp_path / "bomb.txt.gz", gzip_bomb(BOMB))
    assert zipfile.ZipFile(zipped).getinfo("bomb.txt").file_size == BOMB
    good = write(tmp_path / "zz-good.txt", PAGE)
    try:
        result = tasscli("convert", zipped, gzipped, good, "-o", tmp_path / "out.jsonl", "--jobs", "1",
                         "-q", timeout=BOMB_SECONDS, preexec_fn=_capped(BOMB_ADDRESS_SPACE_MB))
    except subprocess.TimeoutExpired:
        pytest.fail(f"two bombs not stopped within {BOMB_SECONDS} s")
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "MemoryError" not in stderr
    assert result.returncode == 1
    errors = error_lines(stderr)
    assert [": ".join(error.split(": ")[:2]) for error in errors] == [f"tasscli: {zipped}!bomb.txt",
                                                                      f"tasscli: {gzipped}"]
    assert all(re.search(r"(larger|more) than|limit", error) for error in errors)
    sources = [record["source"] for record in records((tmp_path / "out.jsonl").read_text())]
    assert sources == [f"{zipped}!zz-ok.txt", good]


def test_zip_inside_zip_not_followed(tmp_path):
    inner = zip_bytes({"inner.txt": PAGE.encode()})
    archive = write(tmp_path / "outer.zip", zip_bytes({"inner.zip": inner, "outer.txt": PAGE.encode()}))
    result = cli("parse", archive)
    # not opened, and reported with the option that would open it (issue 19.8)
    assert result.exit_code == 1
    assert result.stderr == f"tasscli: {archive}!inner.zip: an archive inside an archive; not opened without --nested\n"
    assert [record["source"] for record in records(result.stdout)] == [f"{archive}!outer.txt"]
    # Even a glob that matches the inner archive's name does not open it: it is read as a page
    # (not text: one error) or skipped, never walked into.
    result = cli("parse", "--glob", "*", archive)
    assert "inner.txt" not in result.stdout and "Traceback" not in result.output


# --- 7. the batch invariant ------------------------------------------------------------------------


def hostile_batch(root):
    """A batch of known size: (folder, pages in). Each bad input stands for exactly one page."""
    folder = root / "batch"
    page = PAGE.encode()
    pages = 0
    for index in range(5):
        write(folder / f"good{index}.txt", page)
        pages += 1
    write(folder / "many.txt", PAGE * 3)  # three pages, each with a ` date` prefix line
    pages += 3
    write(folder / "empty.txt", b"")
    write(folder / "binary.txt", bytes(range(256)) * 64)
    write(folder / "utf16.txt", PAGE.encode("utf-16"))
    write(folder / "cp1251.txt", ("Новости\n\n" + RUSSIAN).encode("cp1251"))
    write(folder / "escapes\x1b[2J.txt", HOSTILE_PAGE)
    pages += 5
    data = gzip.compress(page * 50)
    write(folder / "sub" / "cut.txt.gz", data[: len(data) // 2])  # some pages, then one error
    pages += _pages_before_cut(data[: len(data) // 2]) + 1
    write(folder / "sub" / "pages.zip", zip_bytes({"a.txt": page, "b.txt": page, "dir/c.txt": page}))
    pages += 3
    corrupt = bytearray(zip_bytes({"x.txt": page, "y.txt": page}))
    start = corrupt.index(b"x.txt") + 5
    corrupt[start + 10: start + 40] = b"\x00" * 30
    write(folder / "sub" / "corrupt.zip", bytes(corrupt))
    pages += 2
    write(folder / "sub" / "garbage.zip", b"PK\x03\x04" + b"\x00" * 200)  # cannot be opened: one
    pages += 1
    write(folder / "sub" / "empty.zip", zip_bytes({}))  # holds no page: nothing
    return folder, pages


def _pages_before_cut(data):
    """How many whole pages a truncated gzip of PAGE * n gives before it breaks off."""
    decompressor = zlib.decompressobj(31)
    text = decompressor.decompress(data).decode("utf-8", "ignore")
    # The last page begun is cut by the error (it counts as the error's page), unless the cut fell
    # exactly at a page start: pages are complete when the next one's prefix line has begun.
    return text.count(" date 2017-06-03") - 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_invariant_records_plus_errors_equals_pages(tmp_path, jobs):
    folder, pages = hostile_batch(tmp_path)
    out = tmp_path / "out"
    errors_file = tmp_path / "errors.jsonl"
    result = cli("convert", folder, "-o", f"{out}/", "--errors", errors_file, "--jobs", jobs, "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    outputs = [path for path in out.rglob("*.json")]
    failures = records(errors_file.read_text())
    assert len(outputs) + len(failures) == pages, (len(outputs), len(failures), pages)
    assert len(error_lines(result.stderr)) == len(failures)
    # The same batch as one JSON Lines file: each page's records share its source.
    result = cli("convert", folder, "-o", tmp_path / "all.jsonl", "--errors", tmp_path / "e2.jsonl",
                 "--jobs", jobs, "-q")
    sources = {record["source"] for record in records((tmp_path / "all.jsonl").read_text())}
    assert len(sources) + len(records((tmp_path / "e2.jsonl").read_text())) == pages


def test_batch_invariant_parse(tmp_path):
    folder, pages = hostile_batch(tmp_path)
    result = cli("parse", folder)
    assert result.exit_code == 1 and "Traceback" not in result.output
    sources = {record["source"] for record in records(result.stdout)}
    assert len(sources) + len(error_lines(result.stderr)) == pages


def test_no_stray_files_left(tmp_path):
    """Reading a hostile batch writes nothing beside the inputs (members are never extracted)."""
    folder, _ = hostile_batch(tmp_path)
    before = sorted(str(path) for path in tmp_path.rglob("*"))
    cli("parse", folder)
    assert sorted(str(path) for path in tmp_path.rglob("*")) == before
