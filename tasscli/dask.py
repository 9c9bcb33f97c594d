"""Dask: a batch as a `dask.bag` of records, for a cluster (`pip install 'tasscli[dask]'`).

    from dask.distributed import Client
    import tasscli.dask

    client = Client("scheduler:8786")                  # or Client() for the cores of this machine
    bag = tasscli.dask.records(["/data/pages.zip", "/data/crawl/"], part_pages=2000)
    tasscli.dask.to_parquet(bag, "/data/out/", errors="/data/out/errors.jsonl")

`records` plans on the client (`tasscli.io.parts.plan`: folders walked, zips cut into ranges of
members, tars and compressed files whole) and each partition is read and parsed on a worker by the
same code as `tasscli convert` (`tasscli.api.part_records`: `tasscli.io.parts.read_part`, then
`tasscli.batch.pipeline.process`). Computed, the
bag gives `convert`'s records in `convert`'s order, with the `{"source", "error"}` dict that
`convert --errors` writes in the place of each page that could not be read (`is_error` tells them
apart). The workers read the inputs by path: every worker must see the same paths (one machine, or
a shared file system).

`to_jsonl` and `to_parquet` write one file a partition (`part-000000.jsonl`, ...; in order by name),
each under a temporary name renamed when complete, and the error dicts to `errors` (JSON Lines, as
`convert --errors` writes them). Nothing is gathered on the client but counts and error dicts.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Optional, Sequence

from tasscli.api import Inputs, _paths, _size, is_error, options, part_records
from tasscli.io.parts import PART_PAGES, plan
from tasscli.io.readers import DEFAULT_GLOB
from tasscli.io.splitting import MAX_PAGE_SIZE

EXTRA = "pip install 'tasscli[dask]'"


def _dask() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError(f"tasscli.dask needs dask ({exc}): {EXTRA}") from None
    return dask


def records(inputs: Inputs, *, glob: str = DEFAULT_GLOB, nested: bool = False, max_page_size: int = MAX_PAGE_SIZE,
            normalize: bool = True, ascii_punctuation: bool = False, fields: Optional[List[str]] = None,
            part_pages: int = PART_PAGES) -> Any:
    """A `dask.bag.Bag` of the dicts `tasscli convert INPUTS` writes, in its order, with error dicts
    in the places of pages that could not be read. One partition a part of about `part_pages` files
    or zip members (a tar, a compressed file, a file of many pages: one partition each)."""
    dask = _dask()
    settings = options(normalize, ascii_punctuation)
    if fields:
        from tasscli.batch.pipeline import check_fields

        fields = check_fields(list(fields))
    parts = plan(_paths(inputs), glob, part_pages, nested)
    bag = dask.bag.from_sequence(parts or [[]], npartitions=max(1, len(parts)))
    return bag.map_partitions(part_records, glob, _size(max_page_size), nested, settings, fields)


def to_jsonl(bag: Any, folder: str, errors: Optional[str] = None) -> Dict[str, Any]:
    """Write the bag's records as JSON Lines, one file a partition in `folder`; see `write`."""
    return write(bag, folder, "jsonl", errors=errors)


def to_parquet(bag: Any, folder: str, fields: Optional[List[str]] = None,
               errors: Optional[str] = None) -> Dict[str, Any]:
    """Write the bag's records as Parquet (`tasscli.io.parquet`), one file a partition in `folder`:
    one dataset (`read_parquet('folder/*.parquet')`). `fields`: those the bag was made with."""
    return write(bag, folder, "parquet", fields=fields, errors=errors)


def write(bag: Any, folder: str, fmt: str, fields: Optional[List[str]] = None,
          errors: Optional[str] = None) -> Dict[str, Any]:
    """Each partition to `folder/part-NNNNNN.<fmt>` on its worker; the error dicts, gathered, to
    `errors` (JSON Lines) when given. Returns {"files", "records", "errors"} (counts)."""
    dask = _dask()
    os.makedirs(folder, exist_ok=True)
    suffix = {"jsonl": "jsonl", "parquet": "parquet", "json": "json", "csv": "csv"}.get(fmt, fmt)
    tasks = [dask.delayed(write_part)(part, os.path.join(folder, f"part-{number:06d}.{suffix}"), fmt, fields)
             for number, part in enumerate(bag.to_delayed())]
    done = dask.compute(*tasks)
    failed = [error for _, part_errors in done for error in part_errors]
    if errors:
        from tasscli.cli.outputs import AtomicFile

        target = AtomicFile(errors)
        stream = target.open()
        for error in failed:
            stream.write(json.dumps(error, ensure_ascii=False) + "\n")
        target.commit()
    return {"files": len(tasks), "records": sum(count for count, _ in done), "errors": len(failed)}


def write_part(records: Sequence[Dict[str, Any]], path: str, fmt: str,
               fields: Optional[List[str]] = None) -> Any:
    """One partition's records to `path` (atomically); returns (records written, error dicts)."""
    from tasscli.cli.outputs import AtomicFile
    from tasscli.io.writers import make_writer

    failed = []
    target = AtomicFile(path)
    try:
        writer = make_writer(fmt, target.open(64 * 1024), fields)
        for record in records:
            if is_error(record):
                failed.append(record)
            else:
                writer.write(record)
        writer.close()
        target.commit()
    except BaseException:
        target.abort()
        raise
    return writer.count, failed


__all__ = ["EXTRA", "is_error", "part_records", "records", "to_jsonl", "to_parquet", "write", "write_part"]
