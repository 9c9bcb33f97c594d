"""Small invented pages shared by the batch tests, and helpers on pages shared by the property tests."""

from tasscli.parsing.agencies import AGENCIES
from tasscli.parsing.grammar import grammar
from tasscli.parsing.lines import line_texts
from tasscli.parsing.mojibake import repair_mojibake_lines
from tasscli.vocab import DEFAULT

CITIES = ["MOSCOW", "KAZAN", "VLADIVOSTOK", "MINSK"]


def page(i: int) -> str:
    """Page number i, in one of three openings (date prefix, "All news", prefix + menu)."""
    city = CITIES[i % len(CITIES)]
    day = i % 28 + 1
    body = (f"{city}, March {day}. /TASS/. Officials in {city.title()} said on Tuesday that plan "
            f"number {i} for the new river port would go ahead next spring, with work on the quay "
            f"starting in April.")
    second = f"The port is to handle {i * 10 + 5} thousand tonnes of cargo a year, the ministry said."
    if i % 3 == 0:
        return f" date 2021-03-{day:02d} {body}\n\n{second}\n"
    if i % 3 == 1:
        return (f"All news\n\nRiver port plan {i} approved\n\nBusiness & Economy\nMarch {day:02d}, "
                f"14:{i % 60:02d}\n\n{body}\n\n{second}\n")
    return f" date 2021-03-{day:02d} Back to Main page\nRiver port plan {i} approved\n\n{body}\n\n{second}\n"


def repaired_page(page):
    """The page with its lines repaired of mojibake as the parser repairs them before reading."""
    rows = line_texts(page)
    repair_mojibake_lines(rows, grammar(DEFAULT, AGENCIES).mojibake_markers)
    return "\n".join(rows)
