"""Furniture learned from the archive itself (issue 16, point 6; `tasscli.batch.learning`), on the
invented site of `tests/sitepages.py`: 200 pages whose masthead and footer no table holds."""
from __future__ import annotations

import pickle

import pytest
import sitepages
from sitepages import FURNITURE, SECTION, SOMETIMES, site_pages

from tasscli.batch import learning
from tasscli.batch.learning import MIN_PAGES, Taught, learn, taught_vocab
from tasscli.batch.pipeline import Engine, Report, process, read_items, run_pages
from tasscli.io.readers import Failure, Page, read_inputs
from tasscli.parsing.grammar import grammar
from tasscli.parsing.kinds import classify
from tasscli.parsing.lines import Line
from tasscli.vocab import DEFAULT


def _pages(count=200):
    return [Page(name, text) for name, text in site_pages(count)]


def _records(items, jobs=1):
    with Engine(jobs) as engine:
        return [outcome.records for outcome in run_pages(items, engine, Report())]


def test_the_site_furniture_is_in_no_table():
    """The premise: the tables alone read every one of the site's lines as plain text."""
    g = grammar(DEFAULT)
    for text in FURNITURE + (SOMETIMES,):
        line = Line(1, text, 0)
        classify(line, g, g.agencies)
        assert line.kind == "text", text


def test_the_site_lines_on_most_pages_are_learned_and_no_field_or_story_line():
    lines, counted = learn(_pages())
    assert counted == 200
    assert set(lines) == set(FURNITURE)  # not the section on every page, not SOMETIMES (a third)
    assert SECTION not in lines


def test_learned_lines_leave_headline_lead_and_body(tmp_path):
    folder = sitepages.write_folder(tmp_path / "ledger")
    told = []
    records = _records(read_items([str(folder)], learn=told.append))
    assert [learned.lines for learned in told] == [FURNITURE]
    assert told[0].group == str(folder) and told[0].pages == 200
    for (name, text), (record,) in zip(site_pages(200), records):
        shown = [record["headline"], record["lead"], *record["body"]]
        assert not any(furniture in item for item in shown for furniture in FURNITURE), name
        blocks = text.split("\n\n")
        assert (record["headline"], record["lead"]) == (blocks[1].split("\n")[0], blocks[2]), name
        assert record["section"] == SECTION
        assert record["warnings"] == []


def test_without_learning_the_records_are_the_parsers_with_the_tables_alone(tmp_path):
    folder = sitepages.write_folder(tmp_path / "ledger")
    plain = _records(read_items([str(folder)]))
    alone = [process(item, None, None).records for item in read_inputs([str(folder)])]
    assert plain == alone
    assert any(record["headline"] == FURNITURE[1] for (record,) in plain)  # what learning mends
    assert plain != _records(read_items([str(folder)], learn=lambda learned: None))


@pytest.mark.parametrize("count", [3, MIN_PAGES - 1])
def test_few_pages_learn_nothing(tmp_path, count):
    folder = sitepages.write_folder(tmp_path / "ledger", count)
    told = []
    learned = _records(read_items([str(folder)], learn=told.append))
    assert told == []
    assert learned == _records(read_items([str(folder)]))


def test_a_story_saved_many_times_counts_once():
    name, text = site_pages(1)[0]
    assert learn([Page(f"{number}.txt", text) for number in range(200)]) == ((), 1)


def test_the_share_is_of_the_window(monkeypatch):
    """SOMETIMES is on a third of the pages: learned at a share of a third, not at a half."""
    assert SOMETIMES not in learn(_pages())[0]
    monkeypatch.setattr(learning, "SHARE", 0.3)
    assert SOMETIMES in learn(_pages())[0]


def test_a_full_count_forgets_the_lines_seen_once(monkeypatch):
    monkeypatch.setattr(learning, "MAX_CANDIDATES", 20)
    assert set(learn(_pages())[0]) == set(FURNITURE)


def test_windows_learn_in_turn_and_keep_what_they_learned(monkeypatch):
    """A site that changes its footer after its first window: the second window learns the new line,
    and each window's pages are parsed with what was learned up to it."""
    monkeypatch.setattr(learning, "WINDOW_PAGES", 100)
    pages = _pages(200)
    changed = [Page(page.source, page.text.replace(FURNITURE[-1], "Ledger tip line rings all night"))
               for page in pages[100:]]
    told = []
    items = list(learning.learning([("a.zip", pages[:100] + changed)], told.append))
    assert [learned.lines for learned in told] == [FURNITURE, ("Ledger tip line rings all night",)]
    assert items[0].furniture == frozenset(FURNITURE)
    assert items[-1].furniture == frozenset(FURNITURE) | {"Ledger tip line rings all night"}


def test_groups_are_inputs_and_runs_of_files(tmp_path):
    """Each folder or archive learns alone; page files named one after another learn together."""
    one = sitepages.write_folder(tmp_path / "one", 30)
    zipped = sitepages.write_zip(tmp_path / "two.zip", 30)
    files = sorted(str(path) for path in one.iterdir())
    told = []
    list(read_items([str(one), str(zipped), *files[:10], *files[10:]], learn=told.append))
    assert [(learned.group, learned.pages) for learned in told] == [(str(one), 30), (str(zipped), 30), (None, 30)]
    assert told[2].name == f"{files[0]} .. {files[-1]}"
    told.clear()
    list(read_items([*files[:15], str(zipped), *files[15:]], learn=told.append))  # runs of 15: too few
    assert [learned.group for learned in told] == [str(zipped)]


def test_failures_pass_through_in_their_places(tmp_path):
    folder = sitepages.write_folder(tmp_path / "ledger", 30)
    (folder / "story010.txt").write_text("<!DOCTYPE html>\n<html><body>saved as markup</body></html>\n")
    items = list(read_items([str(folder)], learn=lambda learned: None))
    assert len(items) == 30
    assert isinstance(items[9], Failure)  # an HTML page: a failure, never taught
    assert all(isinstance(item, Taught) for index, item in enumerate(items) if index != 9)


def test_taught_pages_travel_to_workers_and_give_the_same_records(tmp_path):
    zipped = sitepages.write_zip(tmp_path / "ledger.zip")
    one = _records(read_items([str(zipped)], learn=lambda learned: None), jobs=1)
    two = _records(read_items([str(zipped)], learn=lambda learned: None), jobs=2)
    assert one == two
    taught = next(iter(read_items([str(zipped)], learn=lambda learned: None)))
    assert pickle.loads(pickle.dumps(taught)) == taught


def test_one_vocabulary_per_learned_set():
    first = taught_vocab(frozenset({"Larkspur Ledger"}))
    assert taught_vocab(frozenset({"Larkspur Ledger"})) is first
    assert first.furniture == DEFAULT.furniture | {"Larkspur Ledger"}
    assert DEFAULT.furniture == type(DEFAULT)().furniture  # the default untouched


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab \n\t\x0c©:/.,-|"), max_size=60), min_size=1, max_size=30),
       st.sampled_from([1, 2, 5]))
def test_learning_never_raises_and_learns_only_lines_of_the_pages(texts, copies):
    pages = [Page(f"{index}.txt", f"{text}\nstory {index} {text}") for index, text in enumerate(texts * copies)]
    lines, counted = learn(pages)
    assert counted <= len(pages)
    every = {" ".join(row.split()) for page in pages for row in page.text.splitlines()}
    assert set(lines) <= every
