"""The batch engine: pages through the parser, in order, in one process or several."""
