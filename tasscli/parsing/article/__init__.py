"""Reading one article of a page, in named steps: `header` (headline, section, time, lead, with
`headline` choosing the headline), `body` (the story's paragraphs and inserts) and `tail` (what ends
it), over a `builder.Builder` that collects fields and line roles; `fields` and `assemble` make the
record. `tasscli.parsing.parser.parse` cuts the page into articles and calls `assemble.read_article`."""
