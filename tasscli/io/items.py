"""What reading gives: a `Page` of text, or a `Failure` in its place; and the `Entry` a page is read from.

Sources name where a page came from: `pages/a.txt`, `archive.zip!folder/page.txt`, `pages.txt.gz`,
and `big.txt#3` for the third page of a file holding several (see `tasscli.io.splitting`).
"""
from __future__ import annotations

from collections import namedtuple
from typing import Any, Callable, ContextManager, TypeAlias, Union

from tasscli.errors import InputError
from tasscli.io.names import output_name


class Page(namedtuple("Page", ("source", "text", "warnings", "file_no", "mtime"), defaults=((), 0, 0.0))):
    """One page of text and where it came from. (Named tuples here and in `tasscli.batch.pipeline`, not
    frozen dataclasses: as immutable, and cheaper to define at start-up and to make per page.)

    source: str; text: str; warnings: Tuple[str, ...] = ()
    file_no: int = 0 -- the input file (or archive member) it came from: 1 for the first one read, and so on
    mtime: float = 0.0 -- modification time of the file on disk that holds it (the archive, for a member),
    for `--resume`: asked of the file system only when `read_inputs` is given `skip`; else 0, as for stdin

    (`collections.namedtuple`, its fields' types written here: `typing.NamedTuple` reads every field's
    annotation at start-up, and the 13 classes a one-page run defines cost 6.5M instructions more, 2%
    of the run.)"""

    __slots__ = ()

    @property
    def outname(self) -> str:
        """Where `convert -o FOLDER/` writes this page's records, relative to FOLDER (made when asked:
        a one-file output never needs it)."""
        return output_name(self.source)


class Failure(namedtuple("Failure", ("source", "reason", "file_no"), defaults=(0,))):
    """A page that could not be read, in its place in the input order: source: str, reason: str,
    file_no: int = 0 (as `Page`'s)."""

    __slots__ = ()

    @property
    def outname(self) -> str:
        return output_name(self.source)

    def error(self) -> InputError:
        return InputError(self.source, self.reason)


class Skipped(Failure):
    """A file left unread, not an error: a special file met in a walk (told to `notice`, not yielded)."""

    __slots__ = ()


class NotRegular(OSError):
    """A file found in a walk that is not a regular file when opened (never read: it may block)."""


# Type aliases are strings (PEP 613), here and in the other modules: a subscription of typing's
# generics costs about 0.25M instructions at every start, and only type checkers read them.
Item: TypeAlias = "Union[Page, Failure]"

#: Called before a file is opened with the name its single page would get under `-o FOLDER/` and the
#: modification time of the file on disk; True skips it (`convert --resume`).
SkipEntry: TypeAlias = "Callable[[str, float], bool]"

#: Opens a file or member: a context manager giving a binary stream (or, for a plain file on disk,
#: a file descriptor: `tasscli.io.entries.Descriptor`).
Opener: TypeAlias = "Callable[[], ContextManager[Any]]"


class Entry(namedtuple("Entry", ("source", "open", "mtime"), defaults=(0.0,))):
    """A thing that opens as one binary stream: a file, a member of an archive, standard input.
    source: str, open: Opener, mtime: float = 0.0."""

    __slots__ = ()

