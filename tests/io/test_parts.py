"""A batch cut into parts for a cluster (`tasscli.io.parts`) reads exactly what `read_inputs` reads:
the same pages, sources, warnings and failures, in the same order; a big zip is cut into ranges
of members, a tar never. No dask needed here (tests/api/test_dask.py runs the parts on a cluster)."""
from __future__ import annotations

import io
import re
import tarfile
import zipfile
from pathlib import Path
from typing import List

import pytest
from paths import SAMPLES

from tasscli.io.parts import plan, read_bytes, read_part
from tasscli.io.readers import Page, read_inputs


def key(item):
    """What a reader gives of an item: a page's source, text and warnings; a failure's source and
    reason (file_no, a counter for the summary, is left aside)."""
    return item[:3] if isinstance(item, Page) else item[:2]


def items_of_parts(paths: List[str], part_pages: int, glob: str = "*.txt", nested: bool = False):
    parts = plan(paths, glob, part_pages, nested)
    return parts, [key(item) for part in parts for item in read_part(part, glob, nested=nested)]


def items_of_inputs(paths: List[str], glob: str = "*.txt", nested: bool = False):
    return [key(item) for item in read_inputs(paths, glob, nested=nested)]


def zip_of(path: Path, files: List[Path], prefix: str = "pages/") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{prefix}", "")  # a folder entry: skipped, yet it counts in the index
        for file in files:
            archive.write(file, prefix + file.name)
        archive.writestr(".hidden.txt", "hidden")
        archive.writestr("notes.md", "not a page")
    return path


@pytest.fixture
def tree(tmp_path) -> Path:
    """A folder of pages, zips (one big, one inside a subfolder), a tar.gz, a corrupt zip, a file of
    two pages, a cp1251 page and a zip holding another zip (for --nested)."""
    samples = sorted(SAMPLES.glob("*.txt"))
    root = tmp_path / "tree"
    (root / "sub" / "deeper").mkdir(parents=True)
    for file in samples[:5]:
        (root / file.name).write_bytes(file.read_bytes())
    zip_of(root / "big.zip", samples)
    zip_of(root / "sub" / "small.zip", samples[5:8])
    with tarfile.open(root / "sub" / "pages.tar.gz", "w:gz") as archive:
        for file in samples[8:12]:
            archive.add(file, f"t/{file.name}")
    (root / "sub" / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "sub" / "deeper" / "two.txt").write_text(
        samples[0].read_text(encoding="utf-8") + "\f" + samples[1].read_text(encoding="utf-8"), encoding="utf-8")
    (root / "sub" / "deeper" / "ru.txt").write_bytes(
        "МОСКВА, 3 июня. /ТАСС/. Правительство обсудило бюджет на следующий год.\n".encode("cp1251"))
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.write(samples[12], "inner/" + samples[12].name)
    with zipfile.ZipFile(root / "sub" / "outer.zip", "w") as archive:
        archive.writestr("inner.zip", inner.getvalue())
        archive.write(samples[13], samples[13].name)
    return root


@pytest.mark.parametrize("part_pages", [1, 7, 1000])
@pytest.mark.parametrize("nested", [False, True])
def test_parts_read_what_read_inputs_reads(tree, part_pages, nested):
    paths = [str(tree), str(tree / "big.zip"), str(tree / "sub" / "pages.tar.gz"), str(tree / "missing.txt"),
             str(tree / "sub" / "broken.zip")]
    parts, items = items_of_parts(paths, part_pages, nested=nested)
    assert items == items_of_inputs(paths, nested=nested)
    if part_pages == 7:
        zip_ranges = [unit for part in parts for unit in part if unit.kind == "zip"]
        assert len(zip_ranges) >= 2 * 13  # the big zip, named and found in the folder, cut in ranges
        assert any(unit.kind == "input" and unit.path.endswith("pages.tar.gz") for part in parts for unit in part)


def test_a_big_zip_is_cut_into_ranges_of_members_and_reads_the_same(tmp_path):
    big = zip_of(tmp_path / "big.zip", sorted(SAMPLES.glob("*.txt")))
    parts, items = items_of_parts([str(big)], 16)
    assert [[(unit.kind, unit.start, unit.stop) for unit in part] for part in parts][:2] == [
        [("zip", 0, 16)], [("zip", 16, 32)]]
    assert items == items_of_inputs([str(big)])
    # A file of TASS stories run on one after another is read as several pages ("NAME.txt#2").
    assert len({re.sub(r"#\d+$", "", item[0]) for item in items}) == len(list(SAMPLES.glob("*.txt")))


@pytest.mark.parametrize("glob", ["*.md", "nothing*"])
def test_a_zip_with_no_member_to_read_is_left_whole_and_reports_as_convert_does(tmp_path, glob):
    big = zip_of(tmp_path / "big.zip", sorted(SAMPLES.glob("*.txt"))[:20])
    parts, items = items_of_parts([str(big)], 3, glob)
    assert items == items_of_inputs([str(big)], glob)
    if glob == "nothing*":
        assert [unit.kind for part in parts for unit in part] == ["input"]
        assert items == [(str(big), f"no member matches {glob}")]


def test_a_folder_of_zips_is_cut_into_ranges(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    zip_of(folder / "a.zip", sorted(SAMPLES.glob("*.txt"))[:30])
    zip_of(folder / "b.zip", sorted(SAMPLES.glob("*.txt"))[30:])
    (folder / "c.zip").write_bytes(b"PK\x03\x04 broken")
    parts, items = items_of_parts([str(folder)], 10)
    assert items == items_of_inputs([str(folder)])
    assert len(parts) >= 9 and parts[-1][-1] == ("file", str(folder / "c.zip"), False, 0, 0, "")


def test_a_folder_of_archives_only_is_read_whole(tmp_path):
    folder = tmp_path / "zips"
    folder.mkdir()
    zip_of(folder / "a.zip", [], prefix="x/")
    parts, items = items_of_parts([str(folder)], 5)
    assert [unit.kind for part in parts for unit in part] == ["input"]
    assert items == items_of_inputs([str(folder)])
    assert "no file matches" in items[0][1]


def test_standard_input_cannot_be_planned():
    with pytest.raises(ValueError, match="standard input"):
        plan(["-"])


@pytest.mark.parametrize("name", ["big.zip", "sub/pages.tar.gz", "sub/broken.zip", "sub/deeper/ru.txt",
                                  "sub/deeper/two.txt", "sub/outer.zip"])
@pytest.mark.parametrize("nested", [False, True])
def test_read_bytes_reads_a_file_in_memory_as_read_inputs_reads_it_on_disk(tree, name, nested):
    path = tree / name
    got = [key(item) for item in read_bytes(str(path), path.read_bytes(), nested=nested)]
    assert got == items_of_inputs([str(path)], nested=nested)


def test_read_bytes_of_a_gz_page(tmp_path):
    import gzip

    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress((SAMPLES / "tass_fullpage_1.txt").read_bytes()))
    assert [key(i) for i in read_bytes(str(path), path.read_bytes())] == items_of_inputs([str(path)])
