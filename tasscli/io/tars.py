"""The tar archive kind's reader (registered in `tasscli.io.kinds`): plain, gzip, bzip2 or xz.

A tar is read as one stream (`tasscli.io.archives.open_tar`); nothing is extracted to disk. A break is
one failure: for the member being read when it came (reported by that member's reader), else for the
archive, naming the last member read.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import IO, Any, Callable, ContextManager, Iterator, Union

from tasscli.io.archives import Breaks, Watched, open_tar, tar_members
from tasscli.io.limits import short
from tasscli.io.reasons import read_errors, reason

#: The `./` that `tar -C dir .` puts before every member name: not part of a source.
_LEADING_DOT = re.compile(r"^(?:\./)+")


def members(source: Union[str, IO[bytes]], visit: Any) -> Iterator[Any]:
    """What `visit` makes of each regular member of the tar at `source` (a path or a stream)."""
    breaks = Breaks()
    last = ""
    try:
        with open_tar(source, breaks) as (archive, watched):
            for member in tar_members(archive, watched):
                if not member.isfile() or visit.skips(member.name):
                    continue
                last = member.name
                yield from visit.member(member.name, _opener(archive, member, breaks),
                                        _LEADING_DOT.sub("", member.name))
                if breaks.error is not None:
                    return  # the member's reader met the break and reported it
    except read_errors() as exc:
        after = f" (after member {short(last, 80)!r})" if last else ""
        yield visit.failure(reason(exc) + after)


def _opener(archive: Any, member: Any, breaks: Breaks) -> Callable[[], ContextManager[IO[bytes]]]:
    @contextmanager
    def opener() -> Iterator[IO[bytes]]:
        handle = archive.extractfile(member)
        if handle is None:
            raise OSError(0, "not a regular file")
        with handle:
            yield Watched(handle, breaks)  # type: ignore[misc]

    return opener
