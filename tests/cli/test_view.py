"""The terminal view of `tasscli parse`: a rich rendering checked against a stored snapshot."""
import io
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from paths import ROOT, SNAPSHOTS

from tasscli.cli import view
from tasscli.cli.main import main
from tasscli.parsing.normalize import normalize_article
from tasscli.record import Article, Dateline

# Written for this test: every field the view shows, a warning, and text that tries to be markup
# or to reach the terminal raw (an escape sequence and a bidi override).
ARTICLE = Article(
    source="samples/view_demo.txt",
    headline="Arctic ferry line to [bold]Spitsbergen[/bold] opens for the summer",
    lead="Two ice-class ships will run weekly from Murmansk from June to September",
    section="Business & Economy",
    published="2021-05-14T12:30:00+03:00",
    published_text="May 14, 12:30 UTC+3",
    dateline=Dateline(place="MURMANSK", date="May 14", agency="TASS", text="MURMANSK, May 14. /TASS/."),
    body=(
        "A new passenger line between Murmansk and the Norwegian archipelago of Spitsbergen will open "
        "in June, the regional transport ministry said on Friday. Tickets go on sale next week.",
        "The ships, each carrying up to 180 passengers, will call at Barentsburg on the way.\x1b[31m",
        "Operator: \u202eevil\u202c Northern Shipping Company",
    ),
    credits=("Lev Fedoseyev/TASS",),
    agency="TASS",
    warnings=("prefix date 2021-05-13 differs from dateline May 14",),
)


def render(article: Article, width: int = 100) -> str:
    console = view.make_console(file=io.StringIO(), width=width, record=True, force_terminal=True)
    view.show_records([normalize_article(article).to_dict()], console)
    return console.export_text()


def test_snapshot_width_100():
    got = "\n".join(line.rstrip() for line in render(ARTICLE).splitlines()) + "\n"
    snapshot = SNAPSHOTS / "view_article_w100.txt"
    if os.environ.get("TASSCLI_UPDATE_SNAPSHOTS"):
        snapshot.write_text(got, encoding="utf-8")
    assert got == snapshot.read_text(encoding="utf-8")


def test_markup_and_control_characters_are_printed_as_text():
    text = render(ARTICLE)
    assert "[bold]Spitsbergen[/bold]" in text
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\x1b[31m" in text and "\\u202e" in text


def test_warnings_have_their_own_style():
    console = view.make_console(file=io.StringIO(), width=100, record=True, force_terminal=True)
    console.print(view.render_record(ARTICLE.to_dict()))
    styled = console.export_text(styles=True)
    warning_line = next(line for line in styled.splitlines() if "differs from dateline" in line)
    assert "\x1b[" in warning_line  # styled (yellow) on a colour terminal


def test_no_color_and_NO_COLOR(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    for kwargs, env in (({"no_color": True}, None), ({}, "1")):
        if env:
            monkeypatch.setenv("NO_COLOR", env)
        stream = io.StringIO()
        console = view.make_console(file=stream, width=100, force_terminal=True, **kwargs)
        view.show_records([ARTICLE.to_dict()], console)
        assert not colour_codes(stream.getvalue())
        monkeypatch.delenv("NO_COLOR", raising=False)
    stream = io.StringIO()
    view.show_records([ARTICLE.to_dict()], view.make_console(file=stream, width=100, force_terminal=True))
    assert colour_codes(stream.getvalue())  # the same console with colour allowed does colour


def colour_codes(text: str) -> list:
    """SGR parameters that set a foreground or background colour (bold, italic, dim are not colour)."""
    params = [int(p) for group in re.findall(r"\x1b\[([0-9;]*)m", text) for p in group.split(";") if p]
    return [p for p in params if 30 <= p <= 49 or 90 <= p <= 107]


def test_missing_fields_are_shown_as_missing():
    console = view.make_console(file=io.StringIO(), width=80, record=True)
    view.show_records([Article(source="x.txt").to_dict()], console)
    text = console.export_text()
    assert "(no headline)" in text and "(no body)" in text and "—" in text


def test_parse_on_a_terminal_shows_the_view(monkeypatch, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("WASHINGTON, June 3. /TASS/. A short story about nothing in particular at all.\n",
                    encoding="utf-8")
    monkeypatch.setattr("tasscli.cli.main.is_terminal", lambda stream: True)
    result = CliRunner().invoke(main, ["parse", "--no-color", str(page)])
    assert result.exit_code == 0, result.output
    assert "published" in result.output and not result.output.lstrip().startswith("{")
    # An explicit --format always gives data, terminal or not.
    result = CliRunner().invoke(main, ["parse", "--format", "jsonl", str(page)])
    assert result.output.startswith("{")


def test_piped_parse_prints_json_lines(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("MOSCOW, May 1. /TASS/. Text of a story that is long enough to count as one.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(page)])
    assert result.exit_code == 0 and result.output.startswith("{")


def test_jsonl_path_imports_no_rich(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("MOSCOW, May 1. /TASS/. Text of a story.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "tasscli", "parse", str(page),
                           "--format", "jsonl"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "rich" not in proc.stderr


@pytest.mark.parametrize("width", [40, 100, 160])
def test_renders_at_any_width(width):
    assert "Arctic ferry" in render(ARTICLE, width)
