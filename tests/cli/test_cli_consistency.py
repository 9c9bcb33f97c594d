"""Issue 19: one consistent command line. Each test names the point of the issue it pins."""
import csv
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import ROOT, SAMPLES

from tasscli.batch.filters import HTML_REASON, RecordFilter, looks_like_html
from tasscli.cli.main import main
from tasscli.parsing.agencies import AGENCIES, agency_by_printed

TASSCLI = [sys.executable, "-m", "tasscli"]
READING = ["parse", "explain", "check", "stats"]  # convert takes -o besides


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [str(arg) for arg in args], **kwargs)


def run(*args, **kwargs):
    return subprocess.run(TASSCLI + [str(arg) for arg in args], capture_output=True, text=True, timeout=120,
                          **kwargs)


def sources(output):
    return [json.loads(line)["source"] for line in output.splitlines()]


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def copy_samples(folder, *names):
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())


# --- 1. one set of input options -----------------------------------------------------------------

@pytest.mark.parametrize("command", READING + ["convert"])
def test_every_reading_command_takes_the_input_and_selection_options(command):
    text = invoke(command, "--help").output
    for option in ("--glob", "--nested", "--max-page-size", "--max-pages", "--agency", "--section", "--since",
                   "--until", "--language"):
        assert option in text, (command, option)


@pytest.mark.parametrize("command", READING)
def test_glob_repeated_keeps_every_pattern(here, command):
    Path("pages").mkdir()
    Path("pages/a.txt").write_bytes((SAMPLES / "tass_amp_1.txt").read_bytes())
    Path("pages/b.text").write_bytes((SAMPLES / "tass_fullpage_1.txt").read_bytes())
    Path("pages/c.page").write_bytes((SAMPLES / "tass_readalso_1.txt").read_bytes())
    fmt = {"parse": "jsonl", "explain": "explain-jsonl", "check": "jsonl", "stats": "jsonl"}[command]
    result = invoke(command, "--format", fmt, "--glob", "*.txt", "--glob", "*.text", "pages")
    assert result.exit_code == 0, result.output
    if command == "stats":
        assert json.loads(result.stdout)["pages"] == 2
    else:
        assert sorted({json.loads(line)["source"] for line in result.stdout.splitlines()}) == [
            "pages/a.txt", "pages/b.text"]


@pytest.mark.parametrize("command", READING)
def test_standard_input_when_no_file_is_named(command):
    page = (SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8")
    fmt = {"parse": "jsonl", "explain": "explain-jsonl", "check": "jsonl", "stats": "jsonl"}[command]
    result = invoke(command, "--format", fmt, input=page)
    assert result.exit_code == 0, result.output
    if command == "stats":
        assert json.loads(result.stdout)["pages"] == 1
    else:
        assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {"-"}
    # and in a real process, piped
    piped = subprocess.run(TASSCLI + [command, "--format", fmt], input=page, capture_output=True, text=True,
                           timeout=120)
    assert piped.returncode == 0 and piped.stdout.strip(), piped.stderr


def test_convert_reads_standard_input_too(here):
    page = (SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8")
    result = subprocess.run(TASSCLI + ["convert", "-o", "out.jsonl", "-q"], input=page, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sources(Path("out.jsonl").read_text()) == ["-"]


@pytest.mark.parametrize("command", READING)
def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch, command):
    monkeypatch.setattr("tasscli.term.is_terminal", lambda stream: True)
    result = invoke(command)
    assert result.exit_code == 2 and "no input" in result.output


def test_nested_on_every_command(here):
    with zipfile.ZipFile("outer.zip", "w") as outer:
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as archive:
            archive.writestr("page.txt", (SAMPLES / "tass_fullpage_1.txt").read_text(encoding="utf-8"))
        outer.writestr("inner.zip", inner.getvalue())
    for command, fmt in (("parse", "jsonl"), ("explain", "explain-jsonl"), ("check", "jsonl")):
        result = invoke(command, "--format", fmt, "--nested", "outer.zip")
        assert result.exit_code == 0, result.output
        assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {"outer.zip!inner.zip!page.txt"}
    result = invoke("stats", "--format", "jsonl", "--nested", "outer.zip")
    assert json.loads(result.stdout)["pages"] == 1


def test_max_page_size_on_explain_check_stats(here):
    Path("p.txt").write_bytes((SAMPLES / "tass_fullpage_1.txt").read_bytes())
    for command in ("explain", "check", "stats"):
        result = invoke(command, "--max-page-size", "100", "p.txt")
        assert result.exit_code == 1 and "larger than" in result.stderr, (command, result.output)


# --- 2. filters on parse and convert alike -------------------------------------------------------

def test_unknown_agency_is_a_usage_error_listing_the_known_ones():
    for command in (["parse"], ["convert", "-o", "-"]):
        result = invoke(*command, "--agency", "Reuter", str(SAMPLES))
        assert result.exit_code == 2
        assert "unknown agency 'Reuter'" in result.output and "Reuters" in result.output and "TASS" in result.output


@pytest.mark.parametrize("name", ["TASS", "tass", "ITAR-TASS", "itar-tass", "Itar-Tass"])
def test_agency_names_fold_to_the_table(name):
    parse = invoke("parse", "--agency", name, "--fields", "agency", str(SAMPLES))
    convert = invoke("convert", "-o", "-", "-q", "--agency", name, "--fields", "agency", str(SAMPLES))
    assert parse.exit_code == 0 and convert.exit_code == 0
    assert parse.stdout == convert.stdout
    assert parse.stdout and {json.loads(line)["agency"] for line in parse.stdout.splitlines()} == {"TASS"}


def test_every_plain_printed_form_of_the_table_is_an_agency_name():
    """Whatever the vocabulary holds (Russian names such as ТАСС once they are in the table), a
    printed form that is plain text is a name `--agency` takes."""
    plain = [(agency.name, form) for agency in AGENCIES for form in agency.printed
             if form.replace(" ", "").replace("-", "").isalnum()]
    assert plain
    for _name, form in plain:
        result = invoke("parse", "--agency", form, "--fields", "agency", str(SAMPLES / "tass_amp_1.txt"))
        assert result.exit_code == 0, (form, result.output)


@pytest.mark.skipif(agency_by_printed("ТАСС") is None, reason="the agency table has no Russian names yet")
def test_russian_agency_name():
    result = invoke("parse", "--agency", "ТАСС", "--fields", "agency", str(SAMPLES))
    assert result.exit_code == 0 and {json.loads(line)["agency"] for line in result.stdout.splitlines()} == {"TASS"}


def test_section_since_until_on_parse_and_convert():
    args = ["--section", "business & economy", "--since", "2018-04", "--until", "2018",
            "--fields", "section,published"]
    parse = invoke("parse", *args, str(SAMPLES))
    convert = invoke("convert", "-o", "-", "-q", *args, str(SAMPLES))
    assert parse.exit_code == convert.exit_code == 0
    assert parse.stdout == convert.stdout
    records = [json.loads(line) for line in parse.stdout.splitlines()]
    assert records
    assert all(r["section"] == "Business & Economy" and "2018-04" <= r["published"][:7] <= "2018-12" for r in records)
    by_slug = invoke("parse", "--section", "economy", "--fields", "section_slug", str(SAMPLES))
    assert {json.loads(line)["section_slug"] for line in by_slug.stdout.splitlines()} == {"economy"}


@pytest.mark.parametrize("value", ["April 2018", "2018-4", "18"])
def test_a_bad_date_bound_is_a_usage_error(value):
    result = invoke("parse", "--since", value, str(SAMPLES / "tass_amp_1.txt"))
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_record_filter_on_records_that_carry_a_language():
    english = {"agency": "TASS", "language": "en", "published": "2018-04-17T15:42:00+03:00", "section": "World"}
    russian = {"agency": "TASS", "language": "ru", "published": "2018-04-17", "section": "Политика"}
    bare = {"agency": "TASS", "published": None}
    keep = RecordFilter(language="RU")
    assert [keep(record) for record in (english, russian, bare)] == [False, True, False]
    assert [RecordFilter(since="2018-04-17")(r) for r in (english, russian, bare)] == [True, True, False]
    assert [RecordFilter(until="2018-04-16")(r) for r in (english, russian, bare)] == [False, False, False]
    assert [RecordFilter(agency="tass")(r) for r in (english, russian, bare)] == [True, True, True]
    assert RecordFilter(agency="reuters")({"agency": None, "dateline": {"agency": "Reuters"}})
    assert not RecordFilter()  # no filter given: the batch keeps everything without asking


def test_language_filter_on_the_command_line():
    result = invoke("parse", "--language", "RU", "--fields", "source,language", str(SAMPLES))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {record["language"] for record in records} == {"ru"}
    assert all("/ru_" in record["source"] for record in records)
    result = invoke("convert", "-o", "-", "-q", "-j", "1", "--language", "en", "--fields", "source", str(SAMPLES))
    got = sources(result.stdout)
    assert got and not any("/ru_" in source for source in got)


def test_filters_are_counted_in_convert_summary(here):
    result = run("convert", SAMPLES, "-o", "out/", "--agency", "Reuters", "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "left out by the filters" in result.stderr
    files = [path for path in Path("out").rglob("*.json") if not path.name.startswith(".")]
    assert files and all(json.loads(path.read_text())[0]["agency"] == "Reuters" for path in files)


# --- 3. --fields: record fields and CSV columns --------------------------------------------------

def test_fields_take_csv_column_names():
    page = str(SAMPLES / "tass_fullpage_1.txt")
    result = invoke("parse", "--fields", "source,dateline_place,dateline_agency", page)
    assert json.loads(result.stdout) == {"source": page, "dateline_place": "MOSCOW", "dateline_agency": "TASS"}
    result = invoke("parse", "--format", "csv", "--fields", "headline,dateline_place", page)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["headline", "dateline_place"] and rows[1][1] == "MOSCOW"
    result = invoke("convert", "-o", "-", "-q", "--fields", "dateline_place", page)
    assert json.loads(result.stdout) == {"dateline_place": "MOSCOW"}
    result = invoke("parse", "--fields", "dateline_town", page)
    assert result.exit_code == 2 and "dateline_place" in result.output


def test_terminal_view_shows_the_chosen_fields_only(monkeypatch):
    monkeypatch.setattr("tasscli.cli.main.is_terminal", lambda stream: True)
    result = invoke("parse", "--no-color", "--fields", "source,headline", str(SAMPLES / "tass_amp_1.txt"))
    assert result.exit_code == 0
    assert "Russian and US scientists" in result.stdout
    assert "—" not in result.stdout and "section" not in result.stdout and "agency" not in result.stdout
    full = invoke("parse", "--no-color", str(SAMPLES / "wire_unlisted.txt"))
    assert "published" in full.stdout and "—" in full.stdout  # a field not found still shows as —


# --- 4. --resume and the manifest ----------------------------------------------------------------

def test_resume_with_other_fields_converts_again(here):
    copy_samples(here / "pages", "tass_amp_1.txt", "tass_fullpage_1.txt")
    assert run("convert", "pages", "-o", "a.jsonl").returncode == 0
    assert Path("a.jsonl.manifest").is_file()
    again = run("convert", "pages", "-o", "a.jsonl", "--resume")
    assert "nothing to do" in again.stderr
    changed = run("convert", "pages", "-o", "a.jsonl", "--resume", "--fields", "source,headline")
    assert changed.returncode == 0 and "converting everything" in changed.stderr
    assert all(set(json.loads(line)) == {"source", "headline"} for line in Path("a.jsonl").read_text().splitlines())
    assert "nothing to do" in run("convert", "pages", "-o", "a.jsonl", "--resume", "--fields",
                                  "source,headline").stderr
    filtered = run("convert", "pages", "-o", "a.jsonl", "--resume", "--fields", "source,headline",
                   "--agency", "TASS")
    assert "converting everything" in filtered.stderr


def test_resume_of_a_folder_with_other_options_rewrites_every_file(here):
    copy_samples(here / "pages", "tass_amp_1.txt", "tass_fullpage_1.txt")
    assert run("convert", "pages", "-o", "out/").returncode == 0
    assert Path("out/.tasscli-manifest").is_file()
    same = run("convert", "pages", "-o", "out/", "--resume")
    assert "2 skipped as up to date" in same.stderr
    other = run("convert", "pages", "-o", "out/", "--resume", "--raw")
    assert "skipped" not in other.stderr.splitlines()[-1] and "converting everything" in other.stderr
    manifest = json.loads(Path("out/.tasscli-manifest").read_text())
    assert manifest["raw"] is True and manifest["inputs"] == ["pages"]


# --- 5. ninjs ------------------------------------------------------------------------------------

def test_ninjs_uri_whatever_fields_say():
    result = invoke("parse", "--format", "ninjs", "--fields", "headline", str(SAMPLES / "tass_amp_1.txt"))
    item = json.loads(result.stdout)
    assert item["uri"] == f"urn:tasscli:page:{SAMPLES / 'tass_amp_1.txt'}" and "-" not in item["uri"][-2:]
    assert item["headlines"][0]["value"].startswith("Russian and US scientists")


def test_ninjs_output_names_by_one_rule(here):
    copy_samples(here / "pages", "tass_amp_1.txt", "wire_multi.txt" if (SAMPLES / "wire_multi.txt").exists()
                 else "tass_fullpage_1.txt")
    lines = run("convert", "pages", "-o", "out.ninjs.jsonl", "--fields", "headline")
    assert lines.returncode == 0, lines.stderr
    items = [json.loads(line) for line in Path("out.ninjs.jsonl").read_text().splitlines()]
    assert items and all(item["uri"].startswith("urn:tasscli:page:pages/") for item in items)
    array = run("convert", "pages", "-o", "out.ninjs.json")
    assert array.returncode == 0 and json.loads(Path("out.ninjs.json").read_text()) == [
        json.loads(line) for line in run("parse", "--format", "ninjs", "pages").stdout.splitlines()]
    folder = run("convert", "pages", "-o", "nf/", "--format", "ninjs")
    assert folder.returncode == 0
    assert json.loads(Path("nf/pages/tass_amp_1.json").read_text())[0]["type"] == "text"
    for target in ("out.txt", "out.jsonl", "out.json"):
        refused = invoke("convert", "pages", "-o", target, "--format", "ninjs")
        assert refused.exit_code == 2 and ".ninjs.jsonl" in refused.output, target
    assert invoke("convert", "pages", "-o", "x.ninjs.jsonl", "--format", "json").exit_code == 2
    assert ".ninjs.jsonl" in invoke("convert", "--help").output


# --- 6. explain JSON -----------------------------------------------------------------------------

def test_explain_json_role_is_bare():
    result = invoke("explain", "--format", "explain-jsonl", str(SAMPLES / "tass_readalso_1.txt"))
    items = [json.loads(line) for line in result.stdout.splitlines()]
    roles = {item["role"] for item in items}
    assert {"headline", "dateline", "body", "dropped", "blank"} <= roles
    assert not any("¶" in role or "+" in role or ":" in role for role in roles)
    dateline = next(item for item in items if item["role"] == "dateline")
    assert dateline["fields"] == ["dateline", "body"] and dateline["paragraph"] == 1 and dateline["article"] == 1
    body = [item for item in items if item["role"] == "body"]
    assert body and all(item["paragraph"] >= 2 for item in body)
    dropped = [item for item in items if item["role"] == "dropped"]
    assert {item["reason"] for item in dropped} >= {"furniture", "related headline"}
    assert all(item["reason"] is None for item in items if item["role"] != "dropped")


# --- 7. check ------------------------------------------------------------------------------------

def test_check_require_and_ignore(here):
    copy_samples(here / "pages", "tass_amp_1.txt", "wire_unlisted.txt")
    default = invoke("check", "pages")
    assert default.exit_code == 0 and default.stderr == "tasscli: checked 2 pages: no problems\n"
    strict = invoke("check", "--require", "headline,published,body", "pages")
    assert strict.exit_code == 1 and "pages/wire_unlisted.txt: no date" in strict.stdout
    assert strict.stderr == "tasscli: checked 2 pages: 2 with problems\n"
    ignored = invoke("check", "--require", "published", "--ignore", "missing", "pages")
    assert ignored.exit_code == 0
    assert invoke("check", "--require", "nonsense", "pages").exit_code == 2
    assert invoke("check", "--ignore", "nonsense", "pages").exit_code == 2


def test_check_numbers_articles_from_1_everywhere(here):
    second = (SAMPLES / "tass_amp_1.txt").read_text(encoding="utf-8").replace(
        "Russian and US scientists agree to share data on Bering Strait ice", "")
    Path("two.txt").write_text(second + "\n\f\n" + (SAMPLES / "wire_unlisted.txt").read_text(encoding="utf-8"))
    text = invoke("check", "--require", "headline,published", "two.txt")
    jsonl = invoke("check", "--format", "jsonl", "--require", "headline,published", "two.txt")
    numbers = [problem["article"] for line in jsonl.stdout.splitlines() for problem in json.loads(line)["problems"]]
    assert numbers and min(numbers) >= 1 and 0 not in numbers
    assert all(line.startswith("two.txt#") for line in text.stdout.splitlines())


def test_no_article_is_a_kind_to_ignore():
    from tasscli.parsing.check import check_page

    assert [p["kind"] for p in check_page("x", [], require=("body",)).problems] == ["no-article"]
    assert check_page("x", [], require=("body",), ignore=("no-article",)).ok
    furniture = {"body": ["Text of the story.", "Back to Main page"]}
    assert [p["kind"] for p in check_page("x", [furniture], require=("body",)).problems] == ["furniture"]
    assert check_page("x", [furniture], require=("body",), ignore=("furniture",)).ok


# --- 8. hints ------------------------------------------------------------------------------------

HTML = "<!DOCTYPE html>\n<html><head><title>Moscow news</title></head>\n<body><p>MOSCOW, June 3. /TASS/. Text.</p>"


def test_html_is_recognised_and_text_is_not():
    assert looks_like_html(HTML) and looks_like_html("\ufeff  <html lang=en>\n<body>")
    assert not looks_like_html("Headline about <html> tags\n\nMOSCOW, June 3. /TASS/. Text.")
    assert not looks_like_html((SAMPLES / "tass_angular_1.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", READING)
def test_an_html_page_is_reported_not_parsed(here, command):
    Path("page.html.txt").write_text(HTML)
    Path("good.txt").write_bytes((SAMPLES / "tass_amp_1.txt").read_bytes())
    result = invoke(command, "page.html.txt", "good.txt")
    assert result.exit_code == 1
    assert f"tasscli: page.html.txt: {HTML_REASON}" in result.stderr
    assert "DOCTYPE" not in result.stdout


def test_convert_counts_an_html_page_as_an_error(here):
    Path("page.txt").write_text(HTML)
    result = run("convert", "page.txt", "-o", "out.jsonl", "--errors", "e.jsonl")
    assert result.returncode == 1 and "1 error" in result.stderr
    assert json.loads(Path("e.jsonl").read_text()) == {"source": "page.txt", "error": HTML_REASON}


def test_an_archive_whose_only_member_is_an_archive_names_nested(here):
    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w:gz") as archive:
        data = (SAMPLES / "tass_amp_1.txt").read_bytes()
        info = tarfile.TarInfo("page.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with zipfile.ZipFile("outer.zip", "w") as outer:
        outer.writestr("inner.tar.gz", inner.getvalue())
    result = run("convert", "outer.zip", "-o", "out.jsonl")
    assert result.returncode == 1
    assert "outer.zip!inner.tar.gz: an archive inside an archive; not opened without --nested" in result.stderr
    assert run("convert", "outer.zip", "-o", "out.jsonl", "--nested").returncode == 0


def test_tar_sources_have_no_leading_dot_slash(here):
    data = (SAMPLES / "tass_amp_1.txt").read_bytes()
    with tarfile.open("pages.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("./wire/page.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    result = invoke("parse", "--fields", "source", "pages.tar.gz")
    assert sources(result.stdout) == ["pages.tar.gz!wire/page.txt"]


# --- 9. help that is true ------------------------------------------------------------------------

def test_parse_help_states_the_format_default_as_it_behaves():
    text = " ".join(invoke("parse", "--help").output.split())
    assert "[default: jsonl]" not in text
    assert "jsonl when the output is not a terminal" in text and "on a terminal" in text


def test_readme_lists_every_dependency():
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    required = [line.split(";")[0].strip() for line in config["options"]["install_requires"].splitlines()]
    names = [name.split(">")[0].split("=")[0].split("<")[0].strip() for name in required
             if name and not name.startswith("#")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set-up"):readme.index("## Before and after")]
    assert names and all(name in setup for name in names), [name for name in names if name not in setup]


def test_no_summary_after_a_fatal_output_error(here):
    result = run("convert", SAMPLES, "-o", "/dev/full", "--format", "jsonl")
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["tasscli: write error: No space left on device"]


def test_filters_on_explain_check_and_stats():
    stats = json.loads(invoke("stats", "--format", "jsonl", "--agency", "Reuters", str(SAMPLES)).stdout)
    assert stats["articles"] >= 1 and stats["by_agency"] == {"Reuters": stats["articles"]}
    explained = invoke("explain", "--format", "explain-jsonl", "--agency", "Reuters", str(SAMPLES))
    pages = {json.loads(line)["source"] for line in explained.stdout.splitlines()}
    checked = invoke("check", "--format", "jsonl", "--agency", "Reuters", str(SAMPLES))
    assert pages and pages == {json.loads(line)["source"] for line in checked.stdout.splitlines()}
    assert len(pages) == stats["pages"]


def test_require_takes_record_fields_only():
    result = invoke("check", "--require", "dateline_place", str(SAMPLES / "tass_amp_1.txt"))
    assert result.exit_code == 2 and "unknown field" in result.output


# --- English text without gettext (one-page latency, issue 21) ------------------------------------

@pytest.mark.parametrize("readable", [True, False])
@pytest.mark.parametrize("name", ["-", "missing.txt", "page.txt"])
def test_files_type_is_click_path_allowing_dash(tmp_path, monkeypatch, name, readable):
    """FILES' own type (click.Path asks gettext for its name) converts, fails and completes as
    `click.Path(allow_dash=True)` does; os.access is faked: as root every file is readable."""
    import os

    import click

    from tasscli.cli.options import InputPath

    (tmp_path / "page.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "access", lambda path, mode: readable)

    def outcome(param_type):
        try:
            return "ok", param_type.convert(name, None, None)
        except click.BadParameter as error:
            return "error", error.format_message()

    assert outcome(InputPath()) == outcome(click.Path(allow_dash=True))
    ours, theirs = (t.shell_complete(None, None, "pa") for t in (InputPath(), click.Path(allow_dash=True)))
    assert [(item.value, item.type) for item in ours] == [(item.value, item.type) for item in theirs]


def test_help_and_version_options_read_as_clicks():
    """`-h`/`--help` and `--version` are given their English text (tasscli.cli.main.EnglishHelp):
    the help pages list them as click's own options would, and a usage error still points to help."""
    top = invoke("--help").output
    assert "  --version   Show the version and exit.\n  -h, --help  Show this message and exit.\n" in top
    last = invoke("parse", "-h").output.splitlines()[-1]
    assert last.startswith("  -h, --help ") and last.endswith(" Show this message and exit.")
    assert invoke("--version").output == "tasscli, version 0.1.0\n"
    error = invoke("parse", "--bogus")
    assert error.exit_code == 2 and "Try 'main parse --help' for help." in error.output
