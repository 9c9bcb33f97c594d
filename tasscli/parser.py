"""Placeholder until the layout parser lands: every blank-line block is a body paragraph."""
from __future__ import annotations

from typing import List

from tasscli.record import Article


def parse(text: str, source: str = "-") -> List[Article]:
    blocks = [" ".join(block.split()) for block in text.split("\n\n")]
    return [Article(source=source, body=tuple(b for b in blocks if b))]
