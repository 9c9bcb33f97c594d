"""The long hypothesis run of issue 7: run by hand, not in CI (pytest does not collect this file).

    python tests/hypothesis_long.py           # 20,000 examples of each parse property
    python tests/hypothesis_long.py 50000     # or another number

It runs the property tests of tests/parsing/test_properties.py with TASSCLI_HYPOTHESIS_EXAMPLES set:
parse never raises, the body never gains text, every non-blank line is accounted for, lines are read
trimmed and single-spaced (20,000 examples each), and 1 MB lines (one fortieth as many: each is slow).
Prints the time taken and hypothesis's statistics; the exit status is pytest's.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main(argv: list) -> int:
    import pytest

    examples = int(argv[1]) if len(argv) > 1 else 20_000
    os.environ["TASSCLI_HYPOTHESIS_EXAMPLES"] = str(examples)
    start = time.perf_counter()
    status = pytest.main([str(Path(__file__).parent / "parsing" / "test_properties.py"), "-k", "property", "-q",
                          "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning",
                          "--hypothesis-show-statistics"])
    seconds = time.perf_counter() - start
    print(f"hypothesis_long: {examples} examples per property, {seconds:.0f} s, pytest status {int(status)}")
    return int(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
