"""The header lines the labeler reads, and its decision applied to an article being built.

The rules read the page first (`article.header.read_header`, `article.body.read_body`); the labeler then reads the
text lines above the story again and decides each one's role (`roles.Role`). Where it agrees
with the rules nothing changes; where it does not, its roles win: the headline, lead and section
are taken from its lines, and the body gains or loses the lines above the story it moved.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from tasscli.parsing.labeler.decode import decode, sequence_score
from tasscli.parsing.labeler.features import header_features
from tasscli.parsing.labeler.model import Model
from tasscli.parsing.labeler.roles import Role, allowed, from_rule
from tasscli.parsing.lines import Line

#: The rules' roles of header lines the labeler may change: guesses from a line's shape and place.
#: The roles a grammar gave (time, credit, caption, byline, date, dateline, template, tags) stay.
SOFT = frozenset({"headline", "lead", "section", "dropped:page", "dropped:unknown", "dropped:label",
                  "dropped:menu", "dropped:teaser", "dropped:furniture"})
#: At most this many lines above the story are read: a header is a few lines, a listing's is not.
MOST_LINES = 40
PARAGRAPH = re.compile(r"body ¶(\d+)$")


class Unit:
    """One header line the labeler reads (a headline or lead hard-wrapped onto the next lines is one)."""

    __slots__ = ("index", "lines", "rule", "text")

    def __init__(self, index: int, line: Line, rule: str) -> None:
        self.index = index  # of its first line in the segment
        self.lines = [line]
        self.rule = rule
        self.text = line.text


def _soft(role: str) -> bool:
    return role in SOFT or PARAGRAPH.match(role) is not None


def header_units(segment: Sequence[Line], start: Optional[int], roles: Dict[int, str]) -> List[Unit]:
    """The header lines whose role the labeler decides, in page order: the text lines above the
    story start; with no story start, those down to the rules' first body paragraph."""
    end = start if start is not None else len(segment)
    end = min(end, MOST_LINES)
    units: List[Unit] = []
    for index in range(end):
        line = segment[index]
        role = roles.get(line.number, "")
        if start is None and units and units[-1].rule == "body ¶1" and role != "body ¶1":
            break  # no story start: the header ends with the rules' first paragraph
        if not _soft(role):
            continue
        last = units[-1] if units else None
        if last is not None and role in ("headline", "lead") and last.rule == role \
                and last.lines[-1].number == line.number - 1:
            last.lines.append(line)  # a wrapped line's parts share its role
            last.text += " " + line.text
            continue
        units.append(Unit(index, line, role))
    return units


def label_units(model: Model, segment: Sequence[Line], start: Optional[int],
                units: List[Unit]) -> Tuple[List[List[str]], List[Role]]:
    story = segment[start:start + 6] if start is not None else ()
    features = header_features(segment, [unit.index for unit in units],
                               {unit.lines[0].number: unit.rule for unit in units}, story)
    best = decode(model, features)
    rules = [from_rule(unit.rule) for unit in units]
    if best != rules and allowed(rules) and \
            sequence_score(model, features, best) - sequence_score(model, features, rules) < model.margin:
        return features, rules  # not sure enough to overrule the rules
    return features, best


def _paragraphs(roles: Dict[int, str], body: List[str]) -> List[Tuple[int, str, List[int]]]:
    """(first line, text, line numbers) of each body paragraph, from the rules' roles."""
    lines: Dict[int, List[int]] = {}
    for number, role in roles.items():
        found = PARAGRAPH.search(role)
        if found:
            lines.setdefault(int(found.group(1)), []).append(number)
    return [(min(lines.get(k, [10 ** 9])), text, sorted(lines.get(k, []))) for k, text in enumerate(body, 1)]


def apply(b: object, units: List[Unit], decided: List[Role]) -> bool:
    """Give the builder `b` (`article.builder.Builder`) the labeler's roles; False where they are the rules'."""
    if all(from_rule(unit.rule) is role for unit, role in zip(units, decided)):
        return False
    fields, roles = b.fields, b.roles  # type: ignore[attr-defined]
    texts = {Role.HEADLINE: None, Role.LEAD: None, Role.SECTION: None}
    for unit, role in zip(units, decided):
        if role in texts and texts[role] is None:
            texts[role] = fields.get(unit.rule) if unit.rule == role.value else unit.text
    for role, name in ((Role.HEADLINE, "headline"), (Role.LEAD, "lead"), (Role.SECTION, "section")):
        rule_had = any(unit.rule == name for unit in units)
        if texts[role] is not None:
            fields[name] = texts[role]
        elif rule_had:
            fields.pop(name, None)
    moved = {line.number for unit, role in zip(units, decided) if role is not Role.STORY for line in unit.lines}
    paragraphs = [p for p in _paragraphs(roles, b.body) if not p[2] or not set(p[2]) <= moved]  # type: ignore[attr-defined]
    for unit, role in zip(units, decided):
        if role is Role.STORY and not PARAGRAPH.match(unit.rule):
            paragraphs.append((unit.lines[0].number, unit.text, [line.number for line in unit.lines]))
    paragraphs.sort(key=lambda p: p[0])
    for unit, role in zip(units, decided):
        for line in unit.lines:
            roles[line.number] = _role_name(unit.rule, role)
    b.body[:] = [text for _, text, _ in paragraphs]  # type: ignore[attr-defined]
    for k, (_, _, numbers) in enumerate(paragraphs, 1):
        for number in numbers:
            old = roles.get(number, "")
            roles[number] = ("dateline+" if old.startswith("dateline") else "") + f"body ¶{k}"
    changed = {line.number for unit, role in zip(units, decided) if from_rule(unit.rule) is not role
               for line in unit.lines}
    b.warnings[:] = [w for w in b.warnings  # type: ignore[attr-defined]
                     if not any(w.startswith(f"line {n}:") for n in changed)]
    return True


def _role_name(rule: str, role: Role) -> str:
    if role is Role.OTHER:
        return rule if rule.startswith("dropped:") else "dropped:page"
    if role is Role.STORY:
        return "body ¶0"  # numbered when the body is rebuilt
    return role.value
