"""The credit and infographic patterns of a vocabulary (a part of `grammar.Grammar`): credits
printed after a mark ("© Name/TASS"), glued to a caption by words, by "©" or in brackets, printed
with no mark, and infographics' labels and credits. Each pattern is compiled when first used."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Optional, Pattern, Tuple

from tasscli.parsing.letters import CYRILLIC_UPPER
from tasscli.vocab import Vocabulary


class CreditGrammar:
    """The credit patterns of `self.vocab` (mixed into `Grammar`)."""

    vocab: Vocabulary

    @cached_property
    def credit(self) -> Pattern[str]:
        marks = "|".join(re.escape(m) for m in sorted(self.vocab.credit_marks, key=len, reverse=True))
        tails = "|".join(self.vocab.credit_tails)
        # What follows a tail is the photo's caption, glued on ("© Agency / Name | Перейти в медиабанкCaption").
        # (A colon printed apart from its mark is the mark's: "Photo : Agency".)
        return re.compile(rf"^(?:{marks})\s*(?::\s*)?(?P<credit>[^\s:].*?)"
                          + (rf"(?:(?:{tails})(?P<glued>.*))?$" if tails else "$"))

    @cached_property
    def worded_credit(self) -> Pattern[str]:
        """A caption with its credit glued on by words ("... на параде, автор фото Имя/Фотохроника ТАСС")."""
        openers = "|".join(re.escape(o) for o in sorted(self.vocab.caption_credit_openers, key=len, reverse=True))
        return re.compile(rf"[,.]?\s+(?i:{openers}):?\s+(?P<credit>[^\s/()\[\]][^/()\[\]]{{1,60}}/[^/()\[\]]{{2,40}})$")

    @cached_property
    def copyright_credit(self) -> Pattern[str]:
        """A caption with a "©" credit glued to its end ("... крышу театра © Иван Петров/ ТАСС",
        "... the theatre © Name Surname/Reuters"): a name, a "/" and the agency, nothing after."""
        # (The credit may name several sources: "© Имя/ Пресс-служба ведомства/ ТАСС".)
        return re.compile(r"\s+(?:©|\(c\))\s*(?P<credit>[^\s©/][^©/.!?]{1,60}(?:/\s?[^©/\s][^©/]{1,60}){0,2}"
                          r"/\s?[^©/\s][^©/]{1,40})$")

    @cached_property
    def credit_lines(self) -> Tuple[Pattern[str], ...]:
        """Credits printed with no mark before them: "(CNA file photo)", "Pic/AFP" (one pattern
        each: each names its group "credit")."""
        return tuple(re.compile(rf"^(?:{form})$") for form in self.vocab.credit_lines)

    @cached_property
    def agency_credit(self) -> Pattern[str]:
        """A credit line printed with no mark: names, a "/" and a photo agency of
        `Vocabulary.credit_suffixes` ("Имя Фамилия/ ТАСС", "Name Surname/Reuters"), maybe a press
        service between them ("Имя/ Пресс-служба ведомства/ ТАСС"), or that agency, a "/" and names
        ("РИА Новости/Имя Фамилия")."""
        suffixes = "|".join(re.escape(x) for x in sorted(self.vocab.credit_suffixes, key=len, reverse=True))
        # (two words at least: "Москва/ТАСС" is a place and an agency)
        name = rf"[A-Z{CYRILLIC_UPPER}][\w.'\-]+(?:\s[A-Z{CYRILLIC_UPPER}][\w.'\-]+){{1,3}}"
        # or the agency first, as РИА Новости prints it ("РИА Новости/Имя Фамилия")
        return re.compile(rf"(?P<credit>{name}(?:\s?,\s?{name})*\s?/\s?(?:[^/\s][^/]{{1,60}}/\s?)?(?:{suffixes})"
                          rf"|(?:{suffixes})\s?/\s?{name})")

    @cached_property
    def _photo_word(self) -> Pattern[str]:
        openers = "|".join(re.escape(o) for o in sorted(self.vocab.caption_credit_openers, key=len, reverse=True))
        return re.compile(rf"(?i:{openers})\s+(?=\S)")

    def without_photo_word(self, credit: str) -> str:
        """The credit without the word "Фото" a site printed before it with no mark ("Фото EPA/ИТАР-ТАСС"
        -> "EPA/ИТАР-ТАСС"), as "Photo" is dropped."""
        match = self._photo_word.match(credit)
        return credit[match.end():] if match else credit

    def credit_line(self, text: str) -> Optional[str]:
        for pattern in self.credit_lines:
            match = pattern.match(text)
            if match is not None:
                return match["credit"]
        return None

    @cached_property
    def graphic(self) -> Pattern[str]:
        return re.compile(rf"^(?:{'|'.join(re.escape(g) for g in self.vocab.graphic_labels)})\s+(?P<title>\S.*)$")

    @cached_property
    def graphic_by(self) -> Pattern[str]:
        """An infographic's credit ending its caption line or standing alone ("... as of October 5.
        Infographics by TASS"): the credit is what follows "by". Searched near a line's end."""
        labels = "|".join(re.escape(g) for g in self.vocab.graphic_labels)
        return re.compile(rf"(?:^|(?<=\s))(?:{labels})\s+by\s+(?P<credit>[^\s.](?:[^.\n]{{0,60}}[^\s.])?)\.?$")

    @cached_property
    def trailing_credit(self) -> Pattern[str]:
        """A caption's credit after its last sentence with no brackets: a worded mark and the credit
        ("... in Paju. Photo courtesy of Ministry/EPA-EFE", "... today. Photo: Bernama"), or a photo
        agency, a "/" and a name ("... in Barcelona. EFE / Name Surname") or the other way round. Searched
        near a line's end."""
        marks = "|".join(re.escape(m) for m in sorted(self.vocab.credit_marks, key=len, reverse=True)
                         if m[:1].isalpha() and m.isascii())
        suffixes = "|".join(re.escape(x) for x in sorted(self.vocab.credit_suffixes, key=len, reverse=True))
        name = r"[A-Z][\w.'\-]+(?:\s[A-Z][\w.'\-]+){1,3}"
        # capitalised words, maybe joined by "/" or "," ("Ministry/EPA-EFE"), not a sentence
        # (a separator between each two: words glued could be split as many ways as they have letters)
        words = r"[A-Z][\w.&'’\-]*(?:(?:\s?[/,]\s?|\s)[A-Z][\w.&'’\-]*){0,5}"
        # or a name first and the agency after it ("... a press conference. Name Surname/dpa")
        return re.compile(rf"(?<=[.!?\"”’])\s+(?:(?:{marks})\s*(?P<credit>(?:courtesy of )?{words})"
                          rf"|(?P<agency_name>(?:{suffixes})\s?/\s?{name}|{name}\s?/\s?(?:{suffixes})))\.?$")

    @cached_property
    def glued_credit(self) -> Pattern[str]:
        """A caption with its credit glued to its end: "... in Ankara.[Photo/Xinhua]", "(Xinhua/Name)",
        "(Xinhua/Name) |"."""
        suffixes = "|".join(re.escape(x) for x in self.vocab.credit_suffixes)
        # Or the agency's bare name after the caption's sentence: "... in Riyadh. (SPA)".
        # A portal's separator may follow the credit: "... (Xinhua/Name) |".
        return re.compile(rf"\s*[\[(](?P<credit>(?:Photo|{suffixes})(?: Photo)?/[^()\[\]]{{2,40}})[\])](?:\s*\|)?$"
                          rf"|(?<=\.)\s*\((?P<bare>{suffixes})\)(?:\s*==(?P=bare))?$")  # Kyodo's "==Kyodo" too
