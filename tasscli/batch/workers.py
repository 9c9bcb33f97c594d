"""Worker processes for `--jobs N`: each parses the chunks of pages it is sent over its own socket.

Not `multiprocessing.Pool`: the main process parses too (see `tasscli.batch.pipeline`), and Pool's three
helper threads in it take the interpreter lock to send chunks and unpickle results, slowing that
parsing down; measured, Pool cost about 16 microseconds per page sent in the main process, a plain
socket about 5. Pool also hangs when the operating system kills a worker; here the main process
sees the socket close and stops with an error.

The protocol: a frame is an 8-byte big-endian length and a pickle. The main process sends a chunk
(a list of pages and failures); the worker answers each chunk with its outcomes, in the order the
chunks came. The main process never blocks on a send (its sockets are non-blocking and it waits
with `select`), so a chunk and a result each larger than a socket buffer cannot deadlock: while a
send waits, results keep being read.
"""
from __future__ import annotations

import pickle
import select
import socket
from collections import deque
from typing import Any, Callable, Deque, List, Optional

from tasscli.errors import Cause, TasscliError

_HEADER = 8
_READ = 1 << 20


class WorkerDied(TasscliError):
    """A worker process ended while it held chunks (killed by the system, out of memory, ...):
    the run stops, its output is not committed, and the status is 1."""

    cause = Cause.WORKER


def _frame(value: Any) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(_HEADER, "big") + data


def _recv_exact(sock: socket.socket, size: int) -> Optional[bytearray]:
    """`size` bytes from a blocking socket; None if the stream ends first (the main process is
    done, or gone: either way the worker has nothing left to do)."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = sock.recv_into(view[got:])
        if count == 0:
            return None
        got += count
    return buffer


def _worker_main(sock: socket.socket, theirs: List[socket.socket], work: Callable[[Any], Any]) -> None:
    """Runs in the worker: parse each chunk received and send its outcomes back.

    `theirs` are the main process's ends of the sockets made so far, this worker's own included:
    a forked worker holds copies of them, and while it does, a worker would never see its socket
    close at the end of the run."""
    import signal

    from tasscli.io.interrupts import uninstall

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process alone handles Ctrl-C ...
    if hasattr(signal, "SIGHUP"):  # ... and a hang-up (it stops them: one that died first would fail the run)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # ... and stops workers with SIGTERM, at once
    uninstall()  # the parent's signal wakeup pipe (tasscli.io.interrupts), inherited by fork
    for other in theirs:
        other.close()
    sock.setblocking(True)
    while True:
        header = _recv_exact(sock, _HEADER)
        payload = _recv_exact(sock, int.from_bytes(header, "big")) if header is not None else None
        if payload is None:
            return
        chunk = pickle.loads(payload)
        sock.sendall(_frame([work(item) for item in chunk]))


class _Worker:
    __slots__ = ("process", "sock", "out", "inbox", "results", "in_flight")

    def __init__(self, process: Any, sock: socket.socket) -> None:
        self.process = process
        self.sock = sock
        self.out = bytearray()  # frames not yet sent
        self.inbox = bytearray()  # bytes received, not yet a whole frame
        self.results: Deque[bytes] = deque()  # whole result frames, oldest first
        self.in_flight = 0  # chunks sent (or queued to send) and not yet taken back


class Workers:
    """`count` worker processes, each turning every item of a chunk into `work(item)`. Chunks sent to
    one worker come back from it in the same order. (`work` is handed over, not imported here, so
    that this module needs nothing of the pipeline that uses it.)"""

    def __init__(self, count: int, work: Callable[[Any], Any]) -> None:
        import multiprocessing

        context = multiprocessing.get_context()
        self._workers: List[_Worker] = []
        try:
            for _ in range(count):
                mine, theirs = socket.socketpair()
                held = [worker.sock for worker in self._workers] + [mine]
                process = context.Process(target=_worker_main, args=(theirs, held, work), daemon=True)
                process.start()
                theirs.close()
                mine.setblocking(False)
                self._workers.append(_Worker(process, mine))
        except BaseException:
            self.terminate()
            raise

    def __len__(self) -> int:
        return len(self._workers)

    def in_flight(self, index: int) -> int:
        return self._workers[index].in_flight

    def send(self, index: int, chunk: List[Any]) -> None:
        worker = self._workers[index]
        worker.out += _frame(chunk)
        worker.in_flight += 1
        self._pump(0.0)

    def ready(self, index: int) -> bool:
        """Has worker `index` sent back its oldest chunk? (Never waits.)"""
        worker = self._workers[index]
        if not worker.results:
            self._pump(0.0)
        return bool(worker.results)

    def receive(self, index: int) -> List[Any]:
        """The outcomes of the oldest chunk held by worker `index`, waiting for them if need be."""
        worker = self._workers[index]
        while not worker.results:
            self._pump(None)
        worker.in_flight -= 1
        return pickle.loads(worker.results.popleft())

    def _pump(self, timeout: Optional[float]) -> None:
        """Send what the sockets take and read what has come, waiting at most `timeout` seconds
        (None: until something happens) for either."""
        readers = [worker.sock for worker in self._workers if worker.in_flight > len(worker.results)]
        writers = [worker.sock for worker in self._workers if worker.out]
        if not readers and not writers:
            return
        readable, writable, _ = select.select(readers, writers, [], timeout)
        for worker in self._workers:
            if worker.sock in writable:
                try:
                    sent = worker.sock.send(worker.out)
                except BlockingIOError:
                    sent = 0
                except OSError as exc:
                    raise self._died(worker) from exc
                del worker.out[:sent]
            if worker.sock in readable:
                try:
                    data = worker.sock.recv(_READ)
                except BlockingIOError:
                    continue
                except OSError as exc:
                    raise self._died(worker) from exc
                if not data:
                    raise self._died(worker)
                worker.inbox += data
                self._frames(worker)

    @staticmethod
    def _frames(worker: _Worker) -> None:
        inbox = worker.inbox
        while len(inbox) >= _HEADER:
            size = int.from_bytes(inbox[:_HEADER], "big")
            if len(inbox) < _HEADER + size:
                return
            worker.results.append(bytes(inbox[_HEADER:_HEADER + size]))
            del inbox[:_HEADER + size]

    @staticmethod
    def _died(worker: _Worker) -> WorkerDied:
        worker.process.join(1)
        code = worker.process.exitcode
        return WorkerDied(f"a worker process ended while parsing (exit status {code}); "
                          "run again, or with --jobs 1")

    def close(self) -> None:
        """The run is over: each worker sees its socket close, returns, and is joined."""
        for worker in self._workers:
            worker.sock.close()
        for worker in self._workers:
            worker.process.join()
        self._workers = []

    def terminate(self) -> None:
        """Stop the workers now (an error, Ctrl-C)."""
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join()
            worker.sock.close()
        self._workers = []
