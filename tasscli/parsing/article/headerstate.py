"""What the steps reading the lines above a story share (`tasscli.parsing.article.header` and
`headercaptions`)."""
from __future__ import annotations

from typing import List, Optional

from tasscli.parsing.article.headline import same_story
from tasscli.parsing.grammar import Grammar
from tasscli.parsing.lines import Line


class Header:
    """What the steps of `read_header` share and do not change: the header's lines, the story
    under them, and how the page is set."""

    __slots__ = ("lines", "story", "has_story", "listing", "g", "by_number", "_story_text")

    def __init__(self, lines: List[Line], story: List[Line], has_story: bool, listing: bool, g: Grammar) -> None:
        self.lines = lines
        self.story = story
        self.has_story = has_story
        self.listing = listing
        self.g = g
        self.by_number = {line.number: line for line in lines}
        self._story_text: Optional[str] = None

    def on_story(self, text: str) -> bool:
        """Does `text` share the story's subject (`same_story` with the story's first lines)?"""
        if self._story_text is None:
            self._story_text = " ".join(line.text for line in self.story[:6])
        return same_story(text, self._story_text, self.g.vocab.stopwords)
