"""Where the tests' files are, named once, so that no test depends on how deep in tests/ it sits.

Importable from every test module (and from tests/benchmark.py run as a script) because tests/ is
on sys.path: pytest puts the root conftest.py's folder there, Python a script's own folder.
"""
from pathlib import Path

#: The checkout: README.md, setup.cfg, tasscli/, tools/.
ROOT = Path(__file__).resolve().parents[1]
#: The golden samples, the one place for them: every `NAME.txt` with the records expected of it in
#: `NAME.json` (tests/corpus/test_samples.py); the README's examples and the benchmark read them too.
SAMPLES = ROOT / "samples"
#: The tests' other stored files: expected renderings (`snapshots/`) and reference data (`ninjs/`).
DATA = ROOT / "tests" / "data"
SNAPSHOTS = DATA / "snapshots"
NINJS_SCHEMA = DATA / "ninjs" / "ninjs-schema_2.2.json"
#: ../shared beside the checkout, read-only: the gold corpus, the seed page, the scorer. Tests that
#: read it skip with a reason where it is absent (the `shared` fixture of conftest.py).
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed"
