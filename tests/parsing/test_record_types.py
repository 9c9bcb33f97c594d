"""The record types' hand-written dataclass methods against what `@dataclass(frozen=True)` generates.

`Article`, `Dateline` and `Vocabulary` keep `@dataclass` only to record their fields (generating the
methods cost start-up time), so their `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`
and `__delattr__` are written out. Each test builds the frozen dataclass the decorator would have
made from the same `dataclasses.fields()` and checks that both behave alike, so a field added to
the annotations but not to `__init__` (or to == and hash) fails here.
"""
import copy
import dataclasses
import inspect
import pickle
from dataclasses import MISSING, FrozenInstanceError

import pytest

from tasscli.record import FIELDS, Article, Dateline, LineRole, replaced
from tasscli.vocab import DEFAULT, MONTHS, Vocabulary

CLASSES = [Article, Dateline, Vocabulary]


def reference(cls):
    """The frozen dataclass `cls` would be if the decorator generated its methods."""
    specs = []
    for f in dataclasses.fields(cls):
        options = {"repr": f.repr, "compare": f.compare, "hash": f.hash, "init": f.init, "metadata": f.metadata}
        if f.default is not MISSING:
            options["default"] = f.default
        if f.default_factory is not MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))
    # An explicit __hash__ in the class body survives frozen=True (Vocabulary hashes by identity).
    namespace = {"__hash__": cls.__dict__["__hash__"]} if cls is Vocabulary else {}
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, namespace=namespace)


REFERENCES = {cls: reference(cls) for cls in CLASSES}


def names(cls):
    return [f.name for f in dataclasses.fields(cls)]


def sample(f, k, nested_ref=False):
    """A value for field `f` (the k-th of several distinct ones), picked by its annotation."""
    kind = f.type
    if "Dateline" in kind:
        dateline_cls = REFERENCES[Dateline] if nested_ref else Dateline
        return dateline_cls(place=f"PLACE {k}", date="June 3", agency="TASS", text=f"PLACE {k}, June 3. /TASS/.")
    if "LineRole" in kind:
        return (LineRole(k, "headline", 0), LineRole(k + 1, "body", 0))
    if kind.startswith("Tuple"):
        return (f"{f.name} {k}", "second")
    if kind.startswith("FrozenSet"):
        return frozenset({f"{f.name} {k}", "x"})
    if kind.startswith("Dict"):
        return {f"{f.name} {k}": k}
    return f"{f.name} {k}"


def argument_sets(cls, nested_ref=False):
    """(name, args, kwargs): defaults only, every field by keyword and positionally, all None, tuples."""
    fields = dataclasses.fields(cls)
    every = {f.name: sample(f, 1, nested_ref) for f in fields}
    yield "defaults", (), {}
    yield "keywords", (), every
    yield "positional", tuple(every.values()), {}
    yield "half positional", tuple(every.values())[:3], dict(list(every.items())[3:])
    yield "none", (), {f.name: None for f in fields}
    yield "tuples", (), {f.name: () for f in fields}
    yield "one field", (), {fields[-1].name: every[fields[-1].name]}


def pairs(cls):
    """(name, instance, reference instance) for every argument set; the reference's Datelines are
    reference Datelines too."""
    for (name, args, kwargs), (_, ref_args, ref_kwargs) in zip(argument_sets(cls), argument_sets(cls, True)):
        yield name, cls(*args, **kwargs), REFERENCES[cls](*ref_args, **ref_kwargs)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_annotation_is_a_field_and_an_init_parameter(cls):
    assert list(cls.__annotations__) == names(cls)
    assert list(inspect.signature(cls).parameters) == names(cls)
    assert list(vars(cls()).keys()) == names(cls)  # __init__ sets every field, and nothing else
    values = {f.name: sample(f, 7) for f in dataclasses.fields(cls)}
    made = cls(**values)
    for name, value in values.items():
        assert getattr(made, name) is value, name


def test_record_field_order_is_the_writers_column_order():
    assert FIELDS == tuple(name for name in names(Article) if name != "lines")


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_signature(cls):
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(REFERENCES[cls]).parameters
    assert list(ours) == list(theirs)
    for name, p in ours.items():
        q = theirs[name]
        assert (p.kind, p.annotation) == (q.kind, q.annotation), name
        if dataclasses.fields(cls)[list(ours).index(name)].default_factory is MISSING:
            assert p.default is q.default or (p.default == q.default and type(p.default) is type(q.default)), name
        else:  # a sentinel, shown as dataclasses show theirs; the instance gets a fresh value
            assert p.default is not None and repr(p.default) == repr(q.default) == "<factory>"
    assert getattr(cls, "__match_args__", None) == getattr(REFERENCES[cls], "__match_args__", None)


def test_article_docstring_names_every_field():
    """Article documents itself (the decorator would otherwise write the __init__ signature at
    every start): every field is named there, in the record's order."""
    doc = " ".join(Article.__doc__.split())
    positions = [doc.index(f" {name}") for name in names(Article)]
    assert positions == sorted(positions)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_repr(cls):
    for name, ours, theirs in pairs(cls):
        assert repr(ours) == repr(theirs), name


def test_repr_of_a_record_inside_itself():
    ours, theirs = Vocabulary(months={}), REFERENCES[Vocabulary](months={})
    ours.months["self"] = ours
    theirs.months["self"] = theirs
    assert repr(ours) == repr(theirs)
    assert "months={'self': ...}" in repr(ours)


def test_repr_of_a_subclass_names_the_subclass():
    class Special(Article):
        pass

    class Special2(REFERENCES[Article]):
        pass

    assert repr(Special(headline="H")) == repr(Special2(headline="H")).replace("Special2", "Special")


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_equality(cls):
    ref = REFERENCES[cls]
    sets = list(argument_sets(cls))
    for name, args, kwargs in sets:
        a, b = cls(*args, **kwargs), cls(*args, **kwargs)
        ra, rb = ref(*args, **kwargs), ref(*args, **kwargs)
        assert (a == b, a != b) == (ra == rb, ra != rb) == (True, False), name
        # == only between instances of the same class, as the generated __eq__
        assert a.__eq__(ra) is NotImplemented and ra.__eq__(a) is NotImplemented
        assert (a == ra, a != ra) == (False, True)
        assert a.__eq__(None) is NotImplemented and a != (args, kwargs)
        for other_name, other_args, other_kwargs in sets:
            c, rc = cls(*other_args, **other_kwargs), ref(*other_args, **other_kwargs)
            assert (a == c, a != c) == (ra == rc, ra != rc), (name, other_name)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_each_field_changed_alone(cls):
    """== and hash see exactly the compared fields: each one, changed alone, as the reference."""
    ref = REFERENCES[cls]
    base = {f.name: sample(f, 1) for f in dataclasses.fields(cls)}
    for f in dataclasses.fields(cls):
        changed = dict(base, **{f.name: sample(f, 2)})
        assert (cls(**base) == cls(**changed)) == (ref(**base) == ref(**changed)) == (not f.compare), f.name
        if cls is not Vocabulary:
            assert hash(cls(**changed)) == hash(ref(**changed)), f.name
            assert (hash(cls(**base)) == hash(cls(**changed))) == (not f.compare), f.name


@pytest.mark.parametrize("cls", [Article, Dateline], ids=lambda c: c.__name__)
def test_hash_is_the_hash_of_the_compared_fields(cls):
    for name, ours, theirs in pairs(cls):
        assert hash(ours) == hash(theirs), name
        compared = tuple(getattr(ours, f.name) for f in dataclasses.fields(cls) if f.compare)
        assert hash(ours) == hash(compared), name


def test_vocabulary_hashes_by_identity():
    one, two = Vocabulary(), Vocabulary()
    assert one == two
    assert hash(one) == id(one) and hash(two) == id(two) and hash(DEFAULT) == id(DEFAULT)
    assert {one: 1, two: 2}[two] == 2


def test_vocabulary_months_are_a_fresh_dict_each():
    ref = REFERENCES[Vocabulary]
    for made in (Vocabulary(), Vocabulary(sections=()), ref()):
        assert made.months == MONTHS and made.months is not MONTHS
    assert Vocabulary().months is not Vocabulary().months
    assert Vocabulary().months is not DEFAULT.months
    mine = {"jan": 1}
    assert Vocabulary(months=mine).months is mine
    assert Vocabulary(months=None).months is None is ref(months=None).months


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_frozen(cls):
    ref = REFERENCES[cls]
    ours, theirs = cls(), ref()
    for name in [*names(cls), "not_a_field"]:
        for target in (ours, theirs):
            with pytest.raises(FrozenInstanceError, match=f"^cannot assign to field '{name}'$"):
                setattr(target, name, 1)
            with pytest.raises(FrozenInstanceError, match=f"^cannot delete field '{name}'$"):
                delattr(target, name)
    assert vars(ours) == vars(cls())


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_frozen_in_a_subclass(cls):
    """A plain subclass may set attributes of its own, not fields (as with the generated methods)."""
    sub = type("Sub", (cls,), {})()
    ref_sub = type("Sub", (REFERENCES[cls],), {})()
    for target in (sub, ref_sub):
        target.extra = 1
        del target.extra
        for name in names(cls):
            with pytest.raises(FrozenInstanceError, match=f"^cannot assign to field '{name}'$"):
                setattr(target, name, 1)
            with pytest.raises(FrozenInstanceError, match=f"^cannot delete field '{name}'$"):
                delattr(target, name)
    assert repr(sub) == repr(ref_sub)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_replace(cls):
    ref = REFERENCES[cls]
    for name, ours, theirs in pairs(cls):
        assert dataclasses.replace(ours) == ours and dataclasses.replace(ours) is not ours
        for f in dataclasses.fields(cls):
            value = sample(f, 3)
            replaced = dataclasses.replace(ours, **{f.name: value})
            assert type(replaced) is cls
            assert repr(replaced) == repr(dataclasses.replace(theirs, **{f.name: value})), (name, f.name)
            expected = {g.name: value if g is f else getattr(ours, g.name) for g in dataclasses.fields(cls)}
            assert replaced == cls(**expected), (name, f.name)
            assert getattr(replaced, f.name) is value
        with pytest.raises(TypeError):
            dataclasses.replace(ours, not_a_field=1)
        with pytest.raises(TypeError):
            dataclasses.replace(theirs, not_a_field=1)
    # replace() passes the old values on: the same objects, not copies (months included)
    ours, theirs = cls(), ref()
    for f in dataclasses.fields(cls):
        assert getattr(dataclasses.replace(ours), f.name) is getattr(ours, f.name)
        assert getattr(dataclasses.replace(theirs), f.name) is getattr(theirs, f.name)


@pytest.mark.parametrize("cls", [Article, Dateline], ids=lambda c: c.__name__)
def test_replaced_is_dataclasses_replace(cls):
    """record.replaced (normalization's and the parser's fast replace) gives what replace() does:
    every field, `lines` (not compared) included, each value the same object."""
    for name, ours, _ in pairs(cls):
        for f in dataclasses.fields(cls):
            for changes in ({f.name: sample(f, 3)}, {f.name: None}, {}):
                fast, slow = replaced(ours, changes), dataclasses.replace(ours, **changes)
                assert type(fast) is cls and fast is not ours
                for g in dataclasses.fields(cls):
                    assert getattr(fast, g.name) is getattr(slow, g.name), (name, f.name, g.name)
        every = {f.name: sample(f, 4) for f in dataclasses.fields(cls)}
        assert all(getattr(replaced(ours, every), key) is value for key, value in every.items())
        with pytest.raises(TypeError):
            replaced(ours, {"not_a_field": 1})


def test_replaced_keeps_a_subclass_through_dataclasses_replace():
    @dataclasses.dataclass(init=False, repr=False, eq=False)
    class Tagged(Article):
        def __init__(self, *args, tag=None, **kwargs):
            super().__init__(*args, **kwargs)
            object.__setattr__(self, "tag", tag)

    record = replaced(Tagged(headline="a", tag="x"), {"headline": "b"})
    assert type(record) is Tagged and record.headline == "b"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_asdict_astuple_and_fields(cls):
    ref = REFERENCES[cls]
    assert dataclasses.is_dataclass(cls) and dataclasses.is_dataclass(cls())
    assert [(f.name, f.type, f.default, f.repr, f.compare, f.hash, f.init) for f in dataclasses.fields(cls)] == [
        (f.name, f.type, f.default, f.repr, f.compare, f.hash, f.init) for f in dataclasses.fields(ref)]
    for name, ours, theirs in pairs(cls):
        assert dataclasses.asdict(ours) == dataclasses.asdict(theirs), name
        assert dataclasses.astuple(ours) == dataclasses.astuple(theirs), name


def test_a_dateline_inside_an_article():
    dateline = Dateline("MURMANSK", None, "June 3", "TASS", "MURMANSK, June 3. /TASS/.")
    ref_dateline = REFERENCES[Dateline]("MURMANSK", None, "June 3", "TASS", "MURMANSK, June 3. /TASS/.")
    ours = Article(headline="H", dateline=dateline, body=("One.", "Two."), lines=(LineRole(1, "headline", 0),))
    theirs = REFERENCES[Article](headline="H", dateline=ref_dateline, body=("One.", "Two."),
                                 lines=(LineRole(1, "headline", 0),))
    assert repr(ours) == repr(theirs)
    assert "lines=" not in repr(ours)
    assert hash(ours) == hash(theirs)
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert ours == Article(headline="H", dateline=dataclasses.replace(dateline), body=("One.", "Two."))
    assert ours != Article(headline="H", dateline=dataclasses.replace(dateline, place_name="Murmansk"))
    moved = dataclasses.replace(ours, dateline=dataclasses.replace(dateline, place_name="Murmansk"))
    assert moved.dateline.place_name == "Murmansk" and moved.lines == ours.lines
    assert moved.to_dict()["dateline"]["place_name"] == "Murmansk"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_copy_and_pickle(cls):
    for name, ours, _ in pairs(cls):
        for made in (copy.copy(ours), copy.deepcopy(ours), pickle.loads(pickle.dumps(ours))):
            assert type(made) is cls and made == ours, name  # (a rebuilt set may list in another order)

