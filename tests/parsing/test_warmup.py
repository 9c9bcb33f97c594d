"""The tables made after a warm-up (tasscli.parsing.warmup): what they give before, what after, and
that a cold grammar reads every line as a warmed one does."""
import glob
import re
from pathlib import Path

from paths import CORPUS, SAMPLES

from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import read_lines
from tasscli.parsing.warmup import WARM_UP, after_warm_up, warmed
from tasscli.vocab import DEFAULT


class Counted:
    def __init__(self) -> None:
        self.made = 0

    @after_warm_up("cold")
    def table(self) -> str:
        self.made += 1
        return "made"


def test_cold_for_the_warm_up_then_made_once():
    item = Counted()
    assert [item.table for _ in range(WARM_UP)] == ["cold"] * WARM_UP and item.made == 0
    assert item.table == "made" and item.table == "made" and item.made == 1
    assert warmed(Counted()).table == "made"


class Two:
    @after_warm_up("cold")
    def often(self) -> str:
        return "made"

    @after_warm_up("cold")
    def seldom(self) -> str:
        return "made"


def test_the_first_table_made_makes_the_others():
    item = Two()
    assert item.seldom == "cold"
    assert [item.often for _ in range(WARM_UP)] == ["cold"] * WARM_UP
    assert item.often == "made" and "seldom" in vars(item) and item.seldom == "made"


def _kinds(g: Grammar, texts):
    lines = read_lines("\n".join(texts))[2]
    for line in lines:
        classify(line, g, AGENCIES)
    # (A news item's info is its match, compared by what it matched: two matches are never equal.)
    return [(line.kind, line.text, line.notes, line.info.groupdict() if isinstance(line.info, re.Match) else line.info)
            for line in lines], [g.is_control(t) for t in texts]


def test_a_cold_grammar_reads_lines_as_a_warmed_one():
    names = sorted(glob.glob(str(SAMPLES / "*.txt"))) + sorted(glob.glob(str(CORPUS / "*" / "*.txt")))
    texts = [line.text for name in names[:100] for line in read_lines(Path(name).read_text(encoding="utf-8"))[2]]
    cold, warm = Grammar(DEFAULT, AGENCIES), warmed(Grammar(DEFAULT, AGENCIES))
    assert "first_gates" not in vars(cold) and "first_gates" in vars(warm)
    assert len(texts) > 500
    assert _kinds(cold, texts) == _kinds(warm, texts)
