"""The public Python API: the records the command line writes, from Python.

    import tasscli

    tasscli.parse(text, "page.txt")             # one page's text -> [Article], normalized as the CLI does
    tasscli.read(["pages/", "archive.zip"])     # files, folders, archives -> Page(source, text, warnings)
    tasscli.records(["pages/", "archive.zip"])  # -> the dicts `tasscli convert` writes, in input order

Each is the command line's own code, not a copy of it: `parse` is `tasscli.batch.pipeline.page_articles`,
`read` is `tasscli.io.readers.read_inputs`, and `records` runs the pipeline `convert` runs
(`run_pages`, with `jobs` processes), so `records(inputs)` equals `tasscli convert INPUTS -o out.jsonl`
line for line (tests/api/test_api.py checks it on every sample and corpus page).

A page that cannot be read never stops the others, as in `convert`. What happens to it is `errors`:

- `"warn"` (the default): a `TasscliWarning` saying `SOURCE: reason`, the line `convert` prints on
  stderr, and the batch goes on;
- `"raise"`: an `InputError` (`.source`, `.reason`) at the first such page;
- `"include"`: in its place in the output, `read` yields the `Failure` (source, reason) and
  `records` the dict `{"source": ..., "error": ...}` that `convert --errors FILE` writes to FILE;
- a callable: called with the `InputError`, and the batch goes on (`lambda error: None` ignores it).
"""
from __future__ import annotations

import os
import warnings
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from tasscli.errors import InputError
from tasscli.io.readers import DEFAULT_GLOB, Failure, Page, read_inputs
from tasscli.io.splitting import MAX_PAGE_SIZE
from tasscli.parsing.normalize import NormalizeOptions
from tasscli.record import Article
from tasscli.vocab import Vocabulary

#: A path, or several. A str or os.PathLike is one input, as one word on the command line.
Inputs = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]
#: What to do with a page that cannot be read (see the module docstring).
Errors = Union[str, Callable[[InputError], None]]  # "warn", "raise", "include" or a callable
ERROR_POLICIES = ("warn", "raise", "include")


class TasscliWarning(UserWarning):
    """A page that could not be read (`errors="warn"`): the message is `SOURCE: reason`."""


def options(normalize: bool = True, ascii_punctuation: bool = False) -> NormalizeOptions:
    """The normalization `--raw` (normalize=False) and `--ascii-punctuation` choose on the command line."""
    if not normalize and ascii_punctuation:
        raise ValueError("normalize=False and ascii_punctuation=True cannot be used together "
                         "(--raw with --ascii-punctuation)")
    return NormalizeOptions(raw=not normalize, ascii_punctuation=ascii_punctuation)


def parse(text: str, source: str = "-", normalize: bool = True, *, ascii_punctuation: bool = False,
          vocab: Optional[Vocabulary] = None) -> List[Article]:
    """The articles of one page's text, in page order, as the command line makes them.

    Returns `Article` objects (attributes, `.lines` for what became of each page line); each one's
    `.to_dict()` is the record `tasscli parse` prints for that text. `normalize=False` is `--raw`:
    the text exactly as the parser cut it, no `place_name`, no `section_slug`. Pure: no I/O, never
    raises on any text. (`tasscli.parsing.parser.parse` is the parser alone, without normalization.)
    """
    from tasscli.batch.pipeline import page_articles

    return page_articles(text, source, options(normalize, ascii_punctuation), vocab)


def read(inputs: Inputs, *, glob: str = DEFAULT_GLOB, nested: bool = False, max_page_size: int = MAX_PAGE_SIZE,
         errors: Errors = "warn") -> Iterator[Union[Page, Failure]]:
    """Every page of `inputs` (files, folders, archives, `.gz`/`.bz2`/`.xz`, `"-"` for standard
    input), in input order, exactly as `tasscli convert` reads them: `Page(source, text, warnings)`
    named tuples (`warnings`: what reading noticed, e.g. `decoded as cp1251`). `glob`, `nested` and
    `max_page_size` (bytes of text as UTF-8) are `--glob`, `--nested` and `--max-page-size`. Lazy: one file
    is open at a time and memory stays flat."""
    handle = _handler(errors)
    for item in read_inputs(_paths(inputs), glob, None, _size(max_page_size), nested):
        if isinstance(item, Failure):
            if handle(item.error()):
                yield item
            continue
        yield item


def records(inputs: Inputs, *, glob: str = DEFAULT_GLOB, nested: bool = False,
            max_page_size: int = MAX_PAGE_SIZE, normalize: bool = True, ascii_punctuation: bool = False,
            fields: Optional[List[str]] = None, jobs: int = 1, errors: Errors = "warn") -> Iterator[Dict[str, Any]]:
    """The record dicts `tasscli convert INPUTS -o out.jsonl` writes, in the same order, with the
    same options (`fields` is `--fields`; `normalize=False` is `--raw`). `jobs` > 1 parses in
    that many processes in all, as `--jobs` (the default 1 starts none). Pages that cannot be
    read: see `errors` in the module docstring (`"include"` puts `{"source", "error"}` dicts in
    their place). Lazy: records come out as pages are parsed; memory stays flat."""
    from tasscli.batch.pipeline import Engine, Report, check_fields, run_pages

    handle = _handler(errors)
    settings = options(normalize, ascii_punctuation)
    chosen = check_fields(list(fields)) if fields else None
    items = read_inputs(_paths(inputs), glob, None, _size(max_page_size), nested)
    with Engine(jobs, chosen, settings) as engine:
        for outcome in run_pages(items, engine, Report()):
            if outcome.records is None:
                if handle(outcome.input_error()):
                    yield error_record(outcome.source, outcome.error or "failed")
                continue
            yield from outcome.records


def file_records(name: str, data: bytes, *, glob: str = DEFAULT_GLOB, nested: bool = False,
                 max_page_size: int = MAX_PAGE_SIZE, normalize: bool = True, ascii_punctuation: bool = False,
                 fields: Optional[List[str]] = None) -> List[Dict[str, Any]]:
    """The records of one file held in memory (a page file, a `.gz`, a zip, a tar), as `records([name])`
    gives them for that file on disk, with error dicts in place (`errors="include"`): the function
    for Spark's `binaryFiles` (README, "Millions of pages"). The whole file is in memory."""
    from tasscli.batch.pipeline import check_fields
    from tasscli.io.parts import read_bytes

    settings = options(normalize, ascii_punctuation)
    chosen = check_fields(list(fields)) if fields else None
    return _records_in_place(read_bytes(name, data, glob, _size(max_page_size), nested), chosen, settings)


def part_records(parts: Sequence[Any], glob: str = DEFAULT_GLOB, max_page: int = MAX_PAGE_SIZE,
                 nested: bool = False, settings: Optional[NormalizeOptions] = None,
                 fields: Optional[List[str]] = None) -> List[Dict[str, Any]]:
    """The records, and error dicts in place, of parts that `tasscli.io.parts.plan` made: what a
    cluster's worker runs on its partition (`tasscli.dask`, the Spark recipe). `settings` is
    `options(normalize, ascii_punctuation)`; `fields` as checked by `records`."""
    from tasscli.io.parts import read_part

    items = (item for part in parts for item in read_part(part, glob, max_page, nested))
    return _records_in_place(items, fields, settings)


def _records_in_place(items: Iterable[Any], fields: Optional[List[str]],
                      settings: Optional[NormalizeOptions]) -> List[Dict[str, Any]]:
    """The records of `items` (pages or failures), in order, an error dict in each failure's place."""
    from tasscli.batch.pipeline import process

    out: List[Dict[str, Any]] = []
    for item in items:
        outcome = process(item, fields, settings)
        if outcome.records is None:
            out.append(error_record(outcome.source, outcome.error or "failed"))
        else:
            out.extend(outcome.records)
    return out


def error_record(source: str, reason: str) -> Dict[str, Any]:
    """The dict `convert --errors FILE` writes for a page that could not be read."""
    return {"source": source, "error": reason}


def is_error(record: Dict[str, Any]) -> bool:
    """Is this dict an error record (`errors="include"`) rather than an article? Records never have
    an `error` key."""
    return "error" in record


# --- helpers ---------------------------------------------------------------------------------------


def _paths(inputs: Inputs) -> List[str]:
    if isinstance(inputs, (str, os.PathLike)):
        return [os.fspath(inputs)]
    return [os.fspath(path) for path in inputs]


def _size(max_page_size: int) -> int:
    if not isinstance(max_page_size, int) or max_page_size < 1:
        raise ValueError(f"max_page_size must be a whole number of bytes >= 1, not {max_page_size!r}")
    return max_page_size


def _handler(errors: Errors) -> Callable[[InputError], bool]:
    """What to do with a failure: a function that acts and says whether to yield it in its place."""
    if callable(errors):
        callback = errors

        def call(error: InputError) -> bool:
            callback(error)
            return False

        return call
    if errors == "warn":
        return _warn
    if errors == "raise":
        return _raise
    if errors == "include":
        return lambda error: True
    raise ValueError(f"errors must be one of {', '.join(ERROR_POLICIES)} or a callable, not {errors!r}")


def _warn(error: InputError) -> bool:
    warnings.warn(f"{error.source}: {error.reason}", TasscliWarning, stacklevel=2)
    return False


def _raise(error: InputError) -> bool:
    raise error


__all__ = ["ERROR_POLICIES", "Errors", "Inputs", "TasscliWarning", "error_record", "file_records", "is_error",
           "options", "parse", "part_records", "read", "records"]
