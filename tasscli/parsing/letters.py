"""Letter classes for the patterns that read names: ASCII and the letters of Latin-1 and Latin
Extended-A, which places print ("SÃO PAULO", "BOGOTÁ", "ŁÓDŹ"). `re` has no \\p{Lu}."""
import re

_LATIN = [chr(code) for code in range(0xC0, 0x180) if chr(code).isalpha()]

#: Capitals, for a character class: `[{UPPER}]`.
UPPER = "A-Z" + "".join(char for char in _LATIN if char.isupper())
#: Letters of either case, for a character class.
LETTER = "A-Za-z" + "".join(_LATIN)

#: A run of letters of any script: the words of a line, without digits, marks or "_".
LETTER_RUN = re.compile(r"[^\W\d_]+")
