"""`--format ninjs`: every sample's output validates against the IPTC ninjs 2.2 schema."""
import io
import json
import re

import paths
import pytest
from click.testing import CliRunner

from tasscli.cli.main import main
from tasscli.io.ninjs import NinjsWriter, article_uri, to_ninjs
from tasscli.parsing.normalize import normalize_article
from tasscli.record import Article, Dateline

#: The IPTC ninjs 2.2 schema, kept in the repository with its licence (MIT) so that every clone
#: validates against it (copied from ../shared/ninjs).
SCHEMA_PATH = paths.NINJS_SCHEMA
SAMPLES = sorted(paths.SAMPLES.glob("*.txt"))
SEED = sorted(paths.SEED.glob("*.txt"))

URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")  # RFC 3986: a scheme, then no spaces
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extras")
    if not SCHEMA_PATH.is_file():
        pytest.fail(f"{SCHEMA_PATH} is missing: the ninjs schema is part of the repository")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator, item):
    errors = sorted(validator.iter_errors(item), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    # The schema's "uri" and "date-time" formats are checked only when optional packages are
    # installed; check them here so the test does not depend on them.
    for value in [item["uri"]] + [a["uri"] for a in item.get("associations", [])]:
        assert URI.fullmatch(value), value
    for key in ("firstcreated", "versioncreated"):
        if key in item:
            assert RFC3339.fullmatch(item[key]), item[key]


@pytest.mark.skipif(not SAMPLES + SEED, reason="no samples/*.txt and no ../shared/seed")
@pytest.mark.parametrize("path", SAMPLES + SEED, ids=lambda p: p.name)
def test_every_sample_validates(validator, path):
    result = CliRunner().invoke(main, ["parse", "--format", "ninjs", str(path)])
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in result.output.splitlines()]
    assert items
    for item in items:
        assert_valid(validator, item)
    assert len({item["uri"] for item in items}) == len(items)


FULL = Article(
    source="pages/ferry page.txt",
    headline="Ferry line opens",
    lead="Two ships a week",
    section="Business & Economy",
    published="2021-05-14T12:30:00+03:00",
    dateline=Dateline(place="KUBINKA", region="Moscow Region", date="May 14", agency="Interfax",
                      text="KUBINKA /Moscow Region/, May 14. /Interfax/."),
    byline="By A. Writer",
    body=("First paragraph.", "Second paragraph here."),
    credits=("Lev Fedoseyev/TASS", "AP Photo/Someone"),
    captions=("The ship in port",),
    agency="TASS",
    notes=("(2nd LD)",),
)


def test_mapping(validator):
    item = to_ninjs(normalize_article(FULL).to_dict())
    assert_valid(validator, item)
    assert item["uri"] == "urn:tasscli:page:pages/ferry%20page.txt"
    assert item["headlines"] == [{"role": "main", "value": "Ferry line opens"}]
    assert item["descriptions"] == [{"role": "summary", "value": "Two ships a week"}]
    assert item["bodies"][0]["value"] == "First paragraph.\n\nSecond paragraph here."
    assert item["bodies"][0]["wordcount"] == 5
    assert item["located"] == "Kubinka, Moscow Region"
    assert item["versioncreated"] == item["firstcreated"] == "2021-05-14T12:30:00+03:00"
    assert item["subjects"] == [{"name": "Business & Economy", "rel": "section", "literal": "economy"}]
    assert item["copyrightholder"] == "TASS" and item["by"] == "By A. Writer"
    assert item["infosources"] == [{"name": "Interfax", "role": "dateline"}]
    assert item["ednote"] == "(2nd LD)"
    first, second = item["associations"]
    assert first["by"] == "Lev Fedoseyev/TASS" and first["descriptions"][0]["value"] == "The ship in port"
    assert second["by"] == "AP Photo/Someone" and "descriptions" not in second
    assert first["type"] == "picture" and first["uri"].endswith("/picture/1")


@pytest.mark.parametrize("published, expected", [
    ("2021-05-14T12:30:00+03:00", "2021-05-14T12:30:00+03:00"),
    ("2021-05-14T12:30+03:00", "2021-05-14T12:30:00+03:00"),
    ("2021-05-14", None),  # a day alone is no RFC 3339 date-time
    ("2019-10-29T16:05:00", None),  # a local time without offset neither
    (None, None),
])
def test_dates(published, expected):
    item = to_ninjs(Article(published=published).to_dict())
    assert item.get("versioncreated") == expected


def test_empty_article_is_still_valid(validator):
    item = to_ninjs(Article().to_dict())
    assert_valid(validator, item)
    assert set(item) == {"uri", "type", "language", "representationtype"}


def test_uris():
    assert article_uri("https://tass.com/politics/1", 0) == "https://tass.com/politics/1"
    assert article_uri("a b.txt", 1) == "urn:tasscli:page:a%20b.txt#2"
    assert article_uri("-") == "urn:tasscli:page:-"


def test_writer_numbers_articles_of_one_page():
    stream = io.StringIO()
    writer = NinjsWriter(stream)
    for source in ("a.txt", "a.txt", "b.txt"):
        writer.write(Article(source=source).to_dict())
    writer.close()
    uris = [json.loads(line)["uri"] for line in stream.getvalue().splitlines()]
    assert uris == ["urn:tasscli:page:a.txt", "urn:tasscli:page:a.txt#2", "urn:tasscli:page:b.txt"]


def test_validator_rejects_what_ninjs_forbids(validator):
    assert list(validator.iter_errors({"headlines": "not a list"}))  # no uri, wrong type
    assert list(validator.iter_errors({"uri": "urn:x", "invented": 1}))  # unevaluated property
    assert list(validator.iter_errors({"uri": "urn:x", "associations": [{"uri": "urn:y"}]}))  # no name
