"""Table-driven tests for the dateline grammar: one row per agency form of the `AGENCIES` table."""
from __future__ import annotations

import pytest

from tasscli.parsing.agencies import AGENCIES, agency_by_printed
from tasscli.parsing.datelines import find_dateline, read_dateline

DATELINES = [
    # (line, (place, region, date, agency as printed), canonical agency, rest)
    ("WASHINGTON, June 3. /TASS/. Text", ("WASHINGTON", None, "June 3", "TASS"), "TASS", "Text"),
    ("KUBINKA /Moscow Region/, August 23. /TASS/. Text", ("KUBINKA", "Moscow Region", "August 23", "TASS"),
     "TASS", "Text"),
    ("VLADIVOSTOK, September 8 (Itar-Tass) —— Text", ("VLADIVOSTOK", None, "September 8", "Itar-Tass"), "TASS", "Text"),
    ("SOCHI, Mar. 20 (PNA/ITAR-TASS) –The", ("SOCHI", None, "Mar. 20", "PNA/ITAR-TASS"), "TASS", "The"),
    ("MOSCOW, Dec 14 (Reuters) - Text", ("MOSCOW", None, "Dec 14", "Reuters"), "Reuters", "Text"),
    ("MOSCOW (Reuters) – Text", ("MOSCOW", None, None, "Reuters"), "Reuters", "Text"),
    ("Sept 21 (Reuters) - Text", (None, None, "Sept 21", "Reuters"), "Reuters", "Text"),
    ("(REUTERS) - Text", (None, None, None, "REUTERS"), "Reuters", "Text"),
    ("HELSINKI (Reuters): Text", ("HELSINKI", None, None, "Reuters"), "Reuters", "Text"),
    ("WASHINGTON (AP) — Text", ("WASHINGTON", None, None, "AP"), "AP", "Text"),
    ("ARTEMIVSK, Ukraine (AP) — Text", ("ARTEMIVSK", "Ukraine", None, "AP"), "AP", "Text"),
    ("Paris (AFP) – Text", ("Paris", None, None, "AFP"), "AFP", "Text"),
    ("Niamey (Niger) (AFP) – Text", ("Niamey", "Niger", None, "AFP"), "AFP", "Text"),
    ("BEIJING, May 11 (Xinhua) -- Text", ("BEIJING", None, "May 11", "Xinhua"), "Xinhua", "Text"),
    ("LAGOS, Oct 2 (NNN-XINHUA) -- Text", ("LAGOS", None, "Oct 2", "NNN-XINHUA"), "Xinhua", "Text"),
    ("MINSK. July 26 (Interfax) - Text", ("MINSK", None, "July 26", "Interfax"), "Interfax", "Text"),
    ("MOSCOW, November 22 (RIA Novosti) - Text", ("MOSCOW", None, "November 22", "RIA Novosti"), "RIA Novosti",
     "Text"),
    ("TASHKENT (UrduPoint News / Sputnik - 22nd October, 2019) Text",
     ("TASHKENT", None, "22nd October, 2019", "UrduPoint News / Sputnik"), "Sputnik", "Text"),
    ("NUR-SULTAN. KAZINFORM - Text", ("NUR-SULTAN", None, None, "KAZINFORM"), "Kazinform", "Text"),
    ("MINSK, 17 August (BelTA) – Text", ("MINSK", None, "17 August", "BelTA"), "BelTA", "Text"),
    ("BAKU, Azerbaijan, June 7", ("BAKU", "Azerbaijan", "June 7", None), None, ""),
    ("Moscow – APA. Text", ("Moscow", None, None, "APA"), "APA", "Text"),
    ("Baku, December 6, AZERTAC", ("Baku", None, "December 6", "AZERTAC"), "AZERTAC", ""),
    ("YEREVAN, FEBRUARY 1, ARMENPRESS. Text", ("YEREVAN", None, "FEBRUARY 1", "ARMENPRESS"), "Armenpress", "Text"),
    ("Yerevan /Mediamax/. Text", ("Yerevan", None, None, "Mediamax"), "Mediamax", "Text"),
    ("ArmInfo. Text", (None, None, None, "ArmInfo"), "ArmInfo", "Text"),
    ("PanARMENIAN.Net - Text", (None, None, None, "PanARMENIAN.Net"), "PanARMENIAN", "Text"),
    ("ANKARA (AA) - Text", ("ANKARA", None, None, "AA"), "Anadolu", "Text"),
    ("Tehran, IRNA – Text", ("Tehran", None, None, "IRNA"), "IRNA", "Text"),
    ("Tehran (IranPress) - Text", ("Tehran", None, None, "IranPress"), "IranPress", "Text"),
    ("ANKARA, Dec 7 (KUNA) -- Text", ("ANKARA", None, "Dec 7", "KUNA"), "KUNA", "Text"),
    ("ABU DHABI, 1 December 2021 (WAM) – Text", ("ABU DHABI", None, "1 December 2021", "WAM"), "WAM", "Text"),
    ("DUBAI, (UrduPoint / Pakistan Point News / WAM - 13th Nov, 2023) Text",
     ("DUBAI", None, "13th Nov, 2023", "UrduPoint / Pakistan Point News / WAM"), "WAM", "Text"),
    ("NEW DELHI [India], May 3 (ANI): Text", ("NEW DELHI", "India", "May 3", "ANI"), "ANI", "Text"),
    ("Muscat: May 21 –-(BNA): Text", ("Muscat", None, "May 21", "BNA"), "BNA", "Text"),
    ("SEOUL, Aug. 18 (Yonhap) -- Text", ("SEOUL", None, "Aug. 18", "Yonhap"), "Yonhap", "Text"),
    ("TOKYO, July 17 Kyodo - Text", ("TOKYO", None, "July 17", "Kyodo"), "Kyodo", "Text"),
    ("PUTRAJAYA, June 27 (Bernama) - Text", ("PUTRAJAYA", None, "June 27", "Bernama"), "Bernama", "Text"),
    ("Jakarta, Nov 6, 2018 (Antara)- Text", ("Jakarta", None, "Nov 6, 2018", "Antara"), "Antara", "Text"),
    ("Jakarta, June 25, 2009 (ANTARA News) - Text", ("Jakarta", None, "June 25, 2009", "ANTARA News"), "Antara",
     "Text"),
    ("New Delhi, Oct 19 (IBNS) Text", ("New Delhi", None, "Oct 19", "IBNS"), "IBNS", "Text"),
    ("New Delhi, July 14 (IANS) Text", ("New Delhi", None, "July 14", "IANS"), "IANS", "Text"),
    ("Baku. REPORT.AZ - Text", ("Baku", None, None, "REPORT.AZ"), "Report", "Text"),
    ("KYIV, March 16 (UNIAN) - Text", ("KYIV", None, "March 16", "UNIAN"), "UNIAN", "Text"),
    ("AVA- Text", (None, None, None, "AVA"), "AVA", "Text"),
    ("June 22, Fineko/abc.az. Text", (None, None, "June 22", "Fineko/abc.az"), "ABC.az", "Text"),
    # no agency printed: place only
    ("SEOUL-- Text", ("SEOUL", None, None, None), None, "Text"),
    ("HERAT: Text", ("HERAT", None, None, None), None, "Text"),
    ("ANKARA - Text", ("ANKARA", None, None, None), None, "Text"),
    ("BAKU, Azerbaijan, September 14. Text", ("BAKU", "Azerbaijan", "September 14", None), None, "Text"),
    ("MOSCOW, 17 April. /TASS/. Text", ("MOSCOW", None, "17 April", "TASS"), "TASS", "Text"),
    ("BERLIN, 3 Mar. (AFP) - Text", ("BERLIN", None, "3 Mar.", "AFP"), "AFP", "Text"),
    ("MOSCOW, April 17 /PRIME-TASS/. Text", ("MOSCOW", None, "April 17", "PRIME-TASS"), "TASS", "Text"),
    # agencies the table lacks, printed in their marks after a place in capitals
    ("HANOI, March 3 (VNA) – Text", ("HANOI", None, "March 3", "VNA"), "VNA", "Text"),
    ("BANGKOK (Thai PBS) - Text", ("BANGKOK", None, None, "Thai PBS"), "Thai PBS", "Text"),
    ("ULAANBAATAR, May 2. /MONTSAME/. Text", ("ULAANBAATAR", None, "May 2", "MONTSAME"), "MONTSAME", "Text"),
    # places with letters beyond ASCII (read as their own line's text, not the agency's)
    ("SÃO PAULO (Reuters) - Text", ("SÃO PAULO", None, None, "Reuters"), "Reuters", "Text"),
    ("BOGOTÁ, Colombia (AP) — Text", ("BOGOTÁ", "Colombia", None, "AP"), "AP", "Text"),
    ("ŁÓDŹ, May 3. /TASS/. Text", ("ŁÓDŹ", None, "May 3", "TASS"), "TASS", "Text"),
    ("Zürich, March 3 (AFP) – Text", ("Zürich", None, "March 3", "AFP"), "AFP", "Text"),
    ("REYKJAVÍK — Text", ("REYKJAVÍK", None, None, None), None, "Text"),
    # a place in capitals and a date, no agency and no dash (a listing's teasers)
    ("LIMA, March 4th  Text", ("LIMA", None, "March 4th", None), None, "Text"),
    ("LIMA, Mar 4. Text", ("LIMA", None, "Mar 4", None), None, "Text"),
    ("LIMA, March 4", ("LIMA", None, "March 4", None), None, ""),
    ("LIMA, Mar 4 (ANDINA) Text", ("LIMA", None, "Mar 4", "ANDINA"), "ANDINA", "Text"),
    # EFE's ".-", and a Hijri date before the Gregorian one
    ("Quito, Mar 4 (EFE).- Text", ("Quito", None, "Mar 4", "EFE"), "EFE", "Text"),
    ("Dammam, Rajab 3, 1440, Mar 10, 2019, SPA -- Text", ("Dammam", None, "Rajab 3, 1440, Mar 10, 2019", "SPA"),
     "SPA", "Text"),
    ("Dammam, Rajab 3, 1440 (SPA) -- Text", ("Dammam", None, "Rajab 3, 1440", "SPA"), "SPA", "Text"),
    # the agency first, then the place in capitals
    ("AFP, HANOI", ("HANOI", None, None, "AFP"), "AFP", ""),
    ("AP, OSAKA — Text", ("OSAKA", None, None, "AP"), "AP", "Text"),
    # Issue 16.2: shapes first seen on pages of sites never seen.
    # the agency in brackets in mixed case with no dash: the story follows after a space
    ("Shimla, Mar 4 (PTI) Text", ("Shimla", None, "Mar 4", "PTI"), "PTI", "Text"),
    # a state's abbreviation keeps its point
    ("DULUTH, Minn. (AP) — Text", ("DULUTH", "Minn.", None, "AP"), "AP", "Text"),
    ("SALEM, Ore. (AP) — Text", ("SALEM", "Ore.", None, "AP"), "AP", "Text"),
    # the date printed again with its year after the marks, alone on the line
    ("LUSAKA, Mar 2 (AFP) Mar 2, 2006", ("LUSAKA", None, "Mar 2", "AFP"), "AFP", ""),
    # ... only where nothing follows it: otherwise it opens the story
    ("LUSAKA (AFP) Mar 2, 2006 was the day", ("LUSAKA", None, None, "AFP"), "AFP", "Mar 2, 2006 was the day"),
    # a day-first date and a colon, no agency
    ("Tromso, 3 March: Text", ("Tromso", None, "3 March", None), None, "Text"),
    # the agency printed bare with partners joined by slashes
    ("Paris, Mar 14, Itar-Tass/XNA/ABC -- Text", ("Paris", None, "Mar 14", "Itar-Tass/XNA/ABC"), "TASS", "Text"),
]


@pytest.mark.parametrize("line,expected,canonical,rest", DATELINES)
def test_datelines(line, expected, canonical, rest):
    found = read_dateline(line)
    assert found is not None, line
    dateline, agency, after = found
    assert (dateline.place, dateline.region, dateline.date, dateline.agency) == expected
    assert agency == canonical
    assert after == rest
    assert line.startswith(dateline.text)


NOT_DATELINES = [
    "Russian Grain Export Ban May Be Eased After Harvest - ITAR-TASS",
    "Kazakhstan To Double Crude Export Duty - Interfax",
    "The talks went on (TASS) as planned",
    "Putin, Xi To Discuss Linking Eurasian Union With Silk Road In Moscow",
    "AFP",
    "Report",
    "The European Union (EU) said on Monday it would act",
    "Officials of the European Commission (EC) - as expected - said",
    "MOSCOW (in the evening) - the city",
    # Headlines printed in capitals: an unmarked dateline opens a story in mixed case.
    "RUSSIA TO BOOST OIL OUTPUT — NOVAK",
    "PROGRESS CARGO SHIP: THE ISS SUPPLY LINE",
    "KREMLIN -- NO DATE SET FOR TALKS",
    # A place and a date in a sentence, or a country's code in marks with no date.
    "LIMA, March 4 was the day the talks began",
    "Warszawa (PL)",
    # A weekday and a date before a colon: a date line's shape, not a dateline.
    "Friday, 26 June: The talks went on",
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_not_datelines(line):
    assert read_dateline(line) is None


def test_every_agency_example_is_read_as_its_own_dateline():
    for agency in AGENCIES:
        found = read_dateline(agency.example) or read_dateline(agency.example + " Text")
        assert found is not None, agency.example
        assert found[1] in (agency.name, None), agency.example


def test_dateline_after_a_byline():
    line = ("By Hamad Saeed Al Ketbi, Executive Director of News at the Emirates News Agency (WAM) "
            "ABU DHABI, 1 December 2021 (WAM) – On 2 December the people will mark fifty years")
    byline, (dateline, agency, rest) = find_dateline(line)
    assert byline.startswith("By Hamad Saeed Al Ketbi")
    assert (dateline.place, dateline.date, agency) == ("ABU DHABI", "1 December 2021", "WAM")
    assert rest.startswith("On 2 December")


@pytest.mark.parametrize("printed,name", [("ITAR-TASS", "TASS"), ("itar-tass", "TASS"), ("ANTARA News", "Antara"),
                                          ("PNA/ITAR-TASS", "TASS"), ("AA", "Anadolu"), ("Nobody", None)])
def test_agency_by_printed(printed, name):
    assert agency_by_printed(printed) == name


def test_case_blind_distinct_keeps_the_first_of_each_spelling():
    from tasscli.parsing.datelinepieces import case_blind_distinct as _case_blind_distinct

    assert _case_blind_distinct(["KAZINFORM", "Kazinform", "TASS", "Tass", r"A\S", r"a\s"]) == \
        ["KAZINFORM", "TASS", r"A\S", r"a\s"]


@pytest.mark.parametrize("line", ["MOSCOW, June 3. /Itar-Tass/. Text", "ASTANA, June 3 (Kazinform) - Text",
                                  "BAKU, June 3 (azertac) - Text"])
def test_marks_read_any_spelling_of_the_agency(line):
    found = read_dateline(line)
    assert found is not None and found[1] is not None


@pytest.mark.parametrize("line, place", [
    ("Alcala de Henares, Apr 23 (EFE).- The king opened the fair.", "Alcala de Henares"),
    ("Frankfurt am Main, May 2 (Reuters) - Shares rose.", "Frankfurt am Main"),
])
def test_place_with_a_lower_case_particle(line, place):
    found = read_dateline(line)
    assert found is not None and found[0].place == place


def test_a_particle_does_not_join_a_sentence_to_a_place():
    assert read_dateline("Rome de facto banned the march on Sunday.") is None


@pytest.mark.parametrize("line, place, date", [
    ("IPOH 25 Julai – Projek itu siap awal.", "IPOH", "25 Julai"),
    ("JOHOR BAHRU 14 Ogos – Kerajaan negeri berkata.", "JOHOR BAHRU", "14 Ogos"),
    ("KUALA LUMPUR 3 Mac - Harga minyak naik.", "KUALA LUMPUR", "3 Mac"),
])
def test_place_in_capitals_day_first_date_no_comma_then_a_dash(line, place, date):
    found = read_dateline(line)
    assert found is not None and (found[0].place, found[0].date, found[1]) == (place, date, None)


def test_a_capitals_headline_with_a_number_is_no_dated_dateline():
    assert read_dateline("OPEC 12 Talks – Oil ministers meet") is None
