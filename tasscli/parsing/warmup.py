"""Tables that pay only over many lines, made after the first lines (start-up, issue 6).

The grammar reads some tables from its patterns only to skip work per line: the checks a line's
first character allows (`Grammar.first_gates`), the control patterns it may match, the fixed
strings a search needs (prefilters). Reading them cost about 15M instructions of a one-page run of
300M, where a page has a few dozen lines to save on. A property made with `after_warm_up(cold)`
gives `cold`, a value that skips nothing (every check is tried: the same answers, found the long
way), for its first WARM_UP uses; then it makes the table and keeps it on the instance, as
`functools.cached_property` does, so that later uses cost a plain attribute lookup.

The first table of an instance to be made makes all the others at once: a table used on few lines
(the control patterns, tried on short lines only) would otherwise warm up pages later, and its
compiles (dozens of alternations, milliseconds) fell on whatever page that was, a batch's second
pass over the same pages in the parse-cost measure (issue 23).
"""
from __future__ import annotations

from typing import Any, Callable, Optional

#: Uses of a table before it is made (a batch's first few pages, a one-page run's all).
WARM_UP = 1000
#: Set on an instance once its first table is made (and so all of them).
_ALL_MADE = "_after_warm_up_all_made"


class after_warm_up:  # noqa: N801 (a decorator, named like cached_property)
    """`@after_warm_up(cold)` over a method of no arguments: see the module's docstring."""

    def __init__(self, cold: Any) -> None:
        self.cold = cold
        self.compute: Optional[Callable[[Any], Any]] = None
        self.name = self.uses = ""

    def __call__(self, compute: Callable[[Any], Any]) -> after_warm_up:
        self.compute = compute
        self.__doc__ = compute.__doc__
        return self

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.uses = name, f"{name}_uses"

    def __get__(self, instance: Any, owner: Optional[type] = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        uses = state.get(self.uses, 0)
        if uses < WARM_UP:
            state[self.uses] = uses + 1
            return self.cold
        return self.made(instance)

    def made(self, instance: Any) -> Any:
        """The table, made now if it is not yet (kept on `instance`)."""
        state = instance.__dict__
        if self.name not in state:
            state[self.name] = self.compute(instance)  # type: ignore[misc]
            if not state.get(_ALL_MADE):
                state[_ALL_MADE] = True
                warmed(instance)  # the others now too (see the module's docstring)
        return state[self.name]


def warmed(instance: Any) -> Any:
    """`instance` with all its `after_warm_up` tables made now, as after WARM_UP uses of each."""
    for name in dir(type(instance)):
        attribute = getattr(type(instance), name, None)
        if isinstance(attribute, after_warm_up):
            attribute.made(instance)
    return instance
