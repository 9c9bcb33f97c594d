"""`--format ninjs`: one IPTC ninjs 2.2 object per article, one object per line.

Mapping from the record (every key is left out when its field is empty):

- `uri`: from `source`: an http(s) source as it is, otherwise
  `urn:tasscli:page:<source, percent-encoded>`; the n-th article of a page (n > 1) adds `#n`.
- `type` "text", `representationtype` "full", `language`: the record's `language` ("en", "ru");
  where `--fields` left it out, read off the text the record keeps (body, else headline and lead)
  as the parser reads it, "en" with no text.
- `headlines`: `[{"role": "main", "value": headline}]`.
- `descriptions`: `[{"role": "summary", "value": lead}]`.
- `bodies`: one `text/plain` body, paragraphs joined by a blank line, with `charcount` and
  `wordcount`.
- `located`: `dateline.place_name` (or `place`), then the region: "Kubinka, Moscow Region".
- `firstcreated`, `versioncreated`: `published`, only when it is a date and time with an offset
  (ninjs asks for RFC 3339); a day alone or a local time without offset is left out.
- `subjects`: `[{"name": section, "rel": "section", "literal": section_slug}]`.
- `by`: `byline`; `copyrightholder`: `agency`; `ednote`: `notes` joined by "; ".
- `infosources`: the dateline's agency when it differs from `agency`.
- `associations`: one `picture` per photo, `credits[i]` as its `by` (and `copyrightnotice`) and
  `captions[i]` as its caption, paired in page order; a page with more captions than credits gives
  pictures with a caption only, and the other way round. `uri`: the article's + `/picture/<i>`.

`--fields` cuts the record before it gets here, so only the chosen fields feed the ninjs object.
"""
from __future__ import annotations

import json
import re
from typing import IO, Any, Dict, List, Optional
from urllib.parse import quote

NINJS_VERSION = "2.2"
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def article_uri(source: Optional[str], index: int = 0) -> str:
    """A stable URI for the `index`-th (0-based) article taken from `source`."""
    source = source or "-"
    if re.match(r"https?://\S+$", source):
        base = source
    else:
        base = "urn:tasscli:page:" + quote(source, safe="/:._-~")
    return base if index == 0 else f"{base}#{index + 1}"


def _date_time(value: Any) -> Optional[str]:
    if isinstance(value, str) and _DATE_TIME.match(value):
        return value if value[16:17] == ":" else value[:16] + ":00" + value[16:]
    return None


def _located(dateline: Any) -> Optional[str]:
    if not isinstance(dateline, dict):
        return None
    place = dateline.get("place_name") or dateline.get("place")
    parts = [part for part in (place, dateline.get("region")) if part]
    return ", ".join(parts) or None


def _language(record: Dict[str, Any]) -> str:
    if record.get("language"):
        return str(record["language"])
    from tasscli.parsing.letters import language

    text = " ".join(record.get("body") or []) or " ".join(
        str(record.get(name) or "") for name in ("headline", "lead")).strip()
    return language(text) if text else "en"


def to_ninjs(record: Dict[str, Any], index: int = 0) -> Dict[str, Any]:
    """The ninjs 2.2 object for one record dict (as `Article.to_dict()` gives it)."""
    uri = article_uri(record.get("source"), index)
    item: Dict[str, Any] = {"uri": uri, "type": "text", "language": _language(record), "representationtype": "full"}
    if record.get("headline"):
        item["headlines"] = [{"role": "main", "value": record["headline"]}]
    if record.get("lead"):
        item["descriptions"] = [{"role": "summary", "value": record["lead"]}]
    body = [paragraph for paragraph in record.get("body") or [] if paragraph]
    if body:
        text = "\n\n".join(body)
        item["bodies"] = [{"role": "main", "contenttype": "text/plain", "value": text,
                           "charcount": len(text), "wordcount": len(text.split())}]
    located = _located(record.get("dateline"))
    if located:
        item["located"] = located
    when = _date_time(record.get("published"))
    if when:
        item["firstcreated"] = when
        item["versioncreated"] = when
    if record.get("section"):
        subject = {"name": record["section"], "rel": "section"}
        if record.get("section_slug"):
            subject["literal"] = record["section_slug"]
        item["subjects"] = [subject]
    if record.get("byline"):
        item["by"] = record["byline"]
    if record.get("agency"):
        item["copyrightholder"] = record["agency"]
    dateline = record.get("dateline")
    if isinstance(dateline, dict) and dateline.get("agency") and dateline["agency"] != record.get("agency"):
        item["infosources"] = [{"name": dateline["agency"], "role": "dateline"}]
    pictures = _pictures(uri, record.get("credits") or [], record.get("captions") or [])
    if pictures:
        item["associations"] = pictures
    if record.get("notes"):
        item["ednote"] = "; ".join(record["notes"])
    return item


def _pictures(uri: str, credits: List[str], captions: List[str]) -> List[Dict[str, Any]]:
    pictures = []
    for number in range(1, max(len(credits), len(captions)) + 1):
        picture: Dict[str, Any] = {"name": f"picture{number}", "uri": f"{uri}/picture/{number}",
                                   "type": "picture"}
        if number <= len(captions) and captions[number - 1]:
            picture["descriptions"] = [{"role": "caption", "value": captions[number - 1]}]
        if number <= len(credits) and credits[number - 1]:
            picture["by"] = credits[number - 1]
            picture["copyrightnotice"] = "\u00a9 " + credits[number - 1]
        pictures.append(picture)
    return pictures


class NinjsWriter:
    """A writer like those of `tasscli.io.writers` (write each record, then close): ninjs lines."""

    def __init__(self, stream: IO[str], fields: Optional[List[str]] = None) -> None:
        self.stream = stream
        self.fields = fields
        self.count = 0
        self._source: Optional[str] = None
        self._index = 0

    def write(self, record: Dict[str, Any]) -> None:
        source = record.get("source")
        self._index = self._index + 1 if self.count and source == self._source else 0
        self._source = source
        self.stream.write(json.dumps(to_ninjs(record, self._index), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        self.stream.flush()
