"""`tasscli check` and `tasscli stats` through CliRunner."""
import json

import pytest
from click.testing import CliRunner

from tasscli.batch.stats import Stats
from tasscli.cli.main import main
from tasscli.parsing.check import check_page, furniture_like, record_problems
from tasscli.record import Article

GOOD = """ date 2017-06-03 Back to Main page
Ferry line to Spitsbergen opens for the summer

Business & Economy
June 03, 19:06 UTC+3

Two ice-class ships will run weekly from Murmansk from June to September

MURMANSK, June 3. /TASS/. A new passenger line between Murmansk and Spitsbergen will open in June, \
the regional transport ministry said on Saturday.

Tickets go on sale next week, the ministry added.
"""

# No date anywhere, no headline: only a dateline paragraph.
UNDATED = ("MOSCOW, March 2. /TASS/. Moscow city authorities will plant two thousand new trees along the "
           "Garden Ring this spring, the mayor's office said.\n")


@pytest.fixture
def pages(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    return good, undated


# --- check ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, kind", [
    ("Back to Main page", "site navigation"),
    ("All news", "site navigation"),
    ("June 03, 19:06 UTC+3", "time line"),
    ("October 01, 2014, 20:50 UTC+3 DONETSK", "time line"),
    ("3 Mar, 03:32", "time line"),
    ("© Sergey Velichkin/TASS", "photo credit"),
    ("Read also", "related headline marker"),
    ("Tags", "tag footer"),
    ("Foreign policyVladimir PutinUnited States", "tag list"),
    ("{{newsPoint.title}}", "template text"),
    ("Military & Defense", "section name"),
    (" date 2018-03-05 Loading", "date prefix"),
    ("The minister said the talks went well.", None),
    ("iPhone and iPad sales rose", None),
    ("Sport minister opens stadium", None),
])
def test_furniture_like(paragraph, kind):
    assert furniture_like(paragraph) == kind


@pytest.mark.parametrize("record, problems", [
    (Article(headline="H", published="2020-01-01", body=("Text.",)), []),
    (Article(published="2020-01-01", body=("Text.",)), ["no headline"]),
    (Article(headline="H", body=("Text.",)), ["no date"]),
    (Article(headline="H", published="2020-01-01"), ["no body"]),
    (Article(headline="H", published="2020-01-01", body=("Text.", "Read also")),
     ["body ¶2 looks like related headline marker: 'Read also'"]),
])
def test_record_problems(record, problems):
    assert [problem for _, problem in record_problems(record.to_dict())] == problems


def test_page_with_no_article():
    assert check_page("x", []).problems == [{"article": None, "kind": "no-article", "field": None,
                                            "problem": "no article found"}]


def test_check_jsonl_and_exit_status(pages):
    good, undated = pages
    result = CliRunner().invoke(main, ["check", "--format", "jsonl", "--require", "headline,published,body",
                                       str(good), str(undated)])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first == {"source": str(good), "articles": 1, "ok": True, "problems": []}
    assert second["ok"] is False
    assert {p["problem"] for p in second["problems"]} >= {"no headline", "no date"}


def test_check_all_good_exits_0(pages):
    good, _ = pages
    result = CliRunner().invoke(main, ["check", str(good)])
    assert result.exit_code == 0, result.output
    assert "checked 1 page: no problems" in result.output


def test_check_text_lines_when_piped(pages):
    _, undated = pages
    result = CliRunner().invoke(main, ["check", "--require", "headline,published", str(undated)])
    assert result.exit_code == 1
    assert f"{undated}: no headline" in result.output and f"{undated}: no date" in result.output


def test_check_table_on_a_terminal(pages, monkeypatch):
    _, undated = pages
    monkeypatch.setattr("tasscli.cli.commands.is_terminal", lambda stream: True)
    result = CliRunner().invoke(main, ["check", "--no-color", "--require", "headline", str(undated)])
    assert result.exit_code == 1
    assert "Pages with problems" in result.output and "no headline" in result.output


def test_check_json_and_unreadable(pages, tmp_path):
    good, _ = pages
    result = CliRunner().invoke(main, ["check", "--format", "json", str(good), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "tasscli: " in result.output and "nope.txt" in result.output
    body = result.output[result.output.index("["):]
    assert json.loads(body)[0]["ok"] is True


def test_check_needs_files_on_a_terminal(monkeypatch):
    monkeypatch.setattr("tasscli.term.is_terminal", lambda stream: True)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2 and "no input" in result.output


# --- stats ---------------------------------------------------------------------------------------

def test_stats_counts():
    stats = Stats()
    stats.add_page([Article(agency="TASS", section="World", published="2020-01-02T10:00:00+03:00",
                            headline="H", body=("x",)).to_dict(),
                    Article(agency="TASS", published="2020-02-01").to_dict()])
    stats.add_page([Article(agency="AP").to_dict()])
    out = stats.to_dict()
    assert out["pages"] == 2 and out["articles"] == 3
    assert out["by_agency"] == {"TASS": 2, "AP": 1}
    assert out["by_section"] == {"(none)": 2, "World": 1}
    assert out["by_month"] == {"2020-01": 1, "2020-02": 1, "(no date)": 1}
    assert out["coverage"]["headline"] == {"pages": 1, "share": 0.5}
    assert out["coverage"]["published"] == {"pages": 1, "share": 0.5}
    assert out["coverage"]["captions"] == {"pages": 0, "share": 0.0}


def test_stats_json(pages):
    good, undated = pages
    result = CliRunner().invoke(main, ["stats", "--format", "json", str(good), str(undated)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["pages"] == 2 and out["articles"] == 2 and out["unreadable"] == 0
    assert out["by_agency"] == {"TASS": 2}
    assert out["by_month"] == {"2017-06": 1, "(no date)": 1}
    assert out["coverage"]["headline"]["share"] == 0.5
    assert out["coverage"]["body"]["share"] == 1.0

    line = CliRunner().invoke(main, ["stats", "--format", "jsonl", str(good)]).output
    assert len(line.splitlines()) == 1 and json.loads(line)["pages"] == 1


def test_stats_table(pages):
    good, undated = pages
    result = CliRunner().invoke(main, ["stats", "--no-color", str(good), str(undated)])
    assert result.exit_code == 0, result.output
    for text in ("2 pages, 2 articles", "By agency", "By section", "Field coverage", "By month",
                 "2017-06", "50.0%"):
        assert text in result.output, text


def test_stats_unreadable_exits_1(pages, tmp_path):
    good, _ = pages
    result = CliRunner().invoke(main, ["stats", "--format", "json", str(good), str(tmp_path / "gone.txt")])
    assert result.exit_code == 1
    assert '"unreadable": 1' in result.output


# --- every command has help; completion is click's --------------------------------------------

@pytest.mark.parametrize("command", ["parse", "explain", "check", "stats"])
def test_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Examples:" in result.output


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete")])
def test_shell_completion_script(shell, marker):
    result = CliRunner().invoke(main, [], prog_name="tasscli", env={"_TASSCLI_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0 and marker in result.output


def test_stats_table_counts_by_year_when_months_are_many(pages):
    good, undated = pages
    result = CliRunner().invoke(main, ["stats", "--top", "1", str(good), str(undated)])
    assert result.exit_code == 0, result.output
    assert "By year" in result.output and "2017" in result.output and "(1 more)" in result.output
