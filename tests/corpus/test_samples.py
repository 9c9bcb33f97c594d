"""Golden test: every `samples/NAME.txt` that has a `samples/NAME.json` must parse to the records in it.

`NAME.json` is `{"layout": "...", "articles": [{...}, ...]}`. Only the keys present in an expected
record are compared with `Article.to_dict()`, and for `dateline` only the sub-keys present in the
expected dateline. The labelling rules are those of `../shared/eval/README.md`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from paths import SAMPLES, SEED

import tasscli
from tasscli.record import FIELDS, Dateline

SEED_PAGE = SEED / "000_99dcf472a451be6e.txt"

DATELINE_KEYS = tuple(Dateline().to_dict())


def _sample_pages() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*.txt") if p.with_suffix(".json").is_file())


# Samples whose expected records follow the labelling rules but which the parser does not meet yet:
# name -> why. Each is an expected failure (strict: a sample that starts passing must leave this list).
KNOWN_GAPS: dict = {}  # sample name -> why the parser still fails it (a strict xfail)


def _params() -> list[Any]:
    return [
        pytest.param(page, id=page.stem, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[page.stem]))
        if page.stem in KNOWN_GAPS
        else pytest.param(page, id=page.stem)
        for page in _sample_pages()
    ]


def _load_expected(page: Path) -> list[dict[str, Any]]:
    data = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data["articles"]


def _diff_article(name: str, index: int, expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    problems = []
    for key, want in expected.items():
        where = f"{name} article[{index}] {key}"
        got = actual.get(key)
        if key == "dateline" and want is not None:
            if not isinstance(got, dict):
                problems.append(f"{where}: expected a dateline {want!r}, got {got!r}")
                continue
            for sub, sub_want in want.items():
                if got.get(sub) != sub_want:
                    problems.append(f"{where}.{sub}: expected {sub_want!r}, got {got.get(sub)!r}")
            continue
        if key == "body" and isinstance(got, list) and isinstance(want, list):
            if len(got) != len(want):
                problems.append(f"{where}: expected {len(want)} paragraphs, got {len(got)}")
            for i, (w, g) in enumerate(zip(want, got)):
                if w != g:
                    problems.append(f"{where}[{i}]: expected {w!r}, got {g!r}")
                    break  # the first differing paragraph is enough; later ones usually shift
            if len(got) != len(want):
                problems.append(f"{where}: full body got {got!r}")
            continue
        if got != want:
            problems.append(f"{where}: expected {want!r}, got {got!r}")
    return problems


@pytest.mark.parametrize("page", _params())
def test_sample(page: Path) -> None:
    expected = _load_expected(page)
    articles = tasscli.parse(page.read_text(encoding="utf-8"), source=str(page))
    actual = [a.to_dict() for a in articles]

    problems = []
    if len(actual) != len(expected):
        headlines = [a.get("headline") for a in actual]
        problems.append(
            f"{page.name}: expected {len(expected)} article(s), got {len(actual)} (headlines {headlines!r})"
        )
    for index, (want, got) in enumerate(zip(expected, actual)):
        problems.extend(_diff_article(page.name, index, want, got))
    assert not problems, "\n".join(problems)


def test_samples_are_well_formed() -> None:
    """The golden files themselves: every .json has its page, and uses only record keys."""
    jsons = sorted(SAMPLES.glob("*.json"))
    assert jsons, f"no golden samples in {SAMPLES}"
    assert len(_sample_pages()) >= 18 + 22, "expected at least 18 TASS and 22 wire samples"
    for path in jsons:
        assert path.with_suffix(".txt").is_file(), f"{path.name}: no matching .txt page"
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data.get("layout"), str) and data["layout"], f"{path.name}: missing layout"
        assert data.get("articles"), f"{path.name}: no articles"
        for index, record in enumerate(data["articles"]):
            unknown = set(record) - set(FIELDS)
            assert not unknown, f"{path.name} article[{index}]: keys not in the record: {sorted(unknown)}"
            dateline = record.get("dateline")
            if dateline is not None:
                unknown = set(dateline) - set(DATELINE_KEYS)
                assert not unknown, f"{path.name} article[{index}] dateline: unknown keys {sorted(unknown)}"


@pytest.mark.skipif(not SEED.is_dir(), reason=f"seed folder {SEED} is absent (outside the repo)")
def test_seed_page() -> None:
    if not SEED_PAGE.is_file():
        pytest.skip(f"seed page {SEED_PAGE.name} is absent from {SEED}")
    articles = tasscli.parse(SEED_PAGE.read_text(encoding="utf-8"), source=str(SEED_PAGE))
    assert len(articles) == 1, f"seed: expected 1 article, got {len(articles)}"
    art = articles[0].to_dict()
    assert art["headline"] == "Putin asked Bill Clinton to consider option Russia might join NATO", "seed headline"
    assert art["section"] == "Russian Politics & Diplomacy", "seed section"
    assert art["published"] == "2017-06-03T19:06:00+03:00", "seed published"
    dateline = art["dateline"] or {}
    assert dateline.get("place") == "WASHINGTON", f"seed dateline place: {dateline!r}"
    assert dateline.get("date") == "June 3", f"seed dateline date: {dateline!r}"
    assert dateline.get("agency") == "TASS", f"seed dateline agency: {dateline!r}"
    assert art["credits"] == ["Sergey Velichkin, Vladimir Rodionov/TASS"], "seed credits"
    body = art["body"]
    assert len(body) == 10, f"seed body: expected 10 paragraphs, got {len(body)}"
    assert body[0].startswith("Russian President Vladimir Putin suggested"), f"seed body[0]: {body[0][:60]!r}"
