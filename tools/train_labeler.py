"""Fit the header labeler's weights and write tasscli/parsing/labeler/weights.json.

    python tools/train_labeler.py [--shared ../shared] [--out PATH] [--check]

Training pages: every NAME.txt + NAME.json pair of ../shared/corpus/{tass,wire,ru}, the seed page
(../shared/seed) and the repository's samples/. How line roles are derived from the gold files is
told in `tasscli.parsing.labeler.training`. Seeded (seed 15, 10 epochs): the same pages give the same
file byte for byte. `--check` writes nothing and exits 1 when the shipped file differs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
#: The labeler overrules the rules' roles of a header only when its own score that much higher
#: (chosen with tools/crossval.py: held-out pages and the invariance tests).
MARGIN = 30.0
WEIGHTS = ROOT / "tasscli" / "parsing" / "labeler" / "weights.json"


def pairs(folder: Path) -> Iterator[Tuple[str, str, dict]]:
    """(text, source, gold) of each NAME.txt with a NAME.json beside it, in name order."""
    from tasscli.io.readers import read_path

    for path in sorted(folder.glob("*.txt")):
        gold = path.with_suffix(".json")
        if gold.exists():
            page = read_path(str(path))  # decoded as `tasscli parse` decodes it
            yield page.text, page.source, json.loads(gold.read_text(encoding="utf-8"))


def folders(shared: Path) -> List[Path]:
    return [shared / "corpus" / kind for kind in ("tass", "wire", "ru")] + [shared / "seed", ROOT / "samples"]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tasscli.parsing.labeler.training import examples, train

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = ap.parse_args()
    pages = [page for folder in folders(args.shared) for page in pairs(folder)]
    data = examples(pages)
    text = train(data, margin=MARGIN).to_json()
    print(f"train_labeler: {len(pages)} pages, {len(data)} article headers, "
          f"{sum(len(roles) for _, roles in data)} lines", file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("train_labeler: " + ("the shipped weights are the script's output" if same else
                                   f"{args.out} differs from the script's output"), file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
