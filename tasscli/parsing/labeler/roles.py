"""The roles the labeler gives a header line, and the role grammar of a page's header.

The labeler decides the lines the rules only guess at: the text lines above the story (headline,
lead, section, the site's furniture, or the story's own first lines). The lines a grammar reads
(time lines, datelines, credits, captions, bylines, dates) keep the grammar's role.
"""
from __future__ import annotations

from enum import Enum
from typing import Dict, List, Sequence, Tuple


class Role(str, Enum):
    OTHER = "other"  # the site's furniture, a menu item, a label: neither header field nor story
    SECTION = "section"
    HEADLINE = "headline"
    LEAD = "lead"
    STORY = "story"  # the story's first paragraphs, set above the rules' story start


ROLES: Tuple[Role, ...] = tuple(Role)  # in this order (`Model.scores` counts on it)

#: Phases of a header, in page order: before the headline, after it, after the lead, in the story.
#: A role moves the phase on (HEADLINE to 1, LEAD to 2, STORY to 3) and never back; OTHER and
#: SECTION keep it. So a header holds at most one headline, one lead (after the headline or with
#: none), and the story's lines close it.
_PHASE_AFTER: Dict[Role, int] = {Role.HEADLINE: 1, Role.LEAD: 2, Role.STORY: 3}


def next_phase(phase: int, role: Role) -> int:
    """The phase after a line of `role` in `phase`, or -1 where the grammar forbids it."""
    if phase == 3:
        return 3 if role is Role.STORY else -1
    after = _PHASE_AFTER.get(role)
    if after is None:
        return phase
    return after if after > phase else -1


def allowed(roles: Sequence[Role]) -> bool:
    """Does the role grammar allow `roles`, line after line from the page's top?"""
    phase = 0
    for role in roles:
        phase = next_phase(phase, role)
        if phase < 0:
            return False
    return True


def states() -> List[Tuple[int, Role]]:
    """Every (phase after the line, role of the line) pair the grammar allows."""
    out = []
    for phase in range(4):
        for role in ROLES:
            if any(next_phase(before, role) == phase for before in range(4)):
                out.append((phase, role))
    return out


#: The rules' role of a line (`LineRole.role`) as a labeler role, for training and comparison.
def from_rule(role: str) -> Role:
    if role.startswith("headline"):
        return Role.HEADLINE
    if role == "lead":
        return Role.LEAD
    if role == "section":
        return Role.SECTION
    if "body" in role:
        return Role.STORY
    return Role.OTHER
