"""Site-grouped cross-validation of the header labeler on ../shared/corpus (issue 15).

    python tools/crossval.py [--shared ../shared] [--folds 5] [--all]

A page's site is its file name up to the first "_"; tass.com pages ("tass_SECTION_ID") group by
their section. Sites are dealt to folds, largest first, each to the fold with fewest pages. For each
fold the labeler is trained (as tools/train_labeler.py trains it: seed, samples and every corpus
page outside the fold) and the fold's pages are parsed with it and with the rules alone, and scored
with ../shared/eval/score.py's own `check`: pages fully right, tass, wire and ru apart, every fold.
`--all` trains on everything and scores every page (the visible-corpus figure).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_labeler import MARGIN, folders, pairs  # noqa: E402

KINDS = ("tass", "wire", "ru")


def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def site(source: str) -> str:
    name = Path(source).stem
    parts = name.split("_")
    return "tass_" + parts[1] if parts[0] == "tass" and len(parts) > 2 else parts[0]


def page_right(score, text: str, source: str, gold: dict, labeler) -> bool:
    from tasscli.parsing.normalize import normalize_article
    from tasscli.parsing.parser import parse

    records = [normalize_article(article).to_dict() for article in parse(text, source, labeler=labeler)]
    wanted = gold.get("articles", [])
    if len(records) != len(wanted):
        return False
    return all(all(score.check(record, want).values()) for record, want in zip(records, wanted))


def deal(pages: List[Tuple[str, str, str, dict]], count: int) -> List[List[int]]:
    """Page indexes of each fold: whole sites, largest first, to the fold with fewest pages."""
    sites: Dict[str, List[int]] = {}
    for index, (_, _, source, _) in enumerate(pages):
        sites.setdefault(site(source), []).append(index)
    folds: List[List[int]] = [[] for _ in range(count)]
    for name in sorted(sites, key=lambda name: (-len(sites[name]), name)):
        min(folds, key=len).extend(sites[name])
    return folds


def tally(score, pages, indexes, labeler) -> Dict[str, List[int]]:
    out = {kind: [0, 0] for kind in KINDS}
    for index in indexes:
        kind, text, source, gold = pages[index]
        out[kind][1] += 1
        out[kind][0] += page_right(score, text, source, gold, labeler)
    return out


def line(name: str, labeled: Dict[str, List[int]], rules: Dict[str, List[int]]) -> str:
    cells = [f"{kind} {labeled[kind][0]}/{labeled[kind][1]} (rules {rules[kind][0]})"
             for kind in KINDS if labeled[kind][1]]
    return f"{name:<8}" + "   ".join(cells)


def main() -> int:
    from tasscli.parsing.labeler import HeaderLabeler
    from tasscli.parsing.labeler.model import from_json
    from tasscli.parsing.labeler.training import examples, train

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--all", action="store_true", help="train on every page, score every corpus page")
    ap.add_argument("--margin", type=float, default=MARGIN, help=f"(default {MARGIN}, as shipped)")
    args = ap.parse_args()
    score = scorer(args.shared)
    pages = [(kind, text, source, gold) for kind in KINDS
             for text, source, gold in pairs(args.shared / "corpus" / kind)]
    fixed = [page for folder in folders(args.shared)[3:] for page in pairs(folder)]  # seed, samples
    folds = [list(range(len(pages)))] if args.all else deal(pages, args.folds)
    sums = {kind: [0, 0] for kind in KINDS}
    base = {kind: [0, 0] for kind in KINDS}
    for number, held in enumerate(folds, 1):
        out = set(held) if not args.all else set()
        training = fixed + [(text, source, gold) for i, (_, text, source, gold) in enumerate(pages) if i not in out]
        model = from_json(train(examples(training), margin=args.margin).to_json())  # as shipped: weights rounded
        labeled = tally(score, pages, held, HeaderLabeler(model))
        rules = tally(score, pages, held, None)
        print(line("all" if args.all else f"fold {number}", labeled, rules))
        for kind in KINDS:
            for total, part in ((sums, labeled), (base, rules)):
                total[kind][0] += part[kind][0]
                total[kind][1] += part[kind][1]
    print(line("total", sums, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
