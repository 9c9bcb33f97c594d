"""The command line's module turns the cyclic collector off while its modules load, freezes what
they made, and gives the caller's collector state back (tasscli.cli.main): a program or a test that
imports it keeps collecting, and one that had turned collection off keeps it off."""
from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import gc
{before}
import tasscli.cli.main
print(gc.isenabled(), gc.get_freeze_count() > 1000)
"""


@pytest.mark.parametrize("before, enabled", [("", "True"), ("gc.disable()", "False")])
def test_importing_the_command_line_gives_the_collector_state_back(before, enabled):
    out = subprocess.run([sys.executable, "-c", PROBE.format(before=before)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == [enabled, "True"]  # and what loaded is frozen, not walked by the next collection
