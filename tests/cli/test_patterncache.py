"""The compiled-pattern cache (tasscli.cli.patterncache): loaded patterns match exactly as freshly
compiled ones, a bad file costs only speed, and a warm run compiles none of the parser's patterns."""
from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import paths
import pytest

from tasscli.cli import patterncache

SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))

PATTERNS = [
    (r"^(?P<place>[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)*),\s*(?P<date>\w+ \d{1,2})\.\s*/TASS/\.", 0),
    (r"(?i:january|february|march)\s+\d+", 0),
    (r"(?<=\()[^()]{2,40}(?=\))", re.IGNORECASE),
    (r"^\s*$", re.MULTILINE),
    (r"(?P<a>x)?(?(a)y|z)", 0),
    (r"[ЁА-яё]+\s+\d{4}", 0),
    (r"\bword\b.*?end", re.DOTALL | re.VERBOSE),
    (rb"\x00[\x01-\x7f]{2,}", 0),
]
TEXTS = ["WASHINGTON, June 3. /TASS/. The", "march 12 and FEBRUARY 3", "(AP) wrote", "\n  \nx",
         "xy z", "Москва 2024", "a word then\nthe end", "moscow, June 3. /TASS/."]


def fresh(pattern, flags):
    """`pattern` compiled past re's cache."""
    return patterncache._compiler.compile(pattern, flags)


def matches(compiled, texts):
    out = []
    for text in texts:
        if isinstance(compiled.pattern, bytes):
            text = text.encode("utf-8")
        out.append([(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)])
    return out


@pytest.fixture(autouse=True)
def own_re_cache(monkeypatch):
    """Each test gets `re`'s cache back as it was (loading replaces it)."""
    monkeypatch.setattr(re, "_cache", dict(re._cache))


@pytest.fixture
def cache_path(tmp_path):
    return str(tmp_path / "cache" / "patterns.bin")


def test_stored_parts_rebuild_the_same_pattern():
    for pattern, flags in PATTERNS:
        stored = patterncache.unpack(patterncache.pack(patterncache.parts(pattern, flags)))
        rebuilt = patterncache.build(pattern, stored)
        compiled = fresh(pattern, flags)
        assert rebuilt == compiled
        assert rebuilt.groupindex == compiled.groupindex and rebuilt.flags == compiled.flags
        assert matches(rebuilt, TEXTS) == matches(compiled, TEXTS)


def test_save_then_load_hands_re_the_stored_patterns(cache_path):
    compiled = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert patterncache.PatternCache(cache_path).save()
    assert os.path.isfile(cache_path)
    re.purge()
    cache = patterncache.PatternCache(cache_path)
    assert cache.load() >= len(PATTERNS)
    for (pattern, flags), before in zip(PATTERNS, compiled):
        loaded = re.compile(pattern, flags)  # found in re's cache: not compiled again
        assert loaded is not before and loaded == before
        assert matches(loaded, TEXTS) == matches(before, TEXTS)
    assert not cache.save()  # nothing new: the file is not written again


def test_a_stored_pattern_is_built_only_when_asked_for(cache_path):
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    patterncache.PatternCache(cache_path).save()
    re.purge()
    cache = patterncache.PatternCache(cache_path)
    cache.load()
    assert isinstance(re._cache, patterncache.LazyPatterns) and not cache.used
    pattern, flags = PATTERNS[1]
    re.compile(pattern, flags)
    assert cache.used == {(False, pattern, flags)}
    assert (str, PATTERNS[2][0], PATTERNS[2][1]) not in dict.keys(re._cache)


def test_the_lookup_of_python_3_12_finds_stored_patterns_too(cache_path):
    """Since 3.12 re._compile takes a pattern out of `_cache` with pop(key, None)."""
    pattern, flags = PATTERNS[0]
    re.compile(pattern, flags)
    patterncache.PatternCache(cache_path).save()
    re.purge()
    patterncache.PatternCache(cache_path).load()
    popped = re._cache.pop((str, pattern, flags), None)
    assert popped is not None and popped == fresh(pattern, flags)
    assert re._cache.pop((str, "never stored", 0), None) is None
    with pytest.raises(KeyError):
        re._cache.pop((str, "never stored", 0))


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("other", {})),
                                     marshal.dumps(((0, "x"), {(False, "a", 0): "junk"})),
                                     b"\x00" * 100])
def test_a_damaged_or_foreign_file_loads_nothing_and_raises_nothing(cache_path, content):
    os.makedirs(os.path.dirname(cache_path))
    Path(cache_path).write_bytes(content)
    assert patterncache.PatternCache(cache_path).load() == 0
    assert type(re._cache) is dict


def test_a_file_from_another_python_is_not_read(cache_path):
    re.compile(PATTERNS[0][0])
    cache = patterncache.PatternCache(cache_path)
    cache.save()
    stamp, entries = marshal.loads(patterncache.unseal(Path(cache_path).read_bytes()))
    Path(cache_path).write_bytes(patterncache.seal(marshal.dumps((stamp[:2] + ("2.7.18",) + stamp[3:], entries))))
    assert patterncache.PatternCache(cache_path).load() == 0


def test_damaged_code_is_refused_by_sre_not_run(cache_path):
    pattern = "^(?P<x>ab+)c$"
    re.compile(pattern)
    patterncache.PatternCache(cache_path).save()
    stamp, entries = marshal.loads(patterncache.unseal(Path(cache_path).read_bytes()))
    key = (False, pattern, 0)
    final_flags, code, groups, groupindex, indexgroup = patterncache.unpack(entries[key])
    damaged = (final_flags, code[:-3] + [9999, 9999, 9999], groups, groupindex, indexgroup)
    entries[key] = patterncache.pack(damaged)
    Path(cache_path).write_bytes(patterncache.seal(marshal.dumps((stamp, entries))))  # sealed: _sre's turn
    re.purge()
    patterncache.PatternCache(cache_path).load()  # refused: nothing loaded, nothing raised
    assert re.compile(pattern).match("abbc")["x"] == "abb"


# --- the file is not trusted (issue 22) ---------------------------------------------------------------


def _saved(cache_path):
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    assert patterncache.PatternCache(cache_path).save()
    re.purge()
    return Path(cache_path).read_bytes()


def test_every_damaged_byte_is_refused_before_marshal_or_sre(cache_path):
    good = _saved(cache_path)
    step = max(1, len(good) // 300)
    for offset in range(0, len(good), step):
        damaged = bytearray(good)
        damaged[offset] ^= 0x5A
        Path(cache_path).write_bytes(bytes(damaged))
        assert patterncache.PatternCache(cache_path).load() == 0, offset
    Path(cache_path).write_bytes(good[:-1])
    assert patterncache.PatternCache(cache_path).load() == 0
    Path(cache_path).write_bytes(good)
    assert patterncache.PatternCache(cache_path).load() >= len(PATTERNS)  # and what re held before


def test_a_file_over_the_size_limit_is_not_read(cache_path, monkeypatch):
    good = _saved(cache_path)
    monkeypatch.setattr(patterncache, "MAX_BYTES", len(good) - 1)
    assert patterncache.PatternCache(cache_path).load() == 0


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_cache_that_is_no_regular_file_is_passed_by_at_once(tmp_path, kind):
    folder = tmp_path / "special"
    folder.mkdir()
    path = folder / os.path.basename(patterncache.cache_file({"TASSCLI_CACHE_DIR": "x"}))
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        os.symlink("/dev/zero", path)
    else:
        path.mkdir()
    environ = {name: value for name, value in os.environ.items() if name != "TASSCLI_NO_CACHE"}
    environ["TASSCLI_CACHE_DIR"] = str(folder)
    done = subprocess.run([sys.executable, "-m", "tasscli", "parse", "--format", "jsonl", str(SAMPLES[0])],
                          capture_output=True, env=environ, timeout=60)  # a hang or a memory blow-up fails
    assert done.returncode == 0 and done.stdout.count(b"\n") >= 1


def test_an_unwritable_place_costs_nothing_but_speed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    re.compile("unwritable test pattern")
    assert not patterncache.PatternCache(str(blocker / "patterns.bin")).save()


def test_a_forked_worker_does_not_write(cache_path):
    re.compile("forked worker test pattern")
    cache = patterncache.PatternCache(cache_path)
    cache.pid = -1
    assert not cache.save() and not os.path.exists(cache_path)


def test_the_file_keeps_at_most_max_entries(cache_path, monkeypatch):
    monkeypatch.setattr(patterncache, "MAX_ENTRIES", 5)
    for number in range(12):
        re.compile(f"bounded test pattern {number}")
    patterncache.PatternCache(cache_path).save()
    _, entries = marshal.loads(patterncache.unseal(Path(cache_path).read_bytes()))
    assert len(entries) == 5


def test_where_the_file_is():
    tag = sys.implementation.cache_tag
    assert patterncache.cache_file({"TASSCLI_CACHE_DIR": "/x"}) == f"/x/patterns-{tag}.bin"
    assert patterncache.cache_file({"XDG_CACHE_HOME": "/y"}) == f"/y/tasscli/patterns-{tag}.bin"
    assert patterncache.cache_file({"TASSCLI_CACHE_DIR": "/x", "TASSCLI_NO_CACHE": "1"}) is None


# Runs in a fresh interpreter: installs the cache as the CLI does, parses every sample, and reports
# how many of tasscli's own patterns `re` had to compile and a digest of the records.
CHILD = r"""
import hashlib, json, sys
try:
    import re._compiler as compiler
except ImportError:  # Python 3.10
    import sre_compile as compiler
compiled = []
original = compiler.compile
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
compiler.compile = counting
from tasscli.cli import patterncache
patterncache.install()
from tasscli import parse
digest = hashlib.sha256()
for path in sys.argv[1:]:
    for article in parse(open(path, encoding="utf-8-sig").read(), source=path):
        digest.update(repr(article).encode("utf-8"))
ours = [p for p in compiled if isinstance(p, str)]
print(json.dumps({"compiled": len(ours), "digest": digest.hexdigest(), "which": ours}))
"""


def run_child(tmp_path, **env):
    environ = {name: value for name, value in os.environ.items() if name != "TASSCLI_NO_CACHE"}
    environ.update({"TASSCLI_CACHE_DIR": str(tmp_path / "child-cache"), **env})
    done = subprocess.run([sys.executable, "-c", CHILD, *map(str, SAMPLES)], capture_output=True, text=True,
                          env=environ, check=True)
    return json.loads(done.stdout)


def test_a_warm_run_compiles_none_of_the_parsers_patterns_and_parses_alike(tmp_path):
    off = run_child(tmp_path, TASSCLI_NO_CACHE="1")
    cold = run_child(tmp_path)
    warm = run_child(tmp_path)
    # The same patterns: without the cache `re` keeps its default 512 and, the parser holding more
    # than that, compiles a few again once others pushed them out (a bounded cost, once a process).
    assert off["compiled"] > 20 and set(cold["which"]) == set(off["which"])
    assert cold["compiled"] <= off["compiled"]
    assert warm["compiled"] == 0, warm["which"]  # a pattern built differently in each process?
    assert off["digest"] == cold["digest"] == warm["digest"]


def test_the_cli_output_is_the_same_with_and_without_the_cache(tmp_path):
    environ = {name: value for name, value in os.environ.items() if name != "TASSCLI_NO_CACHE"}
    environ["TASSCLI_CACHE_DIR"] = str(tmp_path / "cli-cache")
    command = [sys.executable, "-m", "tasscli", "parse", "--format", "jsonl", *map(str, SAMPLES)]
    outputs = [subprocess.run(command, capture_output=True, env=environ, check=True).stdout for _ in range(2)]
    plain = subprocess.run(command, capture_output=True, env={**environ, "TASSCLI_NO_CACHE": "1"},
                           check=True).stdout
    assert outputs[0] == outputs[1] == plain
    assert [path.name for path in (tmp_path / "cli-cache").iterdir()] == [
        os.path.basename(patterncache.cache_file({"TASSCLI_CACHE_DIR": "x"}))]


def test_no_file_is_written_when_the_cache_is_off(tmp_path):
    environ = {**os.environ, "TASSCLI_CACHE_DIR": str(tmp_path / "off"), "TASSCLI_NO_CACHE": "1"}
    subprocess.run([sys.executable, "-m", "tasscli", "parse", "--format", "jsonl", str(SAMPLES[0])],
                   capture_output=True, env=environ, check=True)
    assert not (tmp_path / "off").exists()
