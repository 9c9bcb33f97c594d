"""The record types: `Article` and `Dateline` are frozen dataclasses with slots, `Vocabulary` a
frozen dataclass compared and hashed by identity; `record.replaced` (the parser's and normalization's fast
replace) gives what `dataclasses.replace` gives."""
import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError

import pytest

from tasscli.record import FIELDS, Article, Dateline, LineRole, replaced
from tasscli.vocab import DEFAULT, MONTHS, Vocabulary

CLASSES = [Article, Dateline, Vocabulary]


def names(cls):
    return [f.name for f in dataclasses.fields(cls)]


def sample(f, k):
    """A value for field `f` (the k-th of several distinct ones), picked by its annotation."""
    kind = f.type
    if "Dateline" in kind:
        return Dateline(place=f"PLACE {k}", date="June 3", agency="TASS", text=f"PLACE {k}, June 3. /TASS/.")
    if "LineRole" in kind:
        return (LineRole(k, "headline", 0), LineRole(k + 1, "body", 0))
    if kind.startswith("Tuple"):
        return (f"{f.name} {k}", "second")
    if kind.startswith("FrozenSet"):
        return frozenset({f"{f.name} {k}", "x"})
    if kind.startswith("Dict"):
        return {f"{f.name} {k}": k}
    return f"{f.name} {k}"


def every(cls, k=1):
    return {f.name: sample(f, k) for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("cls", [Article, Dateline], ids=lambda c: c.__name__)
def test_records_are_frozen_and_slotted(cls):
    params = cls.__dataclass_params__
    assert params.frozen and params.eq and not params.unsafe_hash
    assert cls.__slots__ == tuple(names(cls)) and not hasattr(cls(), "__dict__")


def test_vocabulary_is_frozen_and_keeps_its_tables_in_its_dict():
    """Not slotted: `lines.Grammar` reads the tables through vars()."""
    assert Vocabulary.__dataclass_params__.frozen
    assert list(vars(DEFAULT)) == names(Vocabulary)


def test_record_field_order_is_the_writers_column_order():
    assert FIELDS == tuple(name for name in names(Article) if name != "lines")


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_frozen(cls):
    made = cls()
    for name in names(cls):
        with pytest.raises(FrozenInstanceError, match=f"^cannot assign to field '{name}'$"):
            setattr(made, name, 1)
        with pytest.raises(FrozenInstanceError, match=f"^cannot delete field '{name}'$"):
            delattr(made, name)


def test_lines_are_neither_compared_nor_shown():
    one = Article(headline="H", lines=(LineRole(1, "headline", 0),))
    assert one == Article(headline="H") and hash(one) == hash(Article(headline="H"))
    assert "lines=" not in repr(one)


def test_vocabulary_is_compared_and_hashed_by_identity():
    """As the parser's caches key on it (equal by value but hashed by identity broke the rule that
    equal objects hash alike)."""
    one, two = Vocabulary(), Vocabulary()
    assert one != two and one == one and dataclasses.replace(DEFAULT) != DEFAULT
    assert hash(one) != hash(two) and hash(DEFAULT) == hash(DEFAULT)
    assert {one: 1, two: 2}[two] == 2


def test_vocabulary_months_are_a_fresh_dict_each():
    for made in (Vocabulary(), Vocabulary(sections=())):
        assert made.months == MONTHS and made.months is not MONTHS
    assert Vocabulary().months is not Vocabulary().months
    assert Vocabulary().months is not DEFAULT.months
    mine = {"jan": 1}
    assert Vocabulary(months=mine).months is mine


@pytest.mark.parametrize("cls", [Article, Dateline], ids=lambda c: c.__name__)
def test_replaced_is_dataclasses_replace(cls):
    """Every field, `lines` (not compared) included, each value the same object."""
    for ours in (cls(), cls(**every(cls))):
        for f in dataclasses.fields(cls):
            for changes in ({f.name: sample(f, 3)}, {f.name: None}, {}):
                fast, slow = replaced(ours, changes), dataclasses.replace(ours, **changes)
                assert type(fast) is cls and fast is not ours
                for g in dataclasses.fields(cls):
                    assert getattr(fast, g.name) is getattr(slow, g.name), (f.name, g.name)
        values = every(cls, 4)
        assert all(getattr(replaced(ours, values), key) is value for key, value in values.items())
        with pytest.raises(TypeError):
            replaced(ours, {"not_a_field": 1})


def test_replaced_keeps_a_subclass_through_dataclasses_replace():
    @dataclasses.dataclass(frozen=True)
    class Tagged(Article):
        tag: str = ""

    record = replaced(Tagged(headline="a", tag="x"), {"headline": "b"})
    assert type(record) is Tagged and record.headline == "b" and record.tag == "x"


def test_a_dateline_inside_an_article():
    dateline = Dateline("MURMANSK", None, "June 3", "TASS", "MURMANSK, June 3. /TASS/.")
    ours = Article(headline="H", dateline=dateline, body=("One.", "Two."), lines=(LineRole(1, "headline", 0),))
    assert ours == Article(headline="H", dateline=dataclasses.replace(dateline), body=("One.", "Two."))
    assert ours != Article(headline="H", dateline=dataclasses.replace(dateline, place_name="Murmansk"))
    moved = dataclasses.replace(ours, dateline=dataclasses.replace(dateline, place_name="Murmansk"))
    assert moved.dateline.place_name == "Murmansk" and moved.lines == ours.lines
    assert moved.to_dict()["dateline"] == {"place": "MURMANSK", "region": None, "date": "June 3",
                                           "agency": "TASS", "text": "MURMANSK, June 3. /TASS/.",
                                           "place_name": "Murmansk"}
    assert dataclasses.asdict(ours)["dateline"] == dataclasses.asdict(dateline)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_copy_and_pickle(cls):
    for ours in (cls(), cls(**every(cls))):
        for made in (copy.copy(ours), copy.deepcopy(ours), pickle.loads(pickle.dumps(ours))):
            assert type(made) is cls  # (a rebuilt set may list in another order)
            assert all(getattr(made, f.name) == getattr(ours, f.name) for f in dataclasses.fields(cls))
