"""The agency table (`AGENCIES`): how each agency prints itself inside its dateline marks, an example
dateline, and how its copy ends (sign-offs); and the lookups of an agency by what a page prints."""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from tasscli.vocab import AGENCIES_MORE, AGENCIES_RU


class Agency:
    """One agency of the table. Compared and hashed by identity: the patterns built from a table
    are cached per table. (A plain class: a dataclass costs a millisecond of start-up to define.)"""

    __slots__ = ("name", "printed", "example", "signoffs")

    def __init__(self, name: str, printed: Tuple[str, ...], example: str, signoffs: Tuple[str, ...] = ()) -> None:
        self.name = name  # canonical name, the record's `agency`
        self.printed = printed  # how the agency prints itself inside its marks (regex alternatives)
        self.example = example  # a dateline as the agency prints it
        self.signoffs = signoffs  # patterns that close its copy ("(end)", "==Kyodo")

    def __repr__(self) -> str:
        return f"Agency({self.name!r}, {self.printed!r}, {self.example!r}, {self.signoffs!r})"


_AGENCIES: Tuple[Agency, ...] = (
    Agency("TASS", (r"ITAR-TASS", r"Itar-Tass", r"Itar Tass", r"TASS"), "WASHINGTON, June 3. /TASS/.",
           (r"\((?:[A-Z]{2,5}/)?Itar-Tass\)",)),
    Agency("Reuters", (r"Reuters",), "MOSCOW, Dec 14 (Reuters) -"),
    Agency("AP", (r"AP",), "WASHINGTON (AP) —"),
    Agency("AFP", (r"AFP",), "Paris (AFP) –"),
    Agency("Xinhua", (r"Xinhua",), "BEIJING, May 11 (Xinhua) --"),
    Agency("Interfax", (r"Interfax(?:-[A-Z][A-Za-z]+)?",), "MINSK. July 26 (Interfax) -",
           (r"(?:\b[a-z]{2}\s+[a-z]{2}\s*)?\(Our editorial staff can be reached.*",)),
    Agency("RIA Novosti", (r"RIA Novosti",), "MOSCOW, November 22 (RIA Novosti) -"),
    Agency("Sputnik", (r"Sputnik",), "MOSCOW, April 2 (Sputnik) -"),
    Agency("Kazinform", (r"KAZINFORM", r"Kazinform"), "NUR-SULTAN. KAZINFORM -"),
    Agency("BelTA", (r"BelTA",), "MINSK, 17 August (BelTA) –"),
    Agency("Trend", (r"Trend",), "BAKU, Azerbaijan, June 7"),
    Agency("APA", (r"APA",), "Moscow – APA."),
    Agency("AZERTAC", (r"AZERTAC", r"AzerTAc"), "Baku, December 6, AZERTAC"),
    Agency("Report", (r"REPORT\.AZ", r"Report\.az", r"Report"), "Baku. REPORT.AZ -"),
    Agency("Armenpress", (r"ARMENPRESS", r"Armenpress"), "YEREVAN, FEBRUARY 1, ARMENPRESS."),
    Agency("Mediamax", (r"Mediamax",), "Yerevan /Mediamax/."),
    Agency("ArmInfo", (r"ArmInfo",), "ArmInfo."),
    Agency("PanARMENIAN", (r"PanARMENIAN\.Net", r"PanARMENIAN"), "PanARMENIAN.Net -"),
    Agency("Anadolu", (r"AA", r"Anadolu Agency"), "ANKARA (AA) -"),
    Agency("IRNA", (r"IRNA",), "Tehran, IRNA –"),
    Agency("IranPress", (r"IranPress", r"Iran Press"), "Tehran (IranPress) -"),
    Agency("KUNA", (r"KUNA",), "ANKARA, Dec 7 (KUNA) --", (r"\(end\)(?:\s*[a-z]{1,4}(?:[.\s/][a-z]{1,4}){0,3})?",)),
    Agency("WAM", (r"WAM",), "ABU DHABI, 1 December 2021 (WAM) –",
           (r"[-–]\s*Emirates News Agency, WAM\s*[-–]?",)),
    Agency("ANI", (r"ANI",), "NEW DELHI [India], May 3 (ANI):"),
    Agency("BNA", (r"BNA",), "Manama, May 21 (BNA):"),
    Agency("Yonhap", (r"Yonhap",), "SEOUL, Aug. 18 (Yonhap) --"),
    Agency("Kyodo", (r"Kyodo",), "TOKYO, July 17 Kyodo -", (r"==Kyodo",)),
    Agency("Bernama", (r"Bernama", r"BERNAMA"), "PUTRAJAYA, June 27 (Bernama) -"),
    Agency("Antara", (r"ANTARA", r"Antara"), "Jakarta, Nov 6, 2018 (Antara) -", (r"\(ANTARA\)",)),
    Agency("IBNS", (r"IBNS",), "New Delhi, Oct 19 (IBNS)"),
    Agency("IANS", (r"IANS",), "New Delhi, July 14 (IANS)", (r"[-–]\s*IANS",)),
    Agency("UNIAN", (r"UNIAN",), "KYIV, March 16 (UNIAN) -"),
    Agency("AVA", (r"AVA",), "AVA-"),
    Agency("ABC.az", (r"Fineko/abc\.az", r"ABC\.AZ"), "June 22, Fineko/abc.az."),
    Agency("PNA", (r"PNA",), "MANILA, Mar. 20 (PNA) -", (r"\(PNA\)",)),
    Agency("SPA", (r"SPA",), "Riyadh, Ramadan 22, 1438, Jun 17, 2017, SPA --",
           (r"--\s*SPA\s+\d{1,2}:\d{2}\s+LOCAL TIME\s+\d{1,2}:\d{2}\s+GMT(?:\s+www\.spa\.gov\.sa/\S+)?",)),
    Agency("QNA", (r"QNA",), "Doha, September 14 (QNA) -"),
    Agency("EFE", (r"EFE",), "Madrid, Mar 18 (EFE).-"),
    Agency("ANSA", (r"ANSA",), "(ANSA) - Rome, June 4 -"),
    Agency("CNA", (r"CNA",), "Taipei, May 21 (CNA)"),
    Agency("PAP", (r"PAP",), "WARSAW, April 8 (PAP) -"),
    # Not "PL" (its copy's usual mark), which is also a country's code: "Warszawa (PL)" in a weather
    # widget. "HAVANA, Feb 11 (PL)" is read by the dated shape for agencies the table lacks.
    Agency("Prensa Latina", (r"Prensa Latina",), "HAVANA, Feb 11 (Prensa Latina) -"),
)


def with_printed(agencies: Tuple[Agency, ...],
                 extra: Tuple[Tuple[str, Tuple[str, ...], str], ...]) -> Tuple[Agency, ...]:
    """`agencies` with the printed forms of `extra` ((name, forms, example), as `vocab.AGENCIES_RU`
    holds them) added to the agency of that name, and the agencies it names that the table lacks
    added after the others."""
    known = {agency.name for agency in agencies}
    out = []
    for agency in agencies:
        forms = tuple(form for name, printed, _ in extra if name == agency.name for form in printed)
        out.append(Agency(agency.name, agency.printed + forms, agency.example, agency.signoffs) if forms else agency)
    out.extend(Agency(name, printed, example) for name, printed, example in extra if name not in known)
    return tuple(out)


#: The agency table: English forms above, Russian ones from `vocab.AGENCIES_RU`, more agencies from
#: `vocab.AGENCIES_MORE`.
AGENCIES: Tuple[Agency, ...] = with_printed(_AGENCIES, AGENCIES_RU + AGENCIES_MORE)


_CANONICAL: Dict[Tuple[str, int], Tuple[Tuple[Agency, ...], Optional[str]]] = {}


def agency_by_printed(printed: str, agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[str]:
    """The canonical name for an agency as printed ("ITAR-TASS" -> "TASS", "PNA/ITAR-TASS" -> "TASS").

    Remembered per printed form and agency table (by identity): otherwise every dateline found
    tries every agency's forms as regexes."""
    hit = _CANONICAL.get((printed, id(agencies)))
    if hit is None or hit[0] is not agencies:
        if len(_CANONICAL) >= 4096:
            _CANONICAL.clear()
        hit = _CANONICAL[(printed, id(agencies))] = (agencies, _agency_by_printed(printed, agencies))
    return hit[1]


def _agency_by_printed(printed: str, agencies: Tuple[Agency, ...]) -> Optional[str]:
    for agency in agencies:
        if any(re.fullmatch(form, printed, re.IGNORECASE) for form in agency.printed):
            return agency.name
    for agency in agencies:  # printed with a partner or a reposting site ("PNA/ITAR-TASS")
        if any(re.search(rf"(?<![A-Za-z]){form}(?![A-Za-z])", printed, re.IGNORECASE) for form in agency.printed):
            return agency.name
    return None


def signoff_patterns(agencies: Tuple[Agency, ...] = AGENCIES) -> List[str]:
    return [form for agency in agencies for form in agency.signoffs]


def agency_by_signoff(text: str, agencies: Tuple[Agency, ...] = AGENCIES) -> Optional[str]:
    """The agency whose sign-off `text` is ("- IANS" -> "IANS")."""
    for agency in agencies:
        if any(re.fullmatch(form, text.strip()) for form in agency.signoffs):
            return agency.name
    return None
