import atexit
import os
import shutil
import signal
import tempfile

import pytest
from paths import SHARED

# The compiled-pattern cache (tasscli.cli.patterncache) of the tests' runs, in this process and in the
# subprocesses they start, goes to a folder of this run's, not the user's ~/.cache.
_PATTERN_CACHE = tempfile.mkdtemp(prefix="tasscli-test-cache-")
os.environ["TASSCLI_CACHE_DIR"] = _PATTERN_CACHE
atexit.register(shutil.rmtree, _PATTERN_CACHE, ignore_errors=True)


# A shell starts a background job (`pytest &`) with SIGINT ignored, and the children of the tests
# inherit that: the Ctrl-C tests' tasscli would then never see its SIGINT. Python's own handler
# instead becomes the default again at a child's exec.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared (seed, corpus, scorer) is not beside this checkout")
    return SHARED
