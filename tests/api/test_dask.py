"""`tasscli.dask` on a real cluster: a `LocalCluster` of 2 worker processes (one thread each) reads a
zip of the samples, cut into ranges of members, and gives `tasscli convert`'s records, record for
record; `to_jsonl` and `to_parquet` write the same records, and failures go where `--errors` puts
them. Skips with a reason when dask[distributed] (the `dask` extra) is absent."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Dict, List

import pytest
from paths import SAMPLES

pytest.importorskip("dask.bag", reason="dask is not installed (the optional extra: pip install '.[dask]')")
distributed = pytest.importorskip("dask.distributed",
                                  reason="dask.distributed is not installed (pip install '.[dask]')")

import tasscli.dask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask")
    path = folder / "samples.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for page in sorted(SAMPLES.glob("*.txt")):
            zipped.write(page, f"samples/{page.name}")
    return path


def convert(inputs: List[str], out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tasscli", "convert", *inputs, "-o", str(out), "--jobs", "1", "-q",
                           *options], capture_output=True, text=True, timeout=600)


def jsonl(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_zip_read_by_two_worker_processes_gives_converts_records(client, archive, tmp_path):
    assert len(client.scheduler_info()["workers"]) == 2
    done = convert([str(archive)], tmp_path / "cli.jsonl")
    assert done.returncode == 0, done.stderr
    expected = jsonl(tmp_path / "cli.jsonl")
    bag = tasscli.dask.records([str(archive)], part_pages=10)
    assert bag.npartitions == -(-len(list(SAMPLES.glob("*.txt"))) // 10)  # one zip, cut by members
    with distributed.get_task_stream(client) as stream:
        got = bag.compute()
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected):
        assert mine == theirs and list(mine) == list(theirs)
    # the partitions ran in the worker processes, not in this one
    workers = {task["worker"] for task in stream.data}
    assert workers and workers <= set(client.scheduler_info()["workers"])


def test_to_jsonl_and_to_parquet_write_converts_records_and_errors(client, archive, tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    inputs = [str(archive), str(tmp_path / "missing.txt"), str(broken)]
    done = convert(inputs, tmp_path / "cli.jsonl", "--errors", str(tmp_path / "cli-errors.jsonl"))
    assert done.returncode == 1
    expected, expected_errors = jsonl(tmp_path / "cli.jsonl"), jsonl(tmp_path / "cli-errors.jsonl")
    bag = tasscli.dask.records(inputs, part_pages=25)

    summary = tasscli.dask.to_jsonl(bag, str(tmp_path / "out"), errors=str(tmp_path / "errors.jsonl"))
    files = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert summary == {"files": len(files), "records": len(expected), "errors": 2}
    assert [record for file in files for record in jsonl(file)] == expected
    assert jsonl(tmp_path / "errors.jsonl") == expected_errors
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left

    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[parquet]')")
    import pyarrow.parquet as pq

    from tasscli.io.parquet import DERIVED

    tasscli.dask.to_parquet(bag, str(tmp_path / "pq"))
    rows = [row for file in sorted((tmp_path / "pq").glob("part-*.parquet")) for row in pq.read_table(file).to_pylist()]
    assert [{k: v for k, v in row.items() if k not in DERIVED} for row in rows] == expected


def test_options_pass_to_the_workers(client, archive, tmp_path):
    done = convert([str(archive)], tmp_path / "raw.jsonl", "--raw", "--fields", "source,dateline,section_slug")
    assert done.returncode == 0, done.stderr
    bag = tasscli.dask.records([str(archive)], normalize=False, fields=["source", "dateline", "section_slug"],
                               part_pages=30)
    assert bag.compute() == jsonl(tmp_path / "raw.jsonl")
