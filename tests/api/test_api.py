"""The public Python API (`tasscli.parse`, `tasscli.read`, `tasscli.records`) gives what the command
line gives: the same records as `tasscli convert`'s JSON Lines, compared record for record on every
sample and every corpus page (the corpus part skips without ../shared), normalized and raw."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Sequence

import pytest
from paths import ROOT, SAMPLES

import tasscli
from tasscli.io.readers import Failure, Page


def cli_jsonl(inputs: Sequence[str], tmp_path: Path, *options: str) -> List[Dict[str, Any]]:
    """`tasscli convert INPUTS -o out.jsonl`, in a real process, as a user runs it."""
    out = tmp_path / "cli.jsonl"
    done = subprocess.run([sys.executable, "-m", "tasscli", "convert", *inputs, "-o", str(out), "--jobs", "1",
                           "-q", *options], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def per_page(inputs: Sequence[str], normalize: bool = True) -> List[Dict[str, Any]]:
    """Every page read by `tasscli.read`, parsed by `tasscli.parse`: the records, reading warnings first."""
    out = []
    for page in tasscli.read(inputs):
        for article in tasscli.parse(page.text, page.source, normalize=normalize):
            record = article.to_dict()
            record["warnings"] = list(page.warnings) + record["warnings"]
            out.append(record)
    return out


def assert_same(api: List[Dict[str, Any]], cli: List[Dict[str, Any]]) -> None:
    assert len(api) == len(cli)
    for mine, theirs in zip(api, cli):
        assert mine == theirs, mine["source"]
        assert list(mine) == list(theirs), mine["source"]  # the keys in the same order too


@pytest.mark.parametrize("normalize", [True, False], ids=["normalized", "raw"])
def test_records_equal_convert_on_every_sample(tmp_path, normalize):
    inputs = [str(SAMPLES)]
    cli = cli_jsonl(inputs, tmp_path, *([] if normalize else ["--raw"]))
    # A file of TASS stories run on one after another is split into pages ("NAME.txt#2"): a file each.
    files = {re.sub(r"#\d+$", "", record["source"]) for record in cli}
    assert len(files) == len(list(SAMPLES.glob("*.txt")))
    assert_same(list(tasscli.records(inputs, normalize=normalize)), cli)
    assert_same(per_page(inputs, normalize), cli)


def test_records_equal_convert_on_every_corpus_page(shared, tmp_path):
    inputs = [str(path) for path in sorted((shared / "corpus").iterdir()) if path.is_dir()]
    cli = cli_jsonl(inputs, tmp_path)
    assert len({record["source"] for record in cli}) == len(list((shared / "corpus").glob("*/*.txt")))
    assert_same(list(tasscli.records(inputs)), cli)
    assert_same(per_page(inputs), cli)


def test_parse_is_normalized_by_default_and_raw_on_request():
    text = (SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8")
    [normalized] = tasscli.parse(text, "page.txt")
    [raw] = tasscli.parse(text, "page.txt", normalize=False)
    assert normalized.dateline.place_name == "Moscow" and normalized.section_slug is not None
    assert raw.dateline.place_name is None and raw.section_slug is None
    assert isinstance(normalized, tasscli.Article) and normalized.lines  # the explain roles are kept
    from tasscli.parsing.parser import parse as parser_alone

    assert raw == parser_alone(text, "page.txt", repair_mojibake=False)[0]


def test_options_and_fields_as_on_the_command_line(tmp_path):
    inputs = [str(SAMPLES)]
    cli = cli_jsonl(inputs, tmp_path, "--fields", "source,headline,published", "--ascii-punctuation")
    api = list(tasscli.records(inputs, fields=["source", "headline", "published"], ascii_punctuation=True))
    assert_same(api, cli)
    with pytest.raises(ValueError, match="unknown field"):
        list(tasscli.records(inputs, fields=["nope"]))
    with pytest.raises(ValueError, match="cannot be used together"):
        tasscli.parse("x", normalize=False, ascii_punctuation=True)


def test_jobs_give_the_same_records(tmp_path):
    inputs = [str(SAMPLES)]
    assert list(tasscli.records(inputs, jobs=2)) == list(tasscli.records(inputs))


@pytest.fixture
def mixed(tmp_path) -> List[str]:
    """A good page, a missing file, a zip with a corrupt member between two good ones, a cp1251 page."""
    good = tmp_path / "good.txt"
    good.write_text((SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name in ("a.txt", "b.txt", "c.txt"):
            zipped.writestr(name, (SAMPLES / "tass_readalso_1.txt").read_text(encoding="utf-8"))
    data = bytearray(archive.read_bytes())
    at = data.index(b"b.txt", 40) + 40  # inside b.txt's compressed data (after its local header)
    data[at:at + 8] = b"\x00" * 8
    archive.write_bytes(bytes(data))
    cp1251 = tmp_path / "ru.txt"
    cp1251.write_bytes("МОСКВА, 3 июня. /ТАСС/. Президент России провел совещание с членами правительства "
                       "по вопросам экономики и бюджета на следующий год.\n".encode("cp1251"))
    return [str(good), str(tmp_path / "missing.txt"), str(archive), str(cp1251)]


def test_failures_as_convert_reports_them(mixed, tmp_path):
    errors_file = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "tasscli", "convert", *mixed, "-o", str(out), "--jobs", "1",
                           "-q", "--errors", str(errors_file)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    cli = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    cli_errors = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert len(cli_errors) == 2 and any("decoded as" in w for r in cli for w in r["warnings"])

    # "include": the --errors lines in their places, among the records
    included = list(tasscli.records(mixed, errors="include"))
    assert [r for r in included if not tasscli.api.is_error(r)] == cli
    assert [r for r in included if tasscli.api.is_error(r)] == cli_errors
    assert included[1] == cli_errors[0]  # the missing file, between good.txt and the archive

    # "warn" (the default): one warning per failure, the line convert prints, and the batch goes on
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert list(tasscli.records(mixed)) == cli
    said = [str(w.message) for w in caught if issubclass(w.category, tasscli.TasscliWarning)]
    assert said == [f"{e['source']}: {e['error']}" for e in cli_errors]
    for line in said:
        assert f"tasscli: {line}" in done.stderr

    # a callable: called with each InputError, nothing yielded in their place
    seen: List[Any] = []
    assert list(tasscli.records(mixed, errors=seen.append)) == cli
    assert [(e.source, e.reason) for e in seen] == [(e["source"], e["error"]) for e in cli_errors]

    # "raise": the first failure stops the iteration, as an InputError
    with pytest.raises(tasscli.InputError) as raised:
        list(tasscli.records(mixed, errors="raise"))
    assert raised.value.source == cli_errors[0]["source"]

    with pytest.raises(ValueError, match="errors must be"):
        list(tasscli.records(mixed, errors="ignore"))


def test_read_yields_pages_as_convert_reads_them(mixed):
    items = list(tasscli.read(mixed, errors="include"))
    assert [type(item) for item in items] == [Page, Failure, Page, Failure, Page, Page]
    assert [item.source for item in items][2:] == [f"{mixed[2]}!a.txt", f"{mixed[2]}!b.txt", f"{mixed[2]}!c.txt",
                                                   mixed[3]]
    assert items[-1].warnings == ("decoded as cp1251",) or "decoded as" in items[-1].warnings[0]
    pages = list(tasscli.read(mixed, errors=lambda error: None))
    assert pages == [item for item in items if isinstance(item, Page)]
    # glob, nested and the page limit are convert's --glob, --nested and --max-page-size
    assert [page[:3] for page in tasscli.read(mixed[2], glob="a.*")] == [items[2][:3]]  # file_no aside
    small = list(tasscli.read(mixed[0], max_page_size=100, errors="include"))
    assert len(small) == 1 and isinstance(small[0], Failure) and "--max-page-size" in small[0].reason


def test_read_takes_one_path_or_many_as_str_or_pathlike():
    one = list(tasscli.read(SAMPLES / "tass_fullpage_1.txt"))
    assert one == list(tasscli.read([str(SAMPLES / "tass_fullpage_1.txt")]))
    assert len(one) == 1 and one[0].source.endswith("tass_fullpage_1.txt")


def test_import_tasscli_stays_cheap():
    code = ("import sys, tasscli; loaded = [m for m in sys.modules if m.startswith('tasscli.')]; "
            "print(loaded); tasscli.records; print(sorted(m for m in ('tasscli.api', 'tasscli.parsing.parser') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == "[]"  # `import tasscli` loads nothing else of tasscli's
    assert second == "['tasscli.api']"  # the API module alone; the parser when first used


def test_api_is_typed_and_listed():
    assert set(tasscli.__all__) >= {"parse", "read", "records", "Article", "InputError", "TasscliWarning"}
    assert (ROOT / "tasscli" / "py.typed").is_file()
    assert tasscli.parse.__annotations__["return"] in ("List[Article]", "list[Article]")
