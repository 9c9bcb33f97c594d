"""The labeler's weights: loaded once from the package's `weights.json`, and line scoring.

The file holds, per role, a weight for each feature (`features.py`), and a weight for each pair of
roles one after the other ("start>headline", "headline>lead", "story>end"). Weights are averaged
perceptron weights (`training.py`); a feature absent from a role's table weighs 0.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Dict, List, Mapping, Sequence, Tuple

from tasscli.parsing.labeler.roles import ROLES, Role

Weights = Dict[str, Dict[str, float]]


class Model:
    """Emission weights by role and feature; transition weights by "before>after"."""

    __slots__ = ("emission", "transition")

    def __init__(self, emission: Mapping[str, Mapping[str, float]], transition: Mapping[str, float]) -> None:
        self.emission = {role: dict(emission.get(role.value, {})) for role in ROLES}
        self.transition = dict(transition)

    def scores(self, features: Sequence[str]) -> List[float]:
        """The score of each role (in `ROLES` order) for a line with `features`."""
        out = []
        for role in ROLES:
            table = self.emission[role]
            out.append(sum([table.get(feature, 0.0) for feature in features]))
        return out

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
                               if round(weight, 4)}}
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    return Model(data["emission"], data["transition"])


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The weights shipped in the package (`tools/train_labeler.py` writes them)."""
    text = resources.files("tasscli.parsing.labeler").joinpath("weights.json").read_text(encoding="utf-8")
    return from_json(text)
