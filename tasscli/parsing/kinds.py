"""The first pass of the parser: each line of a page given a kind from the vocabulary alone.

`classify` looks at one line with no look at its neighbours: furniture, template, section, time,
date, credit, dateline, byline, note, ... The passes that read a page's structure (`segments`,
`article`) work on these kinds.
"""
from __future__ import annotations

import re
from typing import FrozenSet, Optional, Tuple

import tasscli.parsing.lines as K
from tasscli.parsing.agencies import Agency
from tasscli.parsing.datelines import find_dateline, read_dateline
from tasscli.parsing.glued import cut_glued_byline, cut_glued_related
from tasscli.parsing.grammar import BYLINE_OPEN, CONTROL_LENGTH, SEPARATOR, Grammar, marker_key
from tasscli.parsing.lines import Line, ends_sentence, is_sentence
from tasscli.parsing.prefilter import prefilter
from tasscli.parsing.timekinds import stamp_kind, time_kind, wrapped_date

# No braces inside: a lazy ".*?" here is quadratic on a long line of "{" with no "}}".
TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")
#: A template expression cut with the page ("{{item.s"): nothing but it on the line, never closed.
CUT_TEMPLATE = re.compile(r"\{\{[^{}\n]{0,60}$")


SOURCE = re.compile(r"^(?:From:\s+\S.{0,40}|[^|^]{2,40}\^\s*\|[^|]*\|.*)$")


SOURCE_KEYS = prefilter([SOURCE.pattern])


BULLET = re.compile(r"^[•·▪]\s*")


BULLETS = "•·▪"  # BULLET's first characters: a string test before the pattern


HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


#: A site's address alone on a line ("primer-news.ru", "www.site.com/"), as under a teaser's pointer
#: to the full story ("Подробности на"): furniture.
SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:ru|su|com|net|org|info|рф)/?", re.I)


#: How the unmarked credit lines of `Vocabulary.credit_lines` end (a cheap test before them).
CREDIT_ENDS = ("photo", "picture", "image")


#: A tag is a few words: "Tags: Russia, China, Trade" lists them; "Topics: trade and energy were
#: discussed." is a sentence.
TAG_WORDS = 4


#: A line of hashtags and nothing else ("#музеи #Тула #культура"): a tags footer without its marker.
HASHTAGS = re.compile(r"#[^\W\d_][\w\-]*(?:[\s,;|]+#[^\W\d_][\w\-]*)+")


#: A tag list printed twice over is at most this long.
TAG_LINE = 300

#: What a tag list holds none of: a sentence's punctuation.
_SENTENCE_MARKS = frozenset(',;:!?«»"“”()')
#: One of them, searched for: a scan of the line in C, where a set's isdisjoint hashed each character.
_SENTENCE_MARK = re.compile("[" + re.escape("".join(sorted(_SENTENCE_MARKS))) + "]")


def repeated_tags(text: str) -> bool:
    """Is the line a tag list printed twice over, as aggregators print their tags above a story
    ("Имя Фамилия Город область Имя Фамилия Город")? Its first two words come again later in it,
    in order, and it holds no sentence's punctuation."""
    # The string tests before the split, which most lines (sentences) fail and which cost less.
    if text[-1:] in ".!?" or _SENTENCE_MARK.search(text) is not None:
        return False
    words = text.split()
    if len(words) < 5:
        return False
    pair = (words[0], words[1])
    return any((words[index], words[index + 1]) == pair for index in range(2, len(words) - 1))


#: A lower-case letter glued to a capital: where a glued tag list joins two tags ("ВладимировичСША").
_GLUED_JOINT = re.compile(r"[а-яё][А-ЯЁ]")


def glued_tag_run(text: str) -> bool:
    """Is the line a tag list glued into one run ("Имя, ОтчествоСШАРоссияФамилия, Имя")? Two or more
    glued joints, no sentence's end, few words between them."""
    if text[-1:] in ".!?\"»" or len(text) > TAG_LINE or text.isascii():  # the joints are Cyrillic
        return False
    joints = len(_GLUED_JOINT.findall(text))
    return joints >= 2 and len(text.split()) <= 4 * (joints + 1)


def _tag_list(rest: str) -> bool:
    """Is `rest` (what follows a tags marker and its colon on one line) a list of tags?"""
    return not ends_sentence(rest) and all(0 < len(item.split()) <= TAG_WORDS for item in re.split(r"[,;|]", rest))


#: A line ending with an agency's bare name in brackets ("... in Riyadh. (SPA)") is a caption up to
#: this long; a longer one is a story's paragraph signed by its agency.
BARE_CREDIT_CAPTION = 250


def classify(line: Line, g: Grammar, agencies: Tuple[Agency, ...]) -> None:
    """Give `line` its kind (and `info`: what the kind's grammar read in it), from the tables of `g`
    and `agencies` alone; cut HTML tags, a bullet, and editors' notes off its text first."""
    if "<" in line.text and HTML_TAG.search(line.text):
        line.text = " ".join(HTML_TAG.sub(" ", line.text).split())
    if line.text[:1] in BULLETS and len(line.text) > 1:
        if not stamp_kind(line, g):
            _bullet(line)
        if line.kind is K.BULLET_TITLE and len(line.text) <= 160 and g.is_furniture(line.text):
            line.kind = K.FURNITURE  # a bulleted contact or menu line, no listing's headline
        elif line.kind is K.FURNITURE and (rest := BULLET.sub("", line.text)) in g.vocab.credit_suffixes:
            line.kind, line.info = K.CREDIT, rest  # a photo agency's name alone under an image ("• Reuters")
        return
    cut_glued_related(line, g)
    cut_glued_byline(line)
    gate = _cut_notes(line, g)
    if gate is _NOTE_LINE:
        return
    text = line.text
    if text[:1] in "S[0123456789" and wrapped_date(line, text, g.vocab):
        return
    # Time, date and furniture lines are short; a long line is spared those patterns.
    short = len(text) <= 160
    if not _site_kind(line, text, g, gate, short):
        _grammar_kind(line, text, g, agencies, gate, short)


def _bullet(line: Line) -> None:
    """A line opening with a bullet: a teaser's cut excerpt (a label), a listing's headline, or furniture."""
    rest = BULLET.sub("", line.text)
    if rest[:1] in "\ufe0e\ufe0f":
        return  # an emoji's bullet ("▪️ text"): a roundup's item, one a line, read as text
    if rest.endswith(("...", "…")) and re.search("[A-Za-z]", rest):
        line.kind, line.info = K.LABEL, rest
    elif len(rest.split()) >= 4:
        line.text, line.kind = rest, K.BULLET_TITLE
    else:
        line.kind = K.FURNITURE


#: What `_cut_notes` gives for a line that is all an editor's note (its kind is then "note").
_NOTE_LINE = frozenset(("note",))


def _cut_notes(line: Line, g: Grammar) -> Optional[FrozenSet[str]]:
    """Cut editors' notes off the line's start and end into `line.notes`; give the gate of the
    line's first character (`Grammar.first_gates`), or _NOTE_LINE where all of it is a note."""
    gate = g.first_gates[line.text[:1]]
    if gate is None or "note" in gate:
        if g.note_line.fullmatch(line.text):
            line.kind, line.notes = K.NOTE, (line.text,)
            return _NOTE_LINE
        lead = g.note_lead.match(line.text)
        if lead and lead.end() < len(line.text):
            line.notes += (lead.group().strip(),)
            line.text = line.text[lead.end():]
            gate = g.first_gates[line.text[:1]]
    # Notes are short: look only at the end of long lines, not at every position.
    tail_from = max(0, len(line.text) - 100)
    tail = g.note_tail.search(line.text, tail_from) if g.note_tail_keys.may_match(line.text, tail_from) else None
    if tail and tail.start() > 0:
        line.notes += (tail.group().strip(),)
        line.text = line.text[:tail.start()].rstrip()
    return gate


def _template_only(text: str) -> bool:
    """Is the line nothing but template expressions ("{{item.title}}"), the last maybe cut with the
    page ("{{item.s")?"""
    rest = TEMPLATE.sub("", text).strip()
    return (not rest and rest != text) or (rest[:2] == "{{" and CUT_TEMPLATE.fullmatch(rest) is not None)


def _site_kind(line: Line, text: str, g: Grammar, gate: Optional[FrozenSet[str]], short: bool) -> bool:
    """The kinds of a site's own lines (template, furniture, breadcrumb, end mark, tags and related
    markers, section, separator, byline, source); False where the line is none of them."""
    if "{{" in text and _template_only(text):
        line.kind = K.TEMPLATE
    elif short and " " not in text and "." in text and SITE_ADDRESS.fullmatch(text):
        line.kind = K.FURNITURE  # (the string tests first: as a furniture pattern it cost 4% of parsing)
    elif short and g.is_furniture(text) and not (" :" in text and marker_key(text) in g.marker_kinds):
        line.kind = K.FURNITURE  # ("TAGS :" is the tags marker, not a CMS field label)
    elif (gate is None or "breadcrumb" in gate) and (crumb := g.breadcrumb_section(text)) is not None:
        # its section, as a listing's label gives its items'
        line.kind, line.info = (K.LABEL, crumb) if crumb else (K.FURNITURE, None)
    elif text not in g.sections and (crumb := g.glued_breadcrumb(text)) is not None:
        line.kind, line.info = (K.LABEL, crumb) if crumb else (K.FURNITURE, None)
    elif (gate is None or "end" in gate) and g.is_end_marker(text):
        line.kind = K.END
    elif len(text) <= g.marker_length and (marker := g.marker_kinds.get(marker_key(text))) is not None:
        line.kind = marker  # "tags" or "related"
    elif short and 0 < (colon := text.find(":", 0, 25)) < len(text) - 10 \
            and (glued := g.marker_kinds.get(marker_key(text[:colon]))) is not None \
            and (glued is K.RELATED or _tag_list(text[colon + 1:])):
        # Marker and related headline on one line ("READ MORE: ..."), or marker and tags.
        line.kind = K.RELATED_ITEM if glued is K.RELATED else K.TAGS_LINE
    elif text[:1] == "#" and short and HASHTAGS.fullmatch(text):
        line.kind = K.TAGS_LINE
    elif short and text.startswith(g.glued_tag_firsts) and (glued_tags := g.glued_tags.match(text)) is not None \
            and _tag_list(text[glued_tags.end():]):
        line.kind = K.TAGS_LINE  # the marker glued to the first tag ("ТегиТранспортМосква", "Теги:Транспорт")
    elif len(text) <= TAG_LINE and text[:1].isupper() and (repeated_tags(text) or glued_tag_run(text)):
        line.kind = K.FURNITURE
    elif text in g.sections or (text[:2] == "::" and text[2:].strip() in g.sections):  # "::В России"
        line.kind, line.info = K.SECTION, text.lstrip(":").strip()
    elif short and text.islower() and text[:1].upper() + text[1:] in g.sections:
        line.kind, line.info = K.SECTION, text  # a rubric set in lower case ("экономика"), as printed
    elif short and g.rubric(text):
        line.kind, line.info = K.SECTION, text  # a rubric no table lists ("Спортивные новости"), as printed
    elif (gate is None or "separator" in gate) and SEPARATOR.match(text):
        line.kind = K.SEPARATOR
    elif (gate is None or "byline" in gate) and (text == "By" or (
            g.byline_may_open(text) and (m := g.byline.match(text)) is not None)):
        line.kind, line.info = K.BYLINE, (m["name"], m["agency"]) if text != "By" else (None, None)
    elif SOURCE_KEYS.may_match(text) and SOURCE.match(text):
        line.kind = K.SOURCE
    else:
        return False
    return True


#: How near its line's end an infographic's "Infographics by X" credit is looked for.
GRAPHIC_BY_REACH = 90
#: How near its line's end a caption's unbracketed credit ("... today. Photo: Agency") is looked for.
TRAILING_CREDIT_REACH = 90


def _grammar_kind(line: Line, text: str, g: Grammar, agencies: Tuple[Agency, ...], gate: Optional[FrozenSet[str]],
                  short: bool) -> None:
    """The kinds the grammars read (time, date, credit, dateline, caption, graphic, byline), and a
    site's controls last: the few short lines that no other kind took. The order is the grammars'
    precedence: the first that reads the line decides it."""
    months = g.vocab.months
    if time_kind(line, text, g, short) or _credit_kind(line, text, g, gate, short):
        return
    if (found := read_dateline(text, months, agencies, g.dateline_words)) is not None:
        line.kind, line.info = K.DATELINE, found
    elif (gate is None or "byline-open" in gate) and BYLINE_OPEN.match(text) \
            and (inside := find_dateline(text, months, agencies, g.dateline_words)) is not None:
        line.kind, line.info = K.DATELINE, inside[1]
        line.notes += ("byline: " + inside[0],)
    elif _caption_kind(line, text, g, gate):
        return
    elif len(text) <= CONTROL_LENGTH and text[text.rfind(" ") + 1:] in g.byline_role_ends \
            and (m := g.byline_role.fullmatch(text)) is not None \
            and (not m.groupdict().get("agency") or " " in m["name"].strip()):  # a name and surname at least
        line.kind, line.info = K.BYLINE, (m["name"], m.groupdict().get("agency"))
    elif g.is_control(text):  # last: the few short lines that no other kind took
        rubric = g.crumb_rubric(text)  # "Site → Rubric 13+": the rubric, as a rubric's line gives it
        line.kind, line.info = (K.SECTION, rubric) if rubric else (K.FURNITURE, None)


def _credit_kind(line: Line, text: str, g: Grammar, gate: Optional[FrozenSet[str]], short: bool) -> bool:
    """A credit line (marked, printed bare, or names and a photo agency), maybe with its caption
    glued after it: set the kind and say so."""
    if (gate is None or "credit" in gate) and (m := g.credit.match(text)) is not None and len(text) < 200:
        credit = m["credit"].strip()
        if text[:1] == "(" and credit[-1:] == ")" and "(" not in credit:  # "(Photo: AFP)"
            credit = credit[:-1].rstrip()
        elif credit[:1] == "[" and credit[-1:] == "]" and "[" not in credit[1:]:  # "Фото: [РИА Новости]"
            credit = credit[1:-1].strip()
        glued = (m.groupdict().get("glued") or "").strip()
        line.kind, line.info = (K.CAPTION, (glued, credit)) if glued else (K.CREDIT, credit)
    elif short and (text[-1:] in ")]" or text[:4] in ("Pic/", "Phot", "Pict", "Vide") or text.endswith(CREDIT_ENDS)) \
            and (credit := g.credit_line(text)) is not None:
        line.kind, line.info = K.CREDIT, credit
    elif len(text) <= CONTROL_LENGTH + 40 and "/" in text \
            and (text.endswith(g.vocab.credit_suffixes) or text.startswith(g.vocab.credit_suffixes)) \
            and (m := g.agency_credit.fullmatch(text)) is not None:
        line.kind, line.info = K.CREDIT, g.without_photo_word(m["credit"])
    else:
        return False
    return True


def _caption_kind(line: Line, text: str, g: Grammar, gate: Optional[FrozenSet[str]]) -> bool:
    """A caption with its credit glued to its end (in marks, by words, after "©", "... by X"), or
    an infographic's label: set the kind and say so."""
    if (text.endswith((")", "]", ") |")) or "==" in text[-24:]) and (m := g.glued_credit.search(text)) is not None \
            and m.start() > 20 \
            and (m["bare"] is None or len(text) <= BARE_CREDIT_CAPTION):  # a caption of a sentence or two
        line.kind, line.info = K.CAPTION, (text[:m.start()].strip(), m["credit"] or m["bare"])
    elif (gate is None or "other" in gate) and "/" in text[-45:] \
            and (m := g.worded_credit.search(text, max(0, len(text) - 120))) is not None \
            and m.start() > 20:  # (a line opening with a non-ASCII character: the openers are Cyrillic words)
        line.kind, line.info = K.CAPTION, (text[:m.start()].strip(), m["credit"].strip())
    elif ("/" in text[-45:] or "Pho" in text[-75:] or "Pic" in text[-75:] or "Ima" in text[-75:]) \
            and (m := g.trailing_credit.search(text, max(0, len(text) - TRAILING_CREDIT_REACH))) is not None \
            and m.start() > 20:
        line.kind, line.info = K.CAPTION, (text[:m.start()].strip(), (m["credit"] or m["agency_name"]).strip())
    elif text.find("©", 20) >= 0 and (m := g.copyright_credit.search(text, max(0, len(text) - 110))) is not None \
            and m.start() > 20:
        line.kind, line.info = K.CAPTION, (text[:m.start()].strip(), m["credit"].strip())
    elif " by " in text[-GRAPHIC_BY_REACH:] \
            and (m := g.graphic_by.search(text, max(0, len(text) - GRAPHIC_BY_REACH))) is not None:
        caption = text[:m.start()].strip()  # "Infographics by X" after the caption: the credit X
        line.kind, line.info = (K.CAPTION, (caption, m["credit"])) if caption else (K.CREDIT, m["credit"])
    elif (gate is None or "graphic" in gate) and (m := g.graphic.match(text)) is not None and not is_sentence(text):
        line.kind, line.info = K.GRAPHIC, m["title"]
    else:
        return False
    return True
