"""The registry of archive and compression kinds (`tasscli.io.kinds`): a name's kind is its longest
registered suffix, and a new kind is one registered entry and its reader, nothing else: the walk,
the glob, `--nested`, output names and the Dask parts all take it from the registry."""
import contextlib
import gzip
import io
import re
import zipfile
import zlib

import pytest
from pages import page

from tasscli.io import kinds
from tasscli.io.parts import plan, read_part
from tasscli.io.readers import Failure, Page, output_name, read_inputs


@pytest.mark.parametrize("name, kind", [
    ("a.zip", "zip"), ("a.tar", "tar"), ("a.tar.gz", "tar"), ("A.TGZ", "tar"), ("a.tar.xz", "tar"),
    ("a.txz", "tar"), ("a.tbz2", "tar"), ("a.gz", "gzip"), ("a.txt.bz2", "bzip2"), ("a.xz", "xz"),
    ("a.txt", None), ("a.tgz.txt", None), ("tar", None),
])
def test_a_name_is_of_the_kind_of_its_longest_registered_suffix(name, kind):
    found = kinds.kind_of(name)
    assert (found and found.name) == kind
    assert kinds.compression(name) == (name.lower()[name.rfind("."):] if kind in ("gzip", "bzip2", "xz") else None)


# --- a toy archive kind: `@@ NAME` lines, each starting a member ---------------------------------------


def toy_members(source, visit):
    """The whole reader of the toy kind: members and their bytes; a `@@!` line breaks the archive."""
    data = open(source, "rb").read() if isinstance(source, str) else source.read()
    pieces = re.split(rb"^@@(!?) ?(.*)\n", data, flags=re.M)
    for broken, name, body in zip(pieces[1::3], pieces[2::3], pieces[3::3]):
        if broken:
            yield visit.failure("the toy archive breaks here")
            return
        name = name.decode()
        if visit.skips(name):
            continue
        yield from visit.member(name, lambda body=body: contextlib.nullcontext(io.BytesIO(body)))


def toy(*members):
    return b"".join(b"@@ " + name.encode() + b"\n" + body for name, body in members)


@pytest.fixture
def toy_kind():
    kind = kinds.Archive("toy", (".toy",), toy_members)
    kinds.register(kind)
    yield kind
    kinds.unregister(kind)


def test_a_registered_archive_kind_is_read_with_nothing_else_changed(tmp_path, toy_kind):
    path = tmp_path / "x.toy"
    path.write_bytes(toy(("a.txt", page(1).encode()), ("notes.json", b"{}"), (".hidden.txt", page(2).encode()),
                         ("d/b.txt.gz", gzip.compress(page(3).encode()))))
    found = list(read_inputs([str(path)]))
    assert [(item.source, item.text) for item in found] == [
        (f"{path}!a.txt", page(1)), (f"{path}!d/b.txt.gz", page(3))]  # glob, hidden, decompression
    assert output_name(found[1].source) == f"{str(path).lstrip('/')}/d/b.json"
    # A folder walk picks it up among the archives.
    assert [item.source for item in read_inputs([str(tmp_path)])] == [f"{path}!a.txt", f"{path}!d/b.txt.gz"]


def test_a_registered_kind_nests_and_breaks_as_the_built_in_ones_do(tmp_path, toy_kind):
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("in.toy", toy(("p.txt", page(1).encode())) + b"@@! broken\n" + toy(("q.txt", b"x")))
    nested = list(read_inputs([str(outer)], nested=True))
    assert [(type(item), item.source) for item in nested] == [(Page, f"{outer}!in.toy!p.txt"),
                                                              (Failure, f"{outer}!in.toy")]
    assert nested[0].text == page(1) and nested[1].reason == "the toy archive breaks here"
    flat = list(read_inputs([str(outer)]))
    assert [type(item) for item in flat] == [Failure] and "not opened without --nested" in flat[0].reason


def test_a_registered_kind_is_read_the_same_in_dask_parts(tmp_path, toy_kind):
    (tmp_path / "a.txt").write_text(page(1), encoding="utf-8")
    (tmp_path / "b.toy").write_bytes(toy(("p.txt", page(2).encode()), ("q.txt", page(3).encode())))
    whole = [item[:3] for item in read_inputs([str(tmp_path)])]  # file_no, a counter, left aside
    parts = plan([str(tmp_path)], part_pages=1)
    assert len(parts) == 2 and [item[:3] for part in parts for item in read_part(part)] == whole
    assert [text for _, text, _ in whole] == [page(1), page(2), page(3)]


def test_without_its_entry_the_kind_is_a_plain_page_file(tmp_path):
    path = tmp_path / "x.toy"
    path.write_bytes(toy(("a.txt", b"text")))
    assert kinds.kind_of("x.toy") is None
    assert [(item.source, item.text) for item in read_inputs([str(path)])] == [(str(path), "@@ a.txt\ntext")]


# --- a toy compression kind: zlib's own stream -----------------------------------------------------


@pytest.fixture
def zlib_kind():
    kind = kinds.Compression("zlib", (".zz",), lambda stream: io.BytesIO(zlib.decompress(stream.read())))
    kinds.register(kind)
    yield kind
    kinds.unregister(kind)


def test_a_registered_compression_is_decompressed_matched_and_named_as_the_built_in_ones(tmp_path, zlib_kind):
    (tmp_path / "p.txt.zz").write_bytes(zlib.compress(page(1).encode()))
    found = list(read_inputs([str(tmp_path)]))  # the glob *.txt matches p.txt.zz as p.txt
    assert [(type(item), item.source, item.text) for item in found] == [(Page, f"{tmp_path}/p.txt.zz", page(1))]
    assert found[0].outname == f"{str(tmp_path).lstrip('/')}/p.json"
