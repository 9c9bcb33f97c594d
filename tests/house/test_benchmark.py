"""tests/benchmark.py: its pages are distinct, and it runs end to end on a few pages. Its figures are
not judged here (speed is measured by the script, never asserted in timed tests, issue 6)."""
import json
import subprocess
import sys

import benchmark
from paths import ROOT, SAMPLES


def test_mutated_copies_of_every_source_page_are_distinct():
    texts = benchmark.source_pages([SAMPLES])
    assert len(texts) >= 5
    pages = [benchmark.mutate(text, number) for number in range(3) for text in texts]
    assert len(set(pages)) == len(pages)


def test_a_page_of_paragraphs_is_changed_in_several_places_and_keeps_its_dateline_and_short_lines():
    paragraph = ("The committee met on 12 March with 45 delegates from Oslo and Riga, and Chairman Petrov said "
                 "the plan would cost 300 million over five years")
    page = "Headline of the story\nJune 5, 10:20\n\nMOSCOW, June 5. /TASS/. " + paragraph + ".\n\n" + paragraph + ".\n"
    copies = [benchmark.mutate(page, number) for number in range(2)]
    assert copies[0] != copies[1]
    for copy in copies:
        lines, originals = copy.split("\n"), page.split("\n")
        assert lines[:3] == originals[:3]  # short lines as they were
        assert lines[3].startswith("MOSCOW, June 5. /TASS/. ") and lines[3].endswith("years.")
        assert lines[3] != originals[3] and lines[5] != originals[5]
        assert len([1 for a, b in zip(lines[5].split(), originals[5].split()) if a != b]) >= 3
    # Deterministic: the same copy number, the same page.
    assert benchmark.mutate(page, 1) == copies[1]


def test_the_benchmark_runs_on_five_pages_without_valgrind():
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmark.py"), "--pages", "5", "--runs", "1",
                           "--no-callgrind", "--memory", "5", "--latency-runs", "1", "--json"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.splitlines()[-1])
    assert figures["pages"] == 5 and figures["jobs1_cpu_s"] > 0 and figures["jobs2_cpu_s"] > 0
    assert figures["rss_mb"]["5"] > 0 and "floor_ir_page" not in figures
    assert "convert --jobs 2" in done.stdout and "not counted" in done.stdout
