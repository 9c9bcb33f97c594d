"""The pure parser: text in, records out; no I/O, no global state."""
