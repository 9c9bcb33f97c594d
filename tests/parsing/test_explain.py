"""Line accounting: every non-blank line of every page gets exactly one role."""
import json
from pathlib import Path

import paths
import pytest
from click.testing import CliRunner

from tasscli.cli.main import main
from tasscli.parsing.explain import account, explain, field_lines, page_lines, render_lines, role_parts
from tasscli.record import Article, Dateline, LineRole

SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))
CORPUS = sorted(paths.CORPUS.glob("*/*.txt")) + sorted(paths.SEED.glob("*.txt"))


def assert_accounted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    acc = explain(text, str(path))
    assert acc.complete, f"{path.name}: {acc.problems()}"
    # The contract itself, checked straight on the parser's record as well:
    claimed = [role.number for article in acc.articles for role in article.lines]
    non_blank = [n for n, line in enumerate(page_lines(text), 1) if line.strip()]
    assert sorted(claimed) == non_blank, path.name
    for index, article in enumerate(acc.articles):
        for role in article.lines:
            assert role.role and role.article in (index, None), (path.name, role)
            assert role.article is not None or index == 0, (path.name, role)


@pytest.mark.skipif(not SAMPLES, reason="samples/*.txt not present")
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_line_is_accounted_for(path):
    assert_accounted(path)


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside this checkout")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_corpus_line_is_accounted_for(path):
    assert_accounted(path)


# --- the accounting itself, on articles built here (independent of the parser) ----------------

PAGE = """ date 2017-06-03 Back to Main page
Ferry line opens

Business & Economy
June 03, 19:06 UTC+3

Lead of the story

MURMANSK, June 3. /TASS/. First   paragraph of the body.

Second paragraph.
Read also
Another story
"""

ROLES = (
    LineRole(1, "dropped:furniture", None), LineRole(2, "headline", 0), LineRole(4, "section", 0),
    LineRole(5, "time", 0), LineRole(7, "lead", 0), LineRole(9, "dateline", 0), LineRole(11, "body", 0),
    LineRole(12, "dropped:related", 0), LineRole(13, "dropped:related", 0),
)
ARTICLE = Article(
    source="p.txt", headline="Ferry line opens", lead="Lead of the story", section="Business & Economy",
    dateline=Dateline(place="MURMANSK", date="June 3", agency="TASS", text="MURMANSK, June 3. /TASS/."),
    body=("First paragraph of the body.", "Second paragraph."), lines=ROLES,
)


def test_account_complete_and_paragraphs_found_by_text():
    acc = account(PAGE, [ARTICLE], "p.txt")
    assert acc.complete and acc.problems() == []
    labels = {line.number: line.label for line in acc.lines}
    assert labels[1] == "dropped: furniture"
    assert labels[9] == "dateline + body ¶1"  # paragraph found by matching text, spaces aside
    assert labels[11] == "body ¶2"
    assert labels[12] == "dropped: related headline"
    assert labels[3] == "" and acc.lines[2].role == "blank"
    assert len(acc.lines) == 13  # the final newline ends line 13; it is no line 14


def test_field_lines_api():
    acc = account(PAGE, [ARTICLE])
    lines = acc.field_lines(0)
    assert lines["headline"] == (2,) and lines["body"] == (9, 11) and lines["dateline"] == (9,)
    assert "dropped:furniture" not in lines  # page furniture belongs to no article
    assert acc.paragraph_lines(0) == {1: (9,), 2: (11,)}
    assert field_lines(ARTICLE)["dropped:related"] == (12, 13)


def test_missing_duplicate_and_stray_roles_are_reported():
    broken = Article(lines=(LineRole(2, "headline", 0), LineRole(2, "lead", 0), LineRole(3, "body", 0),
                            LineRole(40, "body", 0)))
    acc = account(PAGE, [broken])
    assert not acc.complete
    assert 1 in acc.unaccounted and 4 in acc.unaccounted
    assert acc.duplicated == (2,) and acc.stray == (3, 40)
    assert any(p.startswith("not accounted for: lines 1, 4-5, 7, 9") for p in acc.problems())
    assert next(line for line in acc.lines if line.number == 1).label == "?? not accounted for"


@pytest.mark.parametrize("role, parts", [
    ("headline", ["headline"]),
    ("dateline+body ¶1", ["dateline", "body"]),
    ("headline+section+time", ["headline", "section", "time"]),
    ("body:3", ["body"]),
    ("dropped:caption+credit", ["dropped:caption+credit"]),
])
def test_role_parts(role, parts):
    assert role_parts(role) == parts


def test_numbered_roles_from_the_parser_are_kept():
    article = Article(body=("One", "Two"), lines=(LineRole(1, "dateline+body ¶1", 0), LineRole(2, "body ¶2", 0)))
    acc = account("X, May 1. /TASS/. One\nTwo\n", [article])
    assert [line.label for line in acc.lines] == ["dateline + body ¶1", "body ¶2"]
    assert [line.paragraph for line in acc.lines] == [1, 2]


def test_page_lines_numbering_matches_the_parser():
    assert page_lines("a\r\nb\rc\fd\n") == ["a", "b", "c", "d"]
    assert page_lines("a\n\nb") == ["a", "", "b"]
    assert page_lines("") == [""]


def test_render_escapes_control_characters_and_cuts_to_width():
    text = "evil \x1b[2J line that is long enough to be cut at forty columns\n"
    acc = account(text, [Article(lines=(LineRole(1, "body", 0),))])
    (line,) = list(render_lines(acc, width=40))
    assert "\x1b" not in line and "\\x1b" in line
    assert len(line) == 40 and line.endswith("…")


# --- the command -----------------------------------------------------------------------------

def test_explain_command_text_and_jsonl(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(page)])
    assert result.exit_code == 0, result.output
    first, *rest = result.output.splitlines()
    assert first.startswith(f"== {page}: 1 article")
    assert any(line.startswith(" 1  dropped: furniture") for line in rest)

    result = CliRunner().invoke(main, ["explain", "--format", "explain-jsonl", str(page)])
    assert result.exit_code == 0
    items = [json.loads(line) for line in result.output.splitlines()]
    assert [item["line"] for item in items] == list(range(1, len(page_lines(PAGE)) + 1))
    assert set(items[0]) == {"source", "line", "role", "fields", "reason", "label", "article", "paragraph", "text",
                             "evidence"}
    assert all(item["role"] != "unaccounted" for item in items)


def test_explain_unreadable_file(tmp_path):
    result = CliRunner().invoke(main, ["explain", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "tasscli: " in result.output and "missing.txt" in result.output
