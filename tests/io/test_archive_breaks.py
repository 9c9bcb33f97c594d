"""Issue 18.1: an archive or compressed stream that ends early is one error for its source, naming the
member (or page) it broke in, with every page before the break kept, and exit status 1; never 0.

The sweep cuts archives of the sample pages every few hundred bytes; every archive is built here."""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tarfile
import zipfile
import zlib

import paths
import pytest
from click.testing import CliRunner
from pages import page

from tasscli.cli.main import main
from tasscli.io.readers import Failure, Page, read_inputs

SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))[:10]
CUTS = 24  # cuts per archive kind, spread over its length


def sample_members():
    return {f"pages/{path.name}": path.read_bytes() for path in SAMPLES}


def tar_bytes(members, mode="w"):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=tarfile.PAX_FORMAT) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def available(kind, data):
    """How many bytes of the uncompressed stream a truncated `data` can still give."""
    if kind == "tar":
        return len(data)
    decompressor = {"gz": lambda: zlib.decompressobj(31), "bz2": bz2.BZ2Decompressor,
                    "xz": lzma.LZMADecompressor}[kind]()
    try:
        return len(decompressor.decompress(data))
    except (OSError, EOFError, zlib.error, lzma.LZMAError):
        return 0


def tar_ends(raw):
    """(name, end of its data in the uncompressed tar) for each member."""
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
        return [(m.name, m.offset_data + m.size) for m in archive.getmembers()]


def convert(path, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["convert", str(path), "-o", str(out), "--jobs", "1", "-q"])
    records = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    errors = [line for line in result.stderr.splitlines() if line.startswith("tasscli: ")]
    return result.exit_code, {record["source"] for record in records}, errors


def cuts(length):
    step = max(1, length // CUTS)
    return range(step // 2, length, step)


TAR_KINDS = [("t.tar", "w", "tar", None), ("t.tar.gz", "w", "gz", gzip.compress),
             ("t.tar.bz2", "w", "bz2", bz2.compress), ("t.tar.xz", "w", "xz", lzma.compress)]


@pytest.mark.parametrize("name,mode,kind,compress", TAR_KINDS)
def test_every_cut_of_a_tar_is_one_error_and_keeps_the_pages_before(tmp_path, name, mode, kind, compress):
    raw = tar_bytes(sample_members())
    data = compress(raw) if compress else raw
    ends = tar_ends(raw)
    # A plain tar also cut exactly between members, where only the missing end marker tells.
    extra = [end + (-end % 512) for _, end in ends[:4]] if kind == "tar" else []
    path = tmp_path / name
    # Past a plain tar's two end blocks only padding is left, which a writer may leave out.
    whole = max(end for _, end in ends) + (-max(end for _, end in ends) % 512) + 1024
    for cut in [*cuts(len(data)), *extra]:
        if kind == "tar" and cut >= whole:
            continue
        path.write_bytes(data[:cut])
        status, found, errors = convert(path, tmp_path)
        assert status == 1, (cut, errors)
        assert len(errors) == 1, (cut, errors)
        have = available(kind, data[:cut])
        before = {f"{path}!{member}" for member, end in ends if end <= have - 512 * (kind == "tar")}
        assert before <= found, (cut, sorted(before - found))
        assert errors[0].startswith(f"tasscli: {path}"), errors


def test_every_cut_of_a_zip_is_one_error_and_keeps_the_pages_before(tmp_path):
    data = zip_bytes(sample_members())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    ends = [(info.filename, info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size)
            for info in infos]
    path = tmp_path / "t.zip"
    for cut in cuts(len(data)):
        path.write_bytes(data[:cut])
        status, found, errors = convert(path, tmp_path)
        assert status == 1, (cut, errors)
        assert len(errors) == 1, (cut, errors)
        before = {f"{path}!{member}" for member, end in ends if end <= cut}
        assert before <= found, (cut, sorted(before - found))


@pytest.mark.parametrize("suffix,compress", [(".gz", gzip.compress), (".bz2", bz2.compress),
                                             (".xz", lzma.compress)])
def test_every_cut_of_a_compressed_file_is_one_error_after_the_pages_before(tmp_path, suffix, compress):
    text = "".join(page(i) for i in range(400)).encode()
    data = compress(text)
    path = tmp_path / f"big.txt{suffix}"
    for index, cut in enumerate(cuts(len(data))):
        path.write_bytes(data[:cut])
        found = list(read_inputs([str(path)]))
        failures = [item for item in found if isinstance(item, Failure)]
        assert len(failures) == 1 and found[-1] is failures[0], cut
        pages = [item for item in found if isinstance(item, Page)]
        assert [item.text for item in pages] == [page(i) for i in range(len(pages))]
        whole = available(suffix[1:], data[:cut])
        assert sum(len(item.text) for item in pages) + len(page(0)) * 3 >= whole, cut
        assert failures[0].source == (f"{path}#{len(pages) + 1}" if pages else str(path))
        if index % 4 == 0:
            status, found, errors = convert(path, tmp_path)
            assert status == 1 and len(errors) == 1, (cut, errors)
            assert found == {item.source for item in pages}


def nested_zip(inner_name, inner):
    return zip_bytes({"a.txt": page(1).encode(), inner_name: inner, "z.txt": page(2).encode()})


@pytest.mark.parametrize("inner_name", ["in.tar.gz", "in.zip", "in.tar.xz"])
def test_a_truncated_archive_inside_an_archive_is_one_error(tmp_path, inner_name):
    members = {f"p/{i}.txt": page(i).encode() for i in range(30)}
    inner = zip_bytes(members) if inner_name.endswith(".zip") else tar_bytes(
        members, "w:gz" if inner_name.endswith("gz") else "w:xz")
    path = tmp_path / "outer.zip"
    for cut in (len(inner) // 3, len(inner) // 2, len(inner) - 30):
        path.write_bytes(nested_zip(inner_name, inner[:cut]))
        found = list(read_inputs([str(path)], nested=True))
        failures = [item for item in found if isinstance(item, Failure)]
        assert len(failures) == 1, (cut, failures)
        assert failures[0].source.startswith(f"{path}!{inner_name}")
        sources = [item.source for item in found]
        assert sources[0] == f"{path}!a.txt" and sources[-1] == f"{path}!z.txt"
        assert f"{path}!{inner_name}!p/0.txt" in sources


def test_a_truncated_outer_tar_around_a_nested_tar_is_one_error(tmp_path):
    inner = tar_bytes({f"p/{i}.txt": page(i).encode() for i in range(40)})
    outer = tar_bytes({"a.txt": page(1).encode(), "in.tar": inner, "z.txt": page(2).encode()}, "w")
    data = gzip.compress(outer)
    path = tmp_path / "outer.tar.gz"
    for cut in (len(data) // 3, len(data) // 2, len(data) * 3 // 4):
        path.write_bytes(data[:cut])
        found = list(read_inputs([str(path)], nested=True))
        failures = [item for item in found if isinstance(item, Failure)]
        assert len(failures) == 1, (cut, failures)
        assert found[0].source == f"{path}!a.txt"


def test_the_issue_case_a_cut_tar_gz_is_never_exit_0(tmp_path):
    # The issue's case: a compressed tar cut where the gzip stream holds whole members only.
    members = {f"d/{i:03d}.txt": page(i).encode() for i in range(60)}
    raw = tar_bytes(members)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    half = raw[: raw.index(b"d/030.txt")]
    data = compressor.compress(half) + compressor.flush(zlib.Z_FULL_FLUSH)
    path = tmp_path / "t.tgz"
    path.write_bytes(data)
    status, found, errors = convert(path, tmp_path)
    assert status == 1 and len(errors) == 1, errors
    assert f"{path}!d/000.txt" in found
