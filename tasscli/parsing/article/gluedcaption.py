"""A photo's caption glued with no space to the story's first paragraph, as a site's template saves
it ("... at the dockyard in PortlandThe navy test-fired ..."): cut into the caption and the
paragraph (issue 16.3: captions never body)."""
from __future__ import annotations

import re

from tasscli.parsing.article.builder import Builder
from tasscli.parsing.lines import ends_sentence

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
