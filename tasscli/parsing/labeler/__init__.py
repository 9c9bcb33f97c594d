"""A trained sequence labeler for the lines above a story (issue 15).

    features.py  the features of a header line and its neighbours
    roles.py     the roles (an enum) and the role grammar of a header
    model.py     the weights (weights.json, shipped) and line scores
    decode.py    Viterbi: the best role sequence the grammar allows
    header.py    the lines it reads, and its roles applied to an article
    training.py  roles derived from the gold files; the averaged perceptron

`parse(text, labeler=SHIPPED)` runs it after the rules (`tasscli parse --labeler`); off by default.
`tools/train_labeler.py` writes the weights, `tools/crossval.py` measures them.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from tasscli.parsing.labeler.header import apply, header_units, label_units
from tasscli.parsing.labeler.model import Model, shipped
from tasscli.parsing.lines import Line


class HeaderLabeler:
    """Called by the parser for each article once the rules have read it (`article.assemble.read_article`)."""

    def __init__(self, model: Optional[Model] = None) -> None:
        self._model = model

    @property
    def model(self) -> Model:
        """The weights given, else the package's (read at the first article, not at import)."""
        if self._model is None:
            self._model = shipped()
        return self._model

    def __call__(self, segment: Sequence[Line], start: Optional[int], b: object) -> None:
        units = header_units(segment, start, b.roles)  # type: ignore[attr-defined]
        if units:
            _, decided = label_units(self.model, segment, start, units)
            apply(b, units, decided)


#: The trained labeler with the package's weights (read at its first article): `parse(labeler=SHIPPED)`.
SHIPPED = HeaderLabeler()


class Collector:
    """Records each article's header lines and features and leaves the article as the rules read it
    (for training: `training.examples`)."""

    def __init__(self) -> None:
        self.articles: List[tuple] = []

    def __call__(self, segment: Sequence[Line], start: Optional[int], b: object) -> None:
        from tasscli.parsing.labeler.features import header_features

        units = header_units(segment, start, b.roles)  # type: ignore[attr-defined]
        story = segment[start:start + 6] if start is not None else ()
        features = header_features(segment, [unit.index for unit in units],
                                   {unit.lines[0].number: unit.rule for unit in units}, story)
        self.articles.append((units, features))
