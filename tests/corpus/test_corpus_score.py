"""The shared scorer on the shared TASS corpus must stay at or above the accepted figures."""
import json
import subprocess
import sys

TASS_MIN_FIELDS = 99.0  # % of field checks (issue 2)
TASS_MIN_PAGES = 90.0  # % of pages fully right (issue 2)


def score(shared, kind):
    command = f"{sys.executable} -m tasscli parse --format jsonl"
    done = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "corpus" / kind),
                           "--cmd", command, "--json", "--show", "0"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    return summary, done.stdout


def test_tass_corpus_score(shared):
    summary, table = score(shared, "tass")
    assert summary["overall_pct"] >= TASS_MIN_FIELDS, table
    assert 100 * summary["pages_right"] / summary["pages"] >= TASS_MIN_PAGES, table


def test_seed_page(shared):
    from tasscli import parse

    path = next((shared / "seed").glob("*.txt"))
    [article] = parse(path.read_text(encoding="utf-8"), str(path))
    assert article.headline == "Putin asked Bill Clinton to consider option Russia might join NATO"
    assert article.section == "Russian Politics & Diplomacy"
    assert article.published == "2017-06-03T19:06:00+03:00"
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == ("WASHINGTON", "June 3", "TASS")
    assert article.credits == ("Sergey Velichkin, Vladimir Rodionov/TASS",)
    assert len(article.body) == 10
    assert article.body[0].startswith("Russian President Vladimir Putin suggested")
