"""Features of a header line and of its neighbours, as strings ("len=40-80", "prev=time").

Cheap string tests only, with the rules' own readings of the line (its kind from
`lines.classify`, the role the rule parser gave it) turned into features: the labeler learns when
to trust them. Each feature is a name the weights file lists under a role.
"""
from __future__ import annotations

import re
from typing import Dict, List, Sequence

from tasscli.parsing.lines import Line, ends_sentence, headline_like, is_sentence, menu_like

WORD = re.compile(r"\w{3,}")


def _bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value < edge:
            return f"<{edge}"
    return f">={edges[-1]}"


def _rule(role: str) -> str:
    """The rules' role, coarse: "body ¶3" and "dateline+body ¶1" are "body"."""
    if "body" in role:
        return "body"
    return role


def _shape(text: str) -> List[str]:
    first, last = text[:1], text[-1:]
    words = text.split()
    caps = sum(1 for word in words if word[:1].isupper())
    out = [
        "len" + _bucket(len(text), (12, 25, 45, 80, 140, 250)),
        "words" + _bucket(len(words), (2, 4, 6, 10, 16, 26)),
        "end=" + (last if last in ".!?:;,…)\"”»|" else ("digit" if last.isdigit() else "other")),
        "first=" + ("upper" if first.isupper() else "lower" if first.islower() else
                    "digit" if first.isdigit() else "quote" if first in "\"“«'‘„" else "other"),
    ]
    if text.isupper() and any(char.isalpha() for char in text):
        out.append("allcaps")
    if words and caps * 10 >= 8 * len(words):
        out.append("titlecase")
    if any(char.isdigit() for char in text):
        out.append("digits")
    for mark in "|/©:()[]":
        if mark in text:
            out.append("has" + mark)
    if text.endswith(("...", "…")):
        out.append("ellipsis")
    if ends_sentence(text):
        out.append("sentence-end")
    if is_sentence(text):
        out.append("sentence")
    if headline_like(text):
        out.append("headline-like")
    if menu_like(text):
        out.append("menu-like")
    return out


def story_words(lines: Sequence[Line]) -> frozenset:
    return frozenset(word.lower() for line in lines for word in WORD.findall(line.text))


def _likeness(text: str, words: frozenset) -> str:
    """How many of the line's words the story uses: its subject or another's."""
    own = {word.lower() for word in WORD.findall(text)}
    if not own or not words:
        return "story=none"
    share = len(own & words) / len(own)
    return "story" + _bucket(int(share * 10), (2, 4, 6, 8))


def line_features(segment: Sequence[Line], index: int, order: int, count: int, rule: str,
                  words: frozenset, seen: Dict[str, int]) -> List[str]:
    """The features of `segment[index]`, the `order`-th of `count` header lines the labeler reads."""
    line = segment[index]
    text = line.text
    prev = segment[index - 1] if index else None
    nxt = segment[index + 1] if index + 1 < len(segment) else None
    rule = _rule(rule)
    out = ["bias", "rule=" + rule, "kind=" + line.kind, _likeness(text, words)]
    out += _shape(text)
    # (Not the line's place among the header lines: a site's menu line more above the headline
    # would move it, and the roles must not.)
    if count - order - 1 == 0:
        out.append("last")  # right above the story
    next_kind = nxt.kind if nxt is not None else "end"
    out.append("prev=" + (prev.kind if prev is not None else "start"))
    out.append("next=" + next_kind)
    out.append("gap-before=" + ("none" if prev is None else "0" if prev.block == line.block else "1+"))
    out.append("gap-after=" + ("none" if nxt is None else "0" if nxt.block == line.block else "1+"))
    if prev is not None and prev.block == line.block and nxt is not None and nxt.block == line.block:
        out.append("inside-block")
    if seen.get(text.casefold(), 0) > 1:
        out.append("printed-twice")
    out.append(f"rule={rule}&next={next_kind}")
    out.append(f"rule={rule}&" + _bucket(len(text), (25, 80, 140)))  # the rules' role by the line's length
    return out


def header_features(segment: Sequence[Line], indexes: Sequence[int], rules: Dict[int, str],
                    story: Sequence[Line]) -> List[List[str]]:
    """The features of each header line the labeler reads (`indexes` into `segment`)."""
    words = story_words(story)
    seen: Dict[str, int] = {}
    for index in indexes:
        key = segment[index].text.casefold()
        seen[key] = seen.get(key, 0) + 1
    out = [line_features(segment, index, order, len(indexes), rules.get(segment[index].number, "none"),
                         words, seen)
           for order, index in enumerate(indexes)]
    # The header lines on either side, as the rules read them and by their length.
    for order in range(len(indexes)):
        for name, other in (("prev", order - 1), ("next", order + 1)):
            if 0 <= other < len(indexes):
                line = segment[indexes[other]]
                out[order].append(f"{name}-rule=" + _rule(rules.get(line.number, "none")))
                out[order].append(f"{name}-words" + _bucket(len(line.text.split()), (4, 8, 16)))
            else:
                out[order].append(f"{name}-rule=none")
    return out
