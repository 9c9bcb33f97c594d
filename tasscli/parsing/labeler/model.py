"""The labeler's weights: loaded once from the package's `weights.json`, and line scoring.

The file holds, per role, a weight for each feature (`features.py`), and a weight for each pair of
roles one after the other ("start>headline", "headline>lead", "story>end"). Weights are averaged
perceptron weights (`training.py`); a feature absent from a role's table weighs 0.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from tasscli.parsing.labeler.roles import ROLES, Role

Weights = Dict[str, Dict[str, float]]


class Model:
    """Emission weights by role and feature; transition weights by "before>after"."""

    __slots__ = ("emission", "transition", "margin", "_vectors")

    def __init__(self, emission: Mapping[str, Mapping[str, float]], transition: Mapping[str, float],
                 margin: float = 0.0) -> None:
        self.emission = {role: dict(emission.get(role.value, {})) for role in ROLES}
        self.transition = dict(transition)
        # How much better than the rules' own roles the labeler's must score to replace them.
        self.margin = margin
        self._vectors: Optional[Dict[str, Tuple[float, ...]]] = None

    def scores(self, features: Sequence[str]) -> List[float]:
        """The score of each role (in `ROLES` order) for a line with `features`."""
        vectors = self._vectors
        if vectors is None:  # a feature's weights for every role at once: one look-up a feature
            names = {feature for table in self.emission.values() for feature in table}
            vectors = self._vectors = {name: tuple(self.emission[role].get(name, 0.0) for role in ROLES)
                                       for name in names}
        other = section = headline = lead = story = 0.0  # ROLES, in order
        get = vectors.get
        for feature in features:
            vector = get(feature)
            if vector is not None:
                other += vector[0]
                section += vector[1]
                headline += vector[2]
                lead += vector[3]
                story += vector[4]
        return [other, section, headline, lead, story]

    def changed(self) -> None:
        """Say the emission weights were changed (in training): scores read them afresh."""
        self._vectors = None

    def move(self, before: str, after: str) -> float:
        return self.transition.get(before + ">" + after, 0.0)

    def evidence(self, features: Sequence[str], role: Role, top: int = 3) -> List[Tuple[str, float]]:
        """The features that weighed most for `role` on this line, by absolute weight."""
        table = self.emission[role]
        weighed = [(feature, table[feature]) for feature in features if table.get(feature)]
        weighed.sort(key=lambda pair: (-abs(pair[1]), pair[0]))
        return weighed[:top]

    def to_json(self) -> str:
        """The weights file's text: sorted keys, floats rounded, zero weights left out."""
        data = {"emission": {role.value: {feature: round(weight, 4) for feature, weight in
                                          sorted(self.emission[role].items()) if round(weight, 4)}
                             for role in ROLES},
                "transition": {key: round(weight, 4) for key, weight in sorted(self.transition.items())
                               if round(weight, 4)},
                "margin": round(self.margin, 4)}
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(data["emission"], data["transition"], data.get("margin", 0.0))


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The weights shipped in the package (`tools/train_labeler.py` writes them)."""
    with open(os.path.join(os.path.dirname(__file__), "weights.json"), encoding="utf-8") as file:
        return from_json(file.read())
