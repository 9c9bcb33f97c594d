"""What decided each line's role, for `tasscli explain`: the labeler's weightiest features, or the
grammar, table or rule that read the line. Made only when asked: parsing never runs this."""
from __future__ import annotations

from typing import Dict, Optional, Sequence

import tasscli.parsing.lines as K
from tasscli.parsing.labeler import HeaderLabeler
from tasscli.parsing.labeler.header import apply, header_units, label_units
from tasscli.parsing.lines import Line

#: Line kinds a grammar reads (`lines.classify` with the date, time, dateline and credit readers).
GRAMMARS = {K.TIME: "time line", K.SECTION_TIME: "section and time line", K.DATE: "date line",
            K.DATELINE: "dateline", K.CREDIT: "photo credit", K.CAPTION: "caption with its credit",
            K.BYLINE: "byline", K.NEWS_ITEM: "latest-news entry", K.GRAPHIC: "infographic title",
            K.TEMPLATE: "template code"}


def line_evidence(line: Line, in_story: bool, role: str) -> str:
    """Why a line the labeler did not read has its role (`role`, the rules')."""
    kind = line.kind
    if kind in GRAMMARS:
        return "grammar: " + GRAMMARS[kind]
    if kind is not K.TEXT:
        return f"table: {kind} (vocabulary)"
    where = "the story, at or below its start (parser._body)" if in_story else "the header (parser._header)"
    return f"rule: {role or 'text'} in {where}"


class Tracer(HeaderLabeler):
    """The labeler, writing down the evidence for each line of each article it reads; with
    `decide=False` it changes nothing and writes down the rules' evidence alone."""

    def __init__(self, top: int = 3, decide: bool = True) -> None:
        super().__init__()
        self.top = top
        self.decide = decide
        self.evidence: Dict[int, str] = {}

    def __call__(self, segment: Sequence[Line], start: Optional[int], b: object) -> None:
        units = header_units(segment, start, b.roles)  # type: ignore[attr-defined]
        for index, line in enumerate(segment):
            self.evidence[line.number] = line_evidence(line, start is not None and index >= start,
                                                       b.roles.get(line.number, ""))  # type: ignore[attr-defined]
        if not units or not self.decide:
            return
        features, decided = label_units(self.model, segment, start, units)
        for unit, line_features, role in zip(units, features, decided):
            weighed = self.model.evidence(line_features, role, self.top)
            why = ", ".join(f"{name} {weight:+.2f}" for name, weight in weighed) or "no feature weighs"
            for line in unit.lines:
                self.evidence[line.number] = f"labeler: {role.value} ({why})"
        apply(b, units, decided)
