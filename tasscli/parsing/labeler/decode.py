"""The best role sequence of a header the role grammar allows (Viterbi over `roles.states`)."""
from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

from tasscli.parsing.labeler.model import Model
from tasscli.parsing.labeler.roles import ROLES, Role, next_phase

State = Tuple[int, Role]  # (phase after the line, the line's role)


def decode(model: Model, features: Sequence[Sequence[str]]) -> List[Role]:
    """The roles of the header lines whose `features` are given, one for each, in order.

    Ties go to the first state met (roles in `ROLES` order), so a decode is reproducible."""
    if not features:
        return []
    best: Dict[State, float] = {(0, Role.OTHER): 0.0}  # stands for the page above the header
    back: List[Dict[State, State]] = []
    for position, line in enumerate(features):
        emitted = model.scores(line)
        previous, best = best, {}
        links: Dict[State, State] = {}
        for (phase, before), total in previous.items():
            prev_name = "start" if position == 0 else before.value
            for role, emission in zip(ROLES, emitted):
                after = next_phase(phase, role)
                if after < 0:
                    continue
                score = total + emission + model.move(prev_name, role.value)
                state = (after, role)
                if state not in best or score > best[state]:
                    best[state], links[state] = score, (phase, before)
        back.append(links)
    last = max(best, key=lambda state: best[state] + model.move(state[1].value, "end"))
    roles = [last[1]]
    state = last
    for links in reversed(back[1:]):
        state = links[state]
        roles.append(state[1])
    roles.reverse()
    return roles


def sequence_score(model: Model, features: Sequence[Sequence[str]], roles: Sequence[Role]) -> float:
    """The model's score of one role sequence (emissions and transitions, start to end)."""
    total, before = 0.0, "start"
    for line, role in zip(features, roles):
        total += model.scores(line)[ROLES.index(role)] + model.move(before, role.value)
        before = role.value
    return total + model.move(before, "end")
