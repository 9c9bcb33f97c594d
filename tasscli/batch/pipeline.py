"""The batch pipeline shared by `parse` and `convert`: pages in, records out, failures counted.

    read_inputs(paths)  ->  pages and failures, in input order        (tasscli.io.readers)
    Engine.outcomes()   ->  one `Outcome` per page, in the same order  (parsed here or in workers)
    Report.add()        ->  counts, summary line, exit status       (tasscli.batch.report)

Nothing here holds more than a bounded window of pages: memory stays flat however long the batch.
With `jobs > 1` there are `jobs` parsing processes in all: this one and `jobs - 1` workers. The
pages go out in chunks, at most `WINDOW` chunks per worker in flight; when the workers have their
fill, this process parses the next chunk itself instead of waiting (it also reads and writes, so a
core left to it alone would idle while the workers fell behind). Outcomes come back in input
order. The records are made by the same function either way, so the output is the same byte for
byte. The workers and their sockets are `tasscli.batch.workers`.
"""
from __future__ import annotations

import os
from collections import deque, namedtuple
from functools import partial
from itertools import repeat
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from tasscli.batch.learning import Learned, Taught, learning, taught_vocab
from tasscli.batch.report import Report
from tasscli.errors import InputError
from tasscli.io.limits import MAX_PAGES
from tasscli.io.readers import DEFAULT_GLOB, Failure, Item, Page, SkipEntry, input_groups, output_name, read_inputs
from tasscli.io.splitting import MAX_PAGE_SIZE
from tasscli.parsing.normalize import NormalizeOptions
from tasscli.parsing.parser import parse
from tasscli.record import FIELDS, Article
from tasscli.vocab import DEFAULT, Vocabulary

#: A chunk sent to a worker ends after this many pages or characters of text, whichever comes first.
CHUNK_PAGES = 32
CHUNK_CHARS = 256 * 1024
#: Chunks in flight per worker: enough to keep the workers busy, few enough to keep memory flat.
WINDOW = 4
#: Normalization's default steps, for a caller that names none.
DEFAULT_OPTIONS = NormalizeOptions()

#: CSV column names `--fields` takes besides the record's fields: the dateline's parts.
DATELINE_COLUMNS = ("place", "region", "date", "agency", "text", "place_name")
COLUMNS: Tuple[str, ...] = tuple(f"dateline_{part}" for part in DATELINE_COLUMNS)


def select(record: Dict[str, Any], fields: Optional[List[str]]) -> Dict[str, Any]:
    """The record with only `fields`, in that order; a CSV column name (`dateline_place`) gives
    that part of the dateline, under that name."""
    if not fields:
        return record
    out = {}
    for name in fields:
        if name in record or not name.startswith("dateline_"):
            out[name] = record.get(name)
        else:
            dateline = record.get("dateline")
            out[name] = dateline.get(name[9:]) if isinstance(dateline, dict) else None
    return out


def check_fields(names: List[str]) -> List[str]:
    """`names` when each is a record field or a CSV column (`dateline_place`); a ValueError
    naming the first that is neither otherwise."""
    unknown = [name for name in names if name not in FIELDS and name not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; choose from {', '.join(FIELDS)} "
                         f"or the CSV columns {', '.join(COLUMNS)}")
    return names


def page_records(page: Page, options: Optional[NormalizeOptions] = None) -> Iterator[Dict[str, Any]]:
    for article in parse(page.text, page.source, repair_mojibake=_repairs(options), labeler=_labeler(options),
                         normalize=options or DEFAULT_OPTIONS):
        yield _record(article, page.warnings)


def page_articles(text: str, source: str = "-", options: Optional[NormalizeOptions] = None,
                  vocab: Optional[Vocabulary] = None) -> List[Article]:
    """The articles of one page's text as every command makes them: parsed (mojibake repaired unless
    `options.raw`), then normalized (`tasscli.api.parse`). Each one's `to_dict()` is the record the
    commands write, less the reading warnings (`decoded as cp1251`) that `_record` puts first."""
    repair = _repairs(options)
    normalize = options or DEFAULT_OPTIONS
    return parse(text, source, repair_mojibake=repair, normalize=normalize) if vocab is None else \
        parse(text, source, vocab, repair_mojibake=repair, normalize=normalize)


def _repairs(options: Optional[NormalizeOptions]) -> bool:
    """Is mojibake repaired, here before parsing as in normalization (not with --raw)?"""
    return options is None or (options.mojibake and not options.raw)


def _labeler(options: Optional[NormalizeOptions]) -> Any:
    """The trained header labeler where `--labeler` asks for it, else None (the rules alone)."""
    if options is None or not options.labeler:
        return None
    from tasscli.parsing.labeler import SHIPPED

    return SHIPPED


def _record(article: Article, warnings: Tuple[str, ...]) -> Dict[str, Any]:
    record = article.to_dict()
    if warnings:
        record["warnings"] = list(warnings) + record["warnings"]
    return record


class Outcome(namedtuple("Outcome", ("source", "file_no", "records", "error", "dropped"), defaults=(None, 0))):
    """What became of one page: its records (field-selected), or `error` and `records` None.
    source: str, file_no: int, records: Optional[List[Dict[str, Any]]], error: Optional[str] = None,
    dropped: int = 0 (records the filters left out).
    (`collections.namedtuple`: see `Page` in tasscli/io/items.py.)"""

    __slots__ = ()

    @property
    def outname(self) -> str:
        """Where `convert -o FOLDER/` writes the records, relative to FOLDER."""
        return output_name(self.source)

    def input_error(self) -> InputError:
        return InputError(self.source, self.error or "failed")


def process(item: Union[Item, Taught], fields: Optional[List[str]], options: Optional[NormalizeOptions],
            keep: Optional[Callable[[Dict[str, Any]], bool]] = None) -> Outcome:
    """Parse one page (a failure passes through); a `Taught` page with the furniture its group
    learned. A parser crash fails the page, not the batch. `keep` (a
    `tasscli.batch.filters.RecordFilter`) sees each whole record before `fields` cut it."""
    if isinstance(item, Failure):
        return Outcome(item.source, item.file_no, None, item.reason)
    vocab = DEFAULT
    if isinstance(item, Taught):
        vocab = taught_vocab(item.furniture)
        item = item.page
    try:
        # What page_records gives, made without a generator: this runs once per page.
        warnings = item.warnings
        records = [_record(article, warnings)
                   for article in parse(item.text, item.source, vocab=vocab, repair_mojibake=_repairs(options),
                                        labeler=_labeler(options), normalize=options or DEFAULT_OPTIONS)]
        dropped = 0
        if keep:
            count = len(records)
            records = [record for record in records if keep(record)]
            dropped = count - len(records)
        if fields:
            records = [select(record, fields) for record in records]
    except Exception as exc:  # noqa: BLE001 - reported as this page's failure, never a traceback
        return Outcome(item.source, item.file_no, None, f"parser failed: {type(exc).__name__}: {exc}")
    return Outcome(item.source, item.file_no, records, None, dropped)


# --- the engine ------------------------------------------------------------------------------------

def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # the cores this process may use
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunks(items: Iterable[Any], pages: int = CHUNK_PAGES, chars: int = CHUNK_CHARS) -> Iterator[List[Any]]:
    chunk: List[Any] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.text) if isinstance(item, (Page, Taught)) else 0
        if len(chunk) >= pages or size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class Engine:
    """Turns pages into outcomes, in order: here (`jobs == 1`), or here and in `jobs - 1` workers.

    Use it as a context manager: leaving it stops the workers, Ctrl-C and errors included. Create
    it before starting any thread (the progress display): workers are forked on entry.
    """

    def __init__(self, jobs: int = 1, fields: Optional[List[str]] = None,
                 options: Optional[NormalizeOptions] = None,
                 on_notice: Callable[[str], None] = lambda text: None,
                 keep: Optional[Callable[[Dict[str, Any]], bool]] = None) -> None:
        self.jobs = max(1, jobs)
        self.fields = fields
        self.options = options
        self.keep = keep or None
        self.on_notice = on_notice
        self._workers: Any = None

    def __enter__(self) -> Engine:
        if self.jobs > 1:
            try:
                from tasscli.batch.workers import Workers

                self._workers = Workers(self.jobs - 1, partial(process, fields=self.fields, options=self.options,
                                                                 keep=self.keep))
            except (OSError, ImportError) as exc:  # no processes or sockets here: run in-process
                self.on_notice(f"cannot start worker processes ({exc}); parsing in one process")
                self.jobs = 1
        return self

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        if self._workers is not None:
            if kind is None:
                self._workers.close()
            else:
                self._workers.terminate()
            self._workers = None

    def outcomes(self, items: Iterable[Item]) -> Iterator[Outcome]:
        workers = self._workers
        if workers is None:
            yield from map(process, items, repeat(self.fields), repeat(self.options), repeat(self.keep))
            return
        # In input order: the index of the worker holding a chunk, or a chunk parsed here (a list).
        pending: Deque[Any] = deque()
        limit = len(workers) * WINDOW
        for chunk in chunks(items):
            index = min(range(len(workers)), key=workers.in_flight)
            if workers.in_flight(index) < WINDOW:
                workers.send(index, chunk)
                pending.append(index)
            else:
                pending.append([process(item, self.fields, self.options, self.keep) for item in chunk])
            del chunk
            # Hand on what is done at the head; wait for a worker only when too much is held.
            while pending and (isinstance(pending[0], list) or workers.ready(pending[0]) or len(pending) > 2 * limit):
                head = pending.popleft()
                yield from head if isinstance(head, list) else workers.receive(head)
        while pending:
            head = pending.popleft()
            yield from head if isinstance(head, list) else workers.receive(head)


def run_pages(items: Iterable[Item], engine: Engine, report: Report,
              skip_page: Optional[Callable[[Page], bool]] = None) -> Iterator[Outcome]:
    """Outcomes of `items` through `engine`, counted in `report`; `skip_page` drops pages first."""
    if skip_page is not None:
        items = _unskipped(items, skip_page, report)
    for outcome in engine.outcomes(items):
        report.add(outcome)
        yield outcome


def _unskipped(items: Iterable[Any], skip_page: Callable[[Page], bool], report: Report) -> Iterator[Any]:
    for item in items:
        page = item.page if isinstance(item, Taught) else item
        if isinstance(page, Page) and skip_page(page):
            report.skipped += 1
            continue
        yield item


def read_items(paths: Iterable[str], glob: str = DEFAULT_GLOB, skip: Optional[SkipEntry] = None,
               max_page: int = MAX_PAGE_SIZE, nested: bool = False, max_pages: int = MAX_PAGES,
               exclude: Iterable[str] = (), notice: Optional[Callable[[str], None]] = None,
               learn: Optional[Callable[[Learned], None]] = None) -> Iterator[Union[Item, Taught]]:
    """What a batch parses: the pages and failures of `read_inputs`, each HTML page a failure (see
    `tasscli.batch.filters.screen`). Given `learn`, furniture is learned from the pages
    (`tasscli.batch.learning`): `learn` is told what each window learned, and the pages of a group
    that learned some come as `Taught`; with None, nothing is learned."""
    from tasscli.batch.filters import screen

    if learn is None:
        return screen(read_inputs(paths, glob, skip, max_page, nested, max_pages, exclude, notice))
    groups = ((path, screen(items))
              for path, items in input_groups(paths, glob, skip, max_page, nested, max_pages, exclude, notice))
    return learning(groups, learn)


def run(paths: Iterable[str], report: Report, fields: Optional[List[str]] = None,
        on_error: Callable[[InputError], None] = lambda error: None,
        options: Optional[NormalizeOptions] = None, glob: str = DEFAULT_GLOB, jobs: int = 1,
        skip: Optional[SkipEntry] = None, max_page: int = MAX_PAGE_SIZE,
        nested: bool = False, max_pages: int = MAX_PAGES,
        keep: Optional[Callable[[Dict[str, Any]], bool]] = None,
        notice: Optional[Callable[[str], None]] = None,
        learn: Optional[Callable[[Learned], None]] = None) -> Iterator[Dict[str, Any]]:
    """Records of every page, in input order; a failed page (an HTML page too: see
    `tasscli.batch.filters.screen`) is reported and skipped; `keep` filters the records; a file
    left unread (a fifo met in a walk) is told to `notice` (as `read_inputs` does); `learn`: see
    `read_items`."""
    with Engine(jobs, fields, options, keep=keep) as engine:
        for outcome in run_pages(read_items(paths, glob, skip, max_page, nested, max_pages, notice=notice, learn=learn),
                                 engine, report):
            if outcome.records is None:
                on_error(outcome.input_error())
                continue
            yield from outcome.records


__all__ = ["Engine", "Learned", "Outcome", "Report", "Taught", "check_fields", "chunks", "default_jobs",
           "page_articles", "page_records", "process", "read_items", "run", "run_pages", "select"]
