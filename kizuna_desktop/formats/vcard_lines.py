"""vCard files as lines and cards, in linear time whatever the length of a line: line ends
(CR LF, LF, CR, iOS 6's CR CR LF), folds, quoted-printable soft line breaks and vCard 2.1
base64 lines joined (``_logical_lines``), then the lines grouped into cards (``_blocks``).
Split out of formats/vcard.py, which reads each card's properties into a Person."""

from __future__ import annotations

import re

from kizuna_desktop.formats.records import Problem

_LINE_END = re.compile(rb"\r*\n|\r")
_B64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")


Line = tuple[int, bytes]  # a property's first line number, and the property joined


def _logical_lines(data: bytes) -> list[Line]:
    """The file's properties, each unfolded into one bytes value, in linear time."""
    upper = data.upper()
    if b"QUOTED-PRINTABLE" not in upper and b"BASE64" not in upper:
        return _unfolded(data)
    del upper
    out: list[Line] = []
    parts: list[bytes] | None = None
    start = 0
    qp = b64 = False
    for n, raw in enumerate(_LINE_END.split(data), 1):
        if parts is not None:
            if qp and parts[-1].endswith(b"="):  # a quoted-printable soft line break: the
                parts[-1] = parts[-1][:-1]        # next line goes on as it is (RFC 2045)
                parts.append(raw)
                continue
            if raw[:1] in (b" ", b"\t"):
                parts.append(raw[1:])
                continue
            if b64 and raw and _B64_LINE.fullmatch(raw):  # vCard 2.1 base64 lines
                parts.append(raw)
                continue
            out.append((start, parts[0] if len(parts) == 1 else b"".join(parts)))
            parts = None
        if not raw.strip():
            continue
        parts, start = [raw], n
        colon = raw.find(b":")
        head = (raw if colon < 0 else raw[:colon]).upper()
        qp = b"QUOTED-PRINTABLE" in head
        b64 = b"BASE64" in head
    if parts is not None:
        out.append((start, b"".join(parts)))
    return out


def _unfolded(data: bytes) -> list[Line]:
    """The common case (no quoted-printable, no 2.1 base64): only folds to join. The pieces
    of a folded line are joined once, at the end."""
    out: list[Line] = []
    append = out.append
    folded: dict[int, list[bytes]] = {}
    pieces: list[bytes] | None = None  # the pieces of the line being folded
    for n, raw in enumerate(_LINE_END.split(data), 1):
        first = raw[:1]
        if first == b" " or first == b"\t":
            if pieces is None:
                if not out:
                    continue
                k = len(out) - 1
                pieces = folded.get(k)
                if pieces is None:
                    pieces = folded[k] = [out[k][1]]
            pieces.append(raw[1:])
        else:
            pieces = None
            if raw and not raw.isspace():
                append((n, raw))
    for k, pieces in folded.items():
        out[k] = (out[k][0], b"".join(pieces))
    return out


Block = tuple[int, list[Line]]  # a card's first line, then its properties


_B_OR_E = frozenset(b"BbEe")


def _blocks(lines: list[Line], filename: str) -> tuple[list[Block], list[Problem]]:
    """The cards: BEGIN:VCARD ... END:VCARD, nested cards (2.1 AGENT) read as cards of their
    own. Properties ending in an END:VCARD with no BEGIN:VCARD before them (a card whose
    start was cut off) are read as that card, and named."""
    blocks: list[Block] = []
    problems: list[Problem] = []
    stack: list[tuple[int, list[Line]]] = []
    inner: dict[int, int] = {}  # a card's first line: the first BEGIN:VCARD inside it
    loose: list[Line] = []  # lines outside any card, since the last card

    def outside() -> None:
        problems.extend(Problem(filename, k, "text outside any vCard; ignored")
                        for k, _ in loose)
        loose.clear()

    for n, line in lines:
        first = line[0]
        if first in _B_OR_E and line[:6].upper() == b"BEGIN:" and (
                line.strip().upper() == b"BEGIN:VCARD"):
            if stack:
                inner.setdefault(stack[-1][0], n)
            else:
                outside()
            stack.append((n, []))
        elif first in _B_OR_E and line[:4].upper() == b"END:" and (
                line.strip().upper() == b"END:VCARD"):
            if not stack:
                if loose:
                    problems.append(Problem(filename, loose[0][0], (
                        "vCard without BEGIN:VCARD (its start cut off); read from this line "
                        "to its END:VCARD")))
                    blocks.append((loose[0][0], list(loose)))
                    loose.clear()
                else:
                    problems.append(Problem(filename, n, "END:VCARD without BEGIN:VCARD"))
                continue
            blocks.append(stack.pop())
        elif stack:
            stack[-1][1].append((n, line))
        elif line.strip():
            loose.append((n, line))
    outside()
    for start, lines in stack:  # what there is of a card cut off still comes in
        from kizuna_desktop.i18n import translate

        if start in inner:  # another card began before this one ended
            message = translate(
                "problems", "vCard cut off: another BEGIN:VCARD (line {line}) comes before its "
                "END:VCARD; read as far as it goes, the card inside as a card of its own"
            ).format(line=inner[start])
        else:
            message = translate("problems",
                                "vCard cut off (no END:VCARD); read as far as it goes")
        problems.append(Problem(filename, start, message))
        if lines:
            blocks.append((start, lines))
    blocks.sort(key=lambda b: b[0])
    return blocks, problems
