"""A journal's passphrase held in one mutable buffer that closing the journal overwrites
(issue 19.8).

SQLCipher needs the passphrase on every new connection (``PRAGMA key``), so an open
encrypted journal must keep it. It keeps it here: UTF-8 bytes in a ``bytearray`` that
``wipe()`` zeroes, instead of a ``str`` on the Journal and in the engine's connection
factory, which nothing can overwrite. What Python does not let us wipe (README: "What is
encrypted"): the text a user typed into a field or a command line before it reached the
journal, and the short-lived ``str`` each new connection's ``PRAGMA key`` statement is built
from (freed at once, but its memory is not cleared). Core dumps are off while one is held
(``hardening.no_core_dumps``), so none of these copies reaches a crash file.
"""

from __future__ import annotations


class Passphrase:
    __slots__ = ("_buf",)

    def __init__(self, text: str):
        self._buf = bytearray(text.encode("utf-8", "surrogatepass"))

    def reveal(self) -> str:
        """The passphrase as text, for the moment of a call that needs it (a new connection,
        a backup keyed like the journal); do not keep the result."""
        return self._buf.decode("utf-8", "surrogatepass")

    def sql_literal(self) -> str:
        """The passphrase as an SQL string literal for ``PRAGMA key``."""
        return "'" + self.reveal().replace("'", "''") + "'"

    def wipe(self) -> None:
        """Overwrite the buffer with zeros and forget its length."""
        for i in range(len(self._buf)):
            self._buf[i] = 0
        self._buf = bytearray()

    @property
    def wiped(self) -> bool:
        return not self._buf

    def buffer_is_zero(self) -> bool:  # for tests
        return not any(self._buf)

    def __repr__(self) -> str:
        return "Passphrase(***)"

    def __reduce__(self):  # never pickled (a worker process, a crash report)
        raise TypeError("a passphrase is not pickled")
