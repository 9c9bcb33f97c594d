"""Compiled regular expressions kept on disk between runs, for start-up (issue 6).

A shell loop runs `tasscli parse` once per file, and in such a one-page run compiling the
parser's patterns cost more than parsing the page: the dateline shapes alone take about 3 ms,
and `re` compiles afresh in every process (it has no cache on disk, as Python has for bytecode).
This module is that cache. At start it puts the patterns an earlier run compiled behind `re`'s
own cache, so that `re.compile` in the parser finds them built (each is built when first asked
for); at exit it stores the patterns this run compiled that the file lacked. The parser is
unchanged and unaware.

What is stored per pattern is what `re`'s compiler produced from it (its code, flags and group
names), rebuilt with `_sre.compile` as `re` itself does. That leans on CPython's internals
(`re._parser`, `re._compiler`, `_sre`, and `re._cache`, which it replaces with a dict that
builds a stored pattern on a miss), so every step is guarded: on another
implementation, another Python or another `_sre`, or with a file that is missing, unreadable or
damaged, nothing is loaded and `re` compiles as usual. A pattern is stored only when the object
rebuilt from its stored parts compares equal to the one `re` compiled (a Pattern's == compares
its code), so a loaded pattern matches exactly as a freshly compiled one.

The file is `patterns-<python>.bin` in `$TASSCLI_CACHE_DIR`, else `$XDG_CACHE_HOME/tasscli`,
else `~/.cache/tasscli`. It may be deleted at any time. `TASSCLI_NO_CACHE=1` turns it off.

The file is not trusted (issue 22: a byte-fuzzed file once gave a record without its dateline and
once a segmentation fault; a fifo in its place hung start-up; a link to /dev/zero ate memory): it is
opened without blocking and read only when it is a regular file of at most MAX_BYTES, and its
contents only when they carry a CRC-32 of themselves (`seal`), so a damaged file is never
handed to marshal or to `_sre`.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from typing import Any, Dict, Mapping, Optional, Set, Tuple, TypeAlias

try:
    import _sre
    from re import _compiler, _parser  # Python 3.11+
except ImportError:  # Python 3.10 names them sre_compile and sre_parse
    try:
        import _sre
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:  # not CPython
        _sre = None  # type: ignore[assignment]

FORMAT = 2
MAX_ENTRIES = 2048  # four times `re`'s own cache (re._MAXCACHE): the parser compiles over 512 patterns a run
MAX_BYTES = 4 * 1024 * 1024  # the parser's patterns take about 300 KB
DIGEST = 4  # bytes of CRC-32 before the data
DIR_ENV = "TASSCLI_CACHE_DIR"
OFF_ENV = "TASSCLI_NO_CACHE"

Key: TypeAlias = "Tuple[bool, Any, int]"  # (bytes pattern?, pattern, flags)
Parts: TypeAlias = "Tuple[int, list, int, Dict[str, int], Tuple[Optional[str], ...]]"
#: The format of one code word (_sre.CODESIZE bytes): the code is stored as bytes, which marshal
#: reads ten times faster than a list of ints.
WORD = next((code for code in "IL" if memoryview(bytes(8)).cast(code).itemsize == getattr(_sre, "CODESIZE", 0)),
            None)


def _stamp() -> Tuple[Any, ...]:
    """What the stored code depends on: a file written under anything else is not read."""
    return (FORMAT, sys.implementation.name, sys.version, getattr(_sre, "MAGIC", None),
            getattr(_sre, "CODESIZE", None), WORD)


def cache_file(environ: Mapping[str, str] = os.environ) -> Optional[str]:
    """The cache file's path, or None when the cache is off or cannot work here."""
    if environ.get(OFF_ENV) or _sre is None or WORD is None or sys.implementation.name != "cpython" \
            or not isinstance(getattr(re, "_cache", None), dict):
        return None
    folder = environ.get(DIR_ENV)
    if not folder:
        base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "tasscli")
    return os.path.join(folder, f"patterns-{sys.implementation.cache_tag}.bin")


def parts(pattern: Any, flags: int) -> Parts:
    """What `re`'s compiler makes of `pattern` (as re._compiler.compile does, before _sre)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The opcodes are int subclasses (named constants), which marshal does not take.
    return (int(flags | parsed.state.flags), [int(op) for op in code], int(parsed.state.groups - 1),
            groupindex, tuple(indexgroup))


def build(pattern: Any, stored: Parts) -> re.Pattern:
    final_flags, code, groups, groupindex, indexgroup = stored
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def pack(stored: Parts) -> Tuple[Any, ...]:
    """`stored` as written to the file: the code as bytes."""
    from array import array  # only when writing: one module less to load at every start

    return (stored[0], array(WORD, stored[1]).tobytes(), *stored[2:])  # type: ignore[arg-type]


def unpack(packed: Tuple[Any, ...]) -> Parts:
    return (packed[0], memoryview(packed[1]).cast(WORD).tolist(), *packed[2:])  # type: ignore[return-value]


def _checksum(data: bytes) -> bytes:
    """CRC-32 of `data`: it finds a damaged file (flipped bytes, a cut) as surely as a cryptographic
    digest does, and whoever can write the cache could write a matching digest of any kind. BLAKE2
    cost 12M instructions of a one-page run (4% of it); CRC-32 about a tenth of that."""
    from zlib import crc32

    return crc32(data).to_bytes(DIGEST, "big")


def seal(data: bytes) -> bytes:
    """`data` behind its digest, as written to the file."""
    return _checksum(data) + data


def unseal(sealed: Optional[bytes]) -> Optional[memoryview]:
    """The data of a sealed file, or None when its digest does not match (a damaged file). A view,
    not a copy: the file is some 500 KB, and copying it cost 0.7M instructions of every start."""
    if sealed is None or len(sealed) <= DIGEST:
        return None
    data = memoryview(sealed)[DIGEST:]
    return data if _checksum(data) == sealed[:DIGEST] else None


def read_regular(path: str, limit: int) -> Optional[bytes]:
    """The bytes of `path` when it is a regular file of at most `limit` bytes, else None. Opened
    without blocking (a fifo in its place would wait for a writer for ever) and read to the
    limit at most (a device never ends)."""
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks) if size <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


class LazyPatterns(dict):
    """`re`'s own cache, which also holds the file's patterns and builds each from its stored parts
    the first time `re` looks it up: before Python 3.12 `re._compile` asks `_cache[key]` (a miss
    calls `__missing__`), since 3.12 `_cache.pop(key, None)`. Building only what a run asks for
    keeps a file of a few hundred patterns (every command's, every layout's) from costing each
    start its whole size."""

    def __init__(self, compiled: Dict[Any, Any], stored: Dict[Key, Tuple[Any, ...]]) -> None:
        super().__init__(compiled)
        self.stored = stored
        self.built: Set[Key] = set()  # stored patterns this run asked for

    def _build(self, key: Any) -> re.Pattern:
        kind, pattern, flags = key
        stored_key = (kind is bytes, pattern, flags)
        packed = self.stored.get(stored_key) if kind in (str, bytes) else None
        if packed is None:
            raise KeyError(key)
        try:
            compiled = build(pattern, unpack(packed))
        except Exception:  # damaged code (_sre refuses it): `re` compiles the pattern itself
            del self.stored[stored_key]
            raise KeyError(key) from None
        self.built.add(stored_key)
        return compiled

    def __missing__(self, key: Any) -> re.Pattern:
        compiled = self._build(key)
        self[key] = compiled
        return compiled

    def pop(self, key: Any, *default: Any) -> Any:
        if key not in self:
            try:
                return self._build(key)
            except KeyError:
                if default:
                    return default[0]
                raise
        return super().pop(key, *default)


class PatternCache:
    """One process's view of the file: what was loaded from it, and what to add at exit."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stored: Dict[Key, Tuple[Any, ...]] = {}  # as in the file (`pack`)
        self.used: Set[Key] = set()  # stored patterns this run asked for
        self.pid = os.getpid()

    def load(self) -> int:
        """Put `re`'s cache in front of the file's patterns; return how many. Never raises."""
        try:
            data = unseal(read_regular(self.path, MAX_BYTES))
            if data is None:
                return 0
            stamp, entries = marshal.loads(data)
            if stamp != _stamp() or not isinstance(entries, dict):
                return 0
            for key in entries:
                is_bytes, pattern, flags = key
                if type(pattern) is not (bytes if is_bytes else str) or type(flags) is not int:
                    return 0
            cache = LazyPatterns(re._cache, entries)  # type: ignore[attr-defined]
            re._cache = cache  # type: ignore[attr-defined]
            self.stored = entries
            self.used = cache.built
            return len(entries)
        except Exception:  # a missing, damaged or foreign file: compile as usual
            return 0

    def new_entries(self) -> Dict[Key, Tuple[Any, ...]]:
        """The patterns in `re`'s cache that the file lacks, each checked to rebuild equal."""
        found: Dict[Key, Tuple[Any, ...]] = {}
        for (kind, pattern, flags), compiled in list(re._cache.items()):  # type: ignore[attr-defined]
            key = (kind is bytes, pattern, flags)
            if kind not in (str, bytes) or type(flags) is not int or key in self.stored:
                continue
            try:
                packed = pack(parts(pattern, flags))
                if build(pattern, unpack(packed)) == compiled:
                    found[key] = packed
            except Exception:  # a pattern this module cannot rebuild is simply not stored
                continue
        return found

    def save(self) -> bool:
        """Write the file again when this run compiled patterns it lacks. Never raises."""
        if os.getpid() != self.pid:  # a forked worker: the main process writes
            return False
        try:
            new = self.new_entries()
            if not new:
                return False
            # Oldest first, so that past MAX_ENTRIES the patterns no recent run asked for go.
            entries = {key: packed for key, packed in self.stored.items() if key not in self.used}
            entries.update((key, self.stored[key]) for key in self.used if key in self.stored)
            entries.update(new)
            if len(entries) > MAX_ENTRIES:
                entries = dict(list(entries.items())[len(entries) - MAX_ENTRIES:])
            data = seal(marshal.dumps((_stamp(), entries)))
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            temporary = f"{self.path}.{os.getpid()}.tmp"
            try:
                with open(temporary, "wb") as handle:
                    handle.write(data)
                os.replace(temporary, self.path)  # readers see the old file or the new, never half
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
            self.stored = entries
            return True
        except Exception:  # an unwritable cache folder costs only speed
            return False


_installed: Set[str] = set()


def install(environ: Mapping[str, str] = os.environ) -> Optional[PatternCache]:
    """Load the cache file into `re` and store new patterns at exit (once per process)."""
    path = cache_file(environ)
    if path is None or path in _installed:
        return None
    _installed.add(path)
    # `re` keeps its last 512 patterns (re._MAXCACHE) and drops the oldest past that; the parser
    # compiles more than 512, so the first ones were gone from `re`'s cache at exit, never stored,
    # and compiled again in every warm run. Its cache holds MAX_ENTRIES while this one is in use.
    if getattr(re, "_MAXCACHE", MAX_ENTRIES) < MAX_ENTRIES:
        re._MAXCACHE = MAX_ENTRIES  # type: ignore[attr-defined]
    cache = PatternCache(path)
    cache.load()
    atexit.register(cache.save)
    return cache
