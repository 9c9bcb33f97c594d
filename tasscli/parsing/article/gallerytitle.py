"""A photo gallery's title and standfirst set under its intro, right over its slides: "intro
paragraph" / "Headline" / "Standfirst" / a counter ("Photo {{n}} from 13") / "caption© Credit"
lines (issue 16, set 8 family 1). Read in page order they come after the story's start, so the
story's steps drop them as a related story's lines; here they become the headline and lead."""
from __future__ import annotations

from typing import List

import tasscli.parsing.lines as K
from tasscli.parsing.article.builder import Builder
from tasscli.parsing.gallery import RUN
from tasscli.parsing.lines import Line, ends_sentence, headline_like


def gallery_title(b: Builder, segment: List[Line]) -> None:
    """Where the article has no headline and its text ends in a gallery (RUN or more caption lines
    in a row): the two lines right over the slides (over the counter, if any), in one run of lines
    under the body's first paragraph and dropped by the story's steps, are headline and lead."""
    if "headline" in b.fields or not b.body:
        return
    first = next((at for at, line in enumerate(segment) if line.kind is K.CAPTION), None)
    if first is None or sum(line.kind is K.CAPTION for line in segment[first:first + RUN]) < RUN:
        return
    above = first
    while above > 0 and segment[above - 1].kind is K.FURNITURE \
            and segment[above - 1].number == segment[above].number - 1:  # the gallery's counter
        above -= 1
    if above < 3:
        return  # the intro (the body's first paragraph), headline and lead above the slides
    headline, lead = segment[above - 2], segment[above - 1]
    if not headline.number + 1 == lead.number == segment[above].number - 1:
        return  # not one run of lines with the slides
    if headline.kind is not K.TEXT or lead.kind is not K.TEXT or not headline_like(headline.text) \
            or ends_sentence(headline.text) or not all(b.roles.get(line.number, "").startswith("dropped:")
                                                       for line in (headline, lead)):
        return
    b.fields["headline"], b.fields["lead"] = headline.text, lead.text
    b.role(headline, "headline")
    b.role(lead, "lead")
