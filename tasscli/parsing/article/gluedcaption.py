"""What a site leaves on the story's first paragraph when the story has no dateline: a photo's
caption glued with no space, as a site's template saves it ("... at the dockyard in PortlandThe
navy test-fired ..."): cut into the caption and the paragraph (issue 16.3: captions never body); a
place in mixed case and a colon ("Seoul: North Korea fired ..."): the dateline, place only."""
from __future__ import annotations

import re

from tasscli.parsing.article.builder import Builder
from tasscli.parsing.lines import ends_sentence, is_sentence
from tasscli.record import Dateline

#: A word's small letters run straight into a capital and a small letter: where two texts were glued.
#: (Four small letters before it: "McCain", "DeSantis", "iPhone", "YouTube" are names, not a glue.)
GLUE = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")
#: A word, compared without the quotes or colon a desk may set around it.
WORD = re.compile(r"[^\W\d_][\w'’]*")
#: A caption is a few words at least; the paragraph after it a sentence of some length.
CAPTION_WORDS = 6
PARAGRAPH_WORDS = 8
#: The glue is looked for in the paragraph's first characters only: a caption is short.
CAPTION_REACH = 300


def cut_glued_caption(b: Builder) -> None:
    """Cut a caption glued to the first paragraph of a story under a headline with no dateline: the
    text before the glue is no sentence (no stop in it) and the text after it opens with a word
    of the headline (the story's subject: "Navy Test-Fires ..." / "...in PortlandNavy officers said
    ..."), a sentence in full."""
    headline = b.fields.get("headline")
    if not b.body or b.dateline is not None or b.captions or not isinstance(headline, str):
        return
    first = b.body[0]
    match = GLUE.search(first, 0, CAPTION_REACH)
    if match is None:
        return
    caption, rest = first[:match.start()], first[match.start():]
    if len(caption.split()) < CAPTION_WORDS or any(mark in caption for mark in ".!?;:\"“”") \
            or len(rest.split()) < PARAGRAPH_WORDS or not ends_sentence(rest):
        return
    opener = WORD.match(rest)
    if opener is None or opener.group().casefold() not in set(WORD.findall(headline.casefold())):
        return
    b.captions.append(caption)
    b.body[0] = rest
    number = next((n for n, role in b.roles.items() if role.endswith("body ¶1")), None)
    if number is not None:
        b.roles[number] = "caption+" + b.roles[number]


#: A place in mixed case, one or two capitalised words, and a colon opening the story's first
#: paragraph ("Berlin: The chancellor will ..."); the words are compared with `Vocabulary.colon_labels`.
COLON_PLACE = re.compile(r"([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?):\s+(?=[A-Z\"“])")
#: The sentence after such a place is a story's, not a headline's or a list's: this many words at least.
COLON_STORY_WORDS = 12


def colon_place_dateline(b: Builder) -> None:
    """A story with no dateline whose first paragraph opens with a place in mixed case and a colon,
    a long sentence after it ("Seoul: North Korea has fired ... ."): the place is its dateline (no
    agency, no date) and the paragraph is the sentence. Not a label a desk sets so ("Update:",
    "Analysis:", the vocabulary's `colon_labels`), nor a headline's "Russia: X says" (no sentence)."""
    if b.dateline is not None or not b.body or b.body[0][:1] not in _CAPITALS:  # the cheap test first
        return
    first = b.body[0]
    match = COLON_PLACE.match(first)
    if match is None or match[1] in b.grammar.vocab.colon_labels:
        return
    rest = first[match.end():]
    if len(rest.split(None, COLON_STORY_WORDS)) < COLON_STORY_WORDS or not is_sentence(rest) or ";" in rest[:40]:
        return
    b.dateline = Dateline(place=match[1], text=first[:match.end()].strip())
    b.body[0] = rest
    number = next((n for n, role in b.roles.items() if role == "body ¶1"), None)
    if number is not None:
        b.roles[number] = "dateline+body ¶1"


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
