"""Reading pages (files, folders, archives; decoding, splitting into pages) and writing records."""
