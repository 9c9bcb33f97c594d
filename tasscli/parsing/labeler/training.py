"""Training data derived from gold pages, and the averaged structured perceptron that fits the weights.

Used by `tools/train_labeler.py` and `tools/crossval.py` only; parsing never imports it.

How a header line's role is derived (`gold_roles`), for each article of a page whose rules' record
count equals the gold's (pages the rules split wrongly are left out: their articles cannot be paired):
1. where the rules' record already has the gold headline, lead and section and its body starts as
   the gold's, the rules' own roles (`roles.from_rule`) are the labels;
2. else from the gold fields: the line whose text is the gold headline is HEADLINE, the lead's LEAD,
   the section's SECTION; the line the gold body starts with, and every header line after it, STORY;
   any other line OTHER. An article whose derived roles break the role grammar is left out.
3. each page is read twice more, changed in ways that must not change its roles: with site lines
   of our own set over its headline (`SITE_LINES`), and with its headline printed in another
   desk's form (`HEADLINE_FORMS`, the gold headline changed alike).
"""
from __future__ import annotations

import random
import unicodedata
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from tasscli.parsing.labeler import Collector
from tasscli.parsing.labeler.decode import decode
from tasscli.parsing.labeler.header import Unit
from tasscli.parsing.labeler.model import Model
from tasscli.parsing.labeler.roles import ROLES, Role, allowed, from_rule

Example = Tuple[List[List[str]], List[Role]]
_TRANS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
                        "\u00bb": '"', "\u2014": "-", "\u2013": "-", "\u00a0": " ", "\u2009": " "})


def fold(value: object) -> Optional[str]:
    """As the scorer folds a field (quotes, dashes, spaces, Unicode form, case)."""
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).translate(_TRANS).split())
    return text.casefold() or None


def _rules_right(record: object, gold: dict) -> bool:
    body = record.body  # type: ignore[attr-defined]
    first = fold(gold.get("body_first"))
    starts = (not body) if first is None else bool(body) and (fold(body[0]) or "").startswith(first)
    return starts and all(fold(getattr(record, name)) == fold(gold.get(name))
                          for name in ("headline", "lead", "section"))


def gold_roles(units: Sequence[Unit], record: object, gold: dict) -> Optional[List[Role]]:
    """The roles of an article's header lines (see the module's docstring), or None."""
    if "body" in gold and "body_first" not in gold:  # a sample's golden record lists the whole body
        gold = dict(gold, body_first=gold["body"][0][:40] if gold["body"] else None)
    if _rules_right(record, gold):
        return [from_rule(unit.rule) for unit in units]
    first = fold(gold.get("body_first"))
    wanted = {fold(gold.get(role.value)): role for role in (Role.HEADLINE, Role.LEAD, Role.SECTION)}
    wanted.pop(None, None)
    # A field's line is the one the rules gave that field where its text is the gold's (a menu
    # may print the section's name too), else the first line with that text.
    ruled = {role: index for index, unit in enumerate(units) for role in (from_rule(unit.rule),)
             if role.value == unit.rule and wanted.get(fold(unit.text)) is role}
    out: List[Role] = []
    for index, unit in enumerate(units):
        text = fold(unit.text) or ""
        if (out and out[-1] is Role.STORY) or (first is not None and text.startswith(first)):
            out.append(Role.STORY)
            continue
        role = wanted.get(text, Role.OTHER)
        if role in out or ruled.get(role, index) != index:
            role = Role.OTHER
        out.append(role)
    return out if allowed(out) else None


#: Site lines of our own making, set above a page's headline in a second copy of it: the roles
#: must not depend on how many lines a site prints over the headline, nor on their words.
SITE_LINES = ("Home", "Top Stories", "Sign in | Subscribe", "Newsletter", "Contact us",
              "Weather\nMarkets", "Our apps", "Search this site")


def _with_site_lines(text: str, records: Sequence[object], pick: int) -> Optional[str]:
    """`text` with site lines set above the first headline, or None where it has none."""
    number = next((role.number for role in records[0].lines  # type: ignore[attr-defined]
                   if role.role == "headline"), None) if records else None
    if number is None or number == 1:
        return None
    lines = text.split("\n")
    return "\n".join(lines[:number - 1] + SITE_LINES[pick % len(SITE_LINES)].split("\n") + [""]
                     + lines[number - 1:])


#: Headlines as other desks print them, of our own making: a copy of each page with its headline
#: so printed gives the same roles.
HEADLINE_FORMS = (lambda h: "Spokesman: " + h, lambda h: h + " - officials", lambda h: "«" + h + "»",
                  lambda h: h + " (photos)", lambda h: "BREAKING: " + h, lambda h: h + "!")


def _with_headline_form(text: str, records: Sequence[object], pick: int) -> Optional[str]:
    number = next((role.number for role in records[0].lines  # type: ignore[attr-defined]
                   if role.role == "headline"), None) if records else None
    if number is None:
        return None
    lines = text.split("\n")
    lines[number - 1] = HEADLINE_FORMS[pick % len(HEADLINE_FORMS)](lines[number - 1].strip())
    return "\n".join(lines)


def _page_examples(text: str, source: str, gold: dict, out: List[Example]) -> Sequence[object]:
    from tasscli.parsing.parser import parse

    collector = Collector()
    records = parse(text, source, labeler=collector)
    articles = gold.get("articles", [])
    if len(records) != len(articles):
        return ()
    for record, want, (units, features) in zip(records, articles, collector.articles):
        roles = gold_roles(units, record, want) if units else None
        if roles is not None:
            out.append((features, roles))
    return records


def examples(pages: Iterable[Tuple[str, str, dict]], augment: bool = True) -> List[Example]:
    """(features, roles) of each usable article of `pages`: (text, source, gold) triples; with
    `augment`, of a copy of each page with site lines over its headline (`SITE_LINES`) too."""
    out: List[Example] = []
    for number, (text, source, gold) in enumerate(pages):
        records = _page_examples(text, source, gold, out)
        if not augment:
            continue
        changed = _with_site_lines(text, records, number)
        if changed is not None:
            _page_examples(changed, source, gold, out)
        changed = _with_headline_form(text, records, number)
        if changed is not None:
            head = gold["articles"][0].get("headline") if gold.get("articles") else None
            form = HEADLINE_FORMS[number % len(HEADLINE_FORMS)]
            wanted = dict(gold, articles=[dict(gold["articles"][0], headline=form(head) if head else head)]
                          + gold["articles"][1:])
            _page_examples(changed, source, wanted, out)
    return out


class _Averaged:
    """Perceptron weights with the running sums that give their average at the end."""

    def __init__(self) -> None:
        self.model = Model({}, {})
        self.sums: Dict[Tuple[str, str], float] = {}
        self.step = 1

    def add(self, table: Dict[str, float], key: str, sum_key: Tuple[str, str], delta: float) -> None:
        table[key] = table.get(key, 0.0) + delta
        self.sums[sum_key] = self.sums.get(sum_key, 0.0) + self.step * delta

    def update(self, features: Sequence[Sequence[str]], gold: Sequence[Role], got: Sequence[Role]) -> None:
        model = self.model
        before_gold = before_got = "start"
        for line, want, have in zip(features, gold, got):
            if want is not have:
                for feature in line:
                    self.add(model.emission[want], feature, (want.value, feature), 1.0)
                    self.add(model.emission[have], feature, (have.value, feature), -1.0)
            if (before_gold, want.value) != (before_got, have.value):
                self.add(model.transition, before_gold + ">" + want.value, ("", before_gold + ">" + want.value), 1.0)
                self.add(model.transition, before_got + ">" + have.value, ("", before_got + ">" + have.value), -1.0)
            before_gold, before_got = want.value, have.value
        if before_gold != before_got:
            self.add(model.transition, before_gold + ">end", ("", before_gold + ">end"), 1.0)
            self.add(model.transition, before_got + ">end", ("", before_got + ">end"), -1.0)
        model.changed()

    def averaged(self) -> Model:
        emission = {role.value: {feature: weight - self.sums.get((role.value, feature), 0.0) / self.step
                                 for feature, weight in self.model.emission[role].items()} for role in ROLES}
        transition = {key: weight - self.sums.get(("", key), 0.0) / self.step
                      for key, weight in self.model.transition.items()}
        return Model(emission, transition)


def train(data: Sequence[Example], epochs: int = 10, seed: int = 15, margin: float = 0.0) -> Model:
    """Averaged structured perceptron: decode each example, move the weights toward its roles."""
    weights = _Averaged()
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            features, gold = data[index]
            got = decode(weights.model, features)
            if got != gold:
                weights.update(features, gold, got)
            weights.step += 1
    model = weights.averaged()
    model.margin = margin
    return model
