"""The command line: thin shells over the batch engine, the readers and the writers."""
