"""`--nested`: archives inside archives, opened only when asked, to `MAX_NESTED` levels."""
from __future__ import annotations

import io
import json
import tarfile
import zipfile

from click.testing import CliRunner
from pages import page

from tasscli.cli.main import main
from tasscli.io.readers import MAX_NESTED, Failure, Page, read_inputs


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data.encode() if isinstance(data, str) else data)
    return buffer.getvalue()


def tar_gz_bytes(members):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            data = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def items(path, **kwargs):
    return [(type(item).__name__, item.source) for item in read_inputs([str(path)], **kwargs)]


def test_zip_in_zip(tmp_path):
    inner = zip_bytes({"dir/page.txt": page(1)})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_bytes({"inner.zip": inner, "a.txt": page(2)}))
    assert items(outer, nested=True) == [("Page", f"{outer}!inner.zip!dir/page.txt"), ("Page", f"{outer}!a.txt")]
    result = CliRunner().invoke(main, ["parse", "--nested", str(outer)])
    assert result.exit_code == 0, result.output
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [f"{outer}!inner.zip!dir/page.txt", f"{outer}!a.txt"]


def test_tar_gz_in_zip_and_zip_in_tar_gz(tmp_path):
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_bytes({"inner.tar.gz": tar_gz_bytes({"p/page.txt": page(1), "p/x.zip": zip_bytes(
        {"deep.txt": page(2)})})}))
    assert items(outer, nested=True) == [("Page", f"{outer}!inner.tar.gz!p/page.txt"),
                                         ("Page", f"{outer}!inner.tar.gz!p/x.zip!deep.txt")]
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", "--nested", "-q", str(outer), "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        f"{str(outer).lstrip('/')}/inner.tar.gz/p/page.json",
        f"{str(outer).lstrip('/')}/inner.tar.gz/p/x.zip/deep.json"]


def test_depth_limit(tmp_path):
    data = zip_bytes({"page.txt": page(0)})
    names = []
    for level in range(MAX_NESTED + 1):  # MAX_NESTED + 1 archives inside the outer one
        name = f"l{level}.zip"
        names.append(name)
        data = zip_bytes({name: data, f"p{level}.txt": page(level)})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(data)
    got = items(outer, nested=True)
    # outer.zip!l3.zip!l2.zip!l1.zip!l0.zip: l0.zip is one level too deep, one failure, not opened
    assert got[0] == ("Failure", f"{outer}!" + "!".join(reversed(names)))
    assert [source for kind, source in got if kind == "Page"] == [
        f"{outer}!" + "!".join(reversed(names[level + 1:])) + f"!p{level}.txt" for level in range(MAX_NESTED)
    ] + [f"{outer}!p{MAX_NESTED}.txt"]
    failure = next(item for item in read_inputs([str(outer)], nested=True) if isinstance(item, Failure))
    assert f"nested more than {MAX_NESTED} levels" in failure.reason


def test_corrupt_inner_archive_is_one_error_and_the_batch_goes_on(tmp_path):
    good = zip_bytes({"page.txt": page(1)})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_bytes({"bad.zip": b"PK\x03\x04 not a zip at all", "bad.tar.gz": good[:40],
                                 "good.zip": good, "a.txt": page(2)}))
    got = list(read_inputs([str(outer)], nested=True))
    failures = [item for item in got if isinstance(item, Failure)]
    assert [item.source for item in failures] == [f"{outer}!bad.zip", f"{outer}!bad.tar.gz"]
    assert failures[0].reason.startswith("corrupt zip archive")
    assert [item.source for item in got if isinstance(item, Page)] == [f"{outer}!good.zip!page.txt", f"{outer}!a.txt"]
    result = CliRunner().invoke(main, ["parse", "--nested", str(outer)])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 2 and "Traceback" not in result.output
    assert len(result.stdout.splitlines()) == 2


def test_nested_zip_is_held_to_the_page_limit(tmp_path):
    inner = zip_bytes({"page.txt": page(1) + "x" * 5000})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_bytes({"inner.zip": inner, "a.txt": page(2)}))
    got = list(read_inputs([str(outer)], nested=True, max_page=len(inner) - 1))
    assert isinstance(got[0], Failure) and "larger than" in got[0].reason
    assert isinstance(got[1], Page) and got[1].source == f"{outer}!a.txt"


def test_default_does_not_follow(tmp_path):
    inner = zip_bytes({"page.txt": page(1)})
    outer = tmp_path / "outer.zip"
    outer.write_bytes(zip_bytes({"inner.zip": inner, "inner.tar.gz": tar_gz_bytes({"t.txt": page(3)}),
                                 "a.txt": page(2)}))
    # Not opened, but never silently: each is reported with the option that opens it (issue 19.8).
    assert items(outer) == [("Failure", f"{outer}!inner.zip"), ("Failure", f"{outer}!inner.tar.gz"),
                            ("Page", f"{outer}!a.txt")]
    result = CliRunner().invoke(main, ["parse", str(outer)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"tasscli: {outer}!{name}: an archive inside an archive; not opened without --nested"
        for name in ("inner.zip", "inner.tar.gz")]
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [f"{outer}!a.txt"]
