#!/usr/bin/env python3
"""Benchmark: `tasscli.dask` on a LocalCluster of 1 and 2 worker processes (issue 20), against
`tasscli convert --jobs 1` on the same archive. A plain script, not part of the test run; needs the
`dask` extra (and, for `--parquet`, the `parquet` one):

    python tests/benchmark_dask.py                  # 4,000 pages in one zip, median of 3 runs
    python tests/benchmark_dask.py --pages 8000 --part-pages 500 --parquet

The pages are tests/benchmark.py's (the samples, each copy changed a little), packed into one zip,
so the figures also show one archive read by several workers. Each worker is a process with one
thread; the cluster's start-up is timed apart from the runs. Wall time on a shared machine moves
from minute to minute: the runs are taken in turn (convert, 1 worker, 2 workers) so that load
hits all alike, and the load average is printed.
"""
from __future__ import annotations

import argparse
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import ENV, build_pages, load_average, load_samples, page_files, tool_command  # noqa: E402


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker_cpu() -> float:
    """CPU seconds of the process this runs in (a worker's, through `client.run`)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--part-pages", type=int, default=250, help="zip members per partition (250)")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON Lines")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    import tasscli.dask

    work = Path(tempfile.mkdtemp(prefix="tasscli-dask-bench-"))
    try:
        folder = build_pages(work / "pages", load_samples(), args.pages)
        archive = work / "pages.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in page_files(folder):
                zipped.write(path, os.path.relpath(path, work))
        shutil.rmtree(folder)
        suffix = "parquet" if args.parquet else "jsonl"
        print(f"{args.pages:,} pages in one zip ({archive.stat().st_size / 1e6:.1f} MB), {os.cpu_count()} cores, "
              f"load average {load_average()}", file=sys.stderr)

        def convert() -> float:
            before = children_cpu()
            start = time.perf_counter()
            subprocess.run([*tool_command(False), "convert", str(archive), "-o", str(work / f"convert.{suffix}"),
                            "--jobs", "1", "-q"], check=True, env=ENV)
            cpu["convert"].append(children_cpu() - before)
            return time.perf_counter() - start

        times = {"convert": [], 1: [], 2: []}
        cpu = {"convert": [], 1: [], 2: []}  # CPU seconds of the processes that did the work
        starts = {}
        clusters = {}
        for workers in (1, 2):
            began = time.perf_counter()
            cluster = LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            clusters[workers] = (cluster, Client(cluster, set_as_default=False))
            starts[workers] = time.perf_counter() - began
        for run in range(args.runs):
            print(f"run {run + 1}/{args.runs} ...", file=sys.stderr)
            times["convert"].append(convert())
            for workers, (_cluster, client) in clusters.items():
                out = work / f"out{workers}"
                shutil.rmtree(out, ignore_errors=True)
                used = sum(client.run(worker_cpu).values()) + own_cpu()
                began = time.perf_counter()
                bag = tasscli.dask.records([str(archive)], part_pages=args.part_pages)
                with client.as_current():
                    summary = tasscli.dask.write(bag, str(out), suffix)
                times[workers].append(time.perf_counter() - began)
                cpu[workers].append(sum(client.run(worker_cpu).values()) + own_cpu() - used)
                assert summary["records"] >= args.pages, summary
        for cluster, client in clusters.values():
            client.close()
            cluster.close()

        def rate(key) -> float:
            return args.pages / statistics.median(times[key])

        print(f"tasscli.dask benchmark: {args.pages:,} pages in one zip, {-(-args.pages // args.part_pages)} "
              f"partitions of {args.part_pages} members, writing {suffix}, median of {args.runs} runs; "
              f"load average at the end {load_average()}")
        seconds = statistics.median(times["convert"])
        print(f"  tasscli convert --jobs 1:  {seconds:6.2f} s  {rate('convert'):7,.0f} pages/s  "
              f"CPU {statistics.median(cpu['convert']):.2f} s")
        for workers in (1, 2):
            print(f"  dask, {workers} worker process{'es' if workers > 1 else ''}:  "
                  f"{statistics.median(times[workers]):6.2f} s  {rate(workers):7,.0f} pages/s  "
                  f"CPU {statistics.median(cpu[workers]):.2f} s (workers and client)"
                  f"  (cluster start-up {starts[workers]:.1f} s, not counted)")
        print(f"  2 workers / 1 worker: {rate(2) / rate(1):.2f}x;  1 worker / convert --jobs 1: "
              f"{rate(1) / rate('convert'):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
