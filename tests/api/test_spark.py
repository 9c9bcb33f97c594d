"""The README's PySpark recipes ("Millions of pages"), run as written on `local[2]`: `binaryFiles` over
a folder of zips, `mapPartitions` with `tasscli.api.file_records`, gives `tasscli convert`'s
records, record for record; so do parts planned on the driver (`parallelize` + `part_records`).
Skips with a reason when pyspark (the `spark` extra) or Java is absent. Spark starts in 20 to 40 s
here, so this is one of the slowest tests."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile

import pytest
from paths import SAMPLES

pytest.importorskip("pyspark", reason="pyspark is not installed (the optional extra: pip install '.[spark]')")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java, and no `java` is on PATH", allow_module_level=True)



def test_the_readme_recipe_gives_converts_records(tmp_path):
    pages = sorted(SAMPLES.glob("*.txt"))
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    with zipfile.ZipFile(crawl / "a.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for page in pages[:40]:
            archive.write(page, f"pages/{page.name}")
    with zipfile.ZipFile(crawl / "b.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for page in pages[40:]:
            archive.write(page, f"pages/{page.name}")
    (crawl / "c.zip").write_bytes(b"PK\x03\x04 not a zip")
    out = tmp_path / "cli.jsonl"
    errors = tmp_path / "errors.jsonl"
    done = subprocess.run([sys.executable, "-m", "tasscli", "convert", *(str(p) for p in sorted(crawl.iterdir())),
                           "-o", str(out), "--errors", str(errors), "--jobs", "1", "-q"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    expected = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected_errors = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]

    # --- the recipe, as in the README ---------------------------------------------------------
    from pyspark.sql import SparkSession

    import tasscli.api

    def convert_files(files):
        for path, data in files:
            name = path[len("file:"):] if path.startswith("file:") else path
            yield from tasscli.api.file_records(name, data)

    spark = (SparkSession.builder.master("local[2]").appName("tasscli")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        files = spark.sparkContext.binaryFiles(str(crawl / "*.zip"), minPartitions=2)
        records = files.mapPartitions(convert_files)
        got = records.collect()
        records.filter(lambda r: "error" not in r).map(json.dumps).saveAsTextFile(str(tmp_path / "out"))

        # the second recipe: parts planned on the driver (a big zip cut into ranges of members),
        # read by path on the executors, in order
        from tasscli.io.parts import plan

        parts = plan([str(crawl)], part_pages=10)
        planned = spark.sparkContext.parallelize(parts, len(parts)).mapPartitions(
            lambda some: tasscli.api.part_records(list(some)))
        in_order = planned.collect()
    finally:
        spark.stop()
    # -------------------------------------------------------------------------------------------

    got.sort(key=lambda record: record["source"])  # Spark lists the files in its own order
    assert [r for r in got if "error" not in r] == sorted(expected, key=lambda record: record["source"])
    assert [r for r in got if "error" in r] == expected_errors
    written = [json.loads(line) for part in sorted((tmp_path / "out").glob("part-*"))
               for line in part.read_text(encoding="utf-8").splitlines()]
    assert sorted(written, key=lambda record: record["source"]) == sorted(expected, key=lambda r: r["source"])
    assert len(parts) > 8 and in_order == expected + expected_errors  # c.zip, broken, is the last input
