from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared (seed, corpus, scorer) is not beside this checkout")
    return SHARED
