"""Printing the New Year cards and the address labels (issue 25): the one path the command
line (`kizuna nengajo print`, `kizuna labels`) and the window's Print… take. Plain Python,
run off the UI thread by the window; the PDF comes back as bytes with what was left out and
why, for the caller to write and say."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.pdf import labels, postcard
from kizuna_desktop.services import nengajo
from kizuna_desktop.store import Journal


@dataclass(kw_only=True)
class CardsPrint:
    found: nengajo.NewYearList
    sender: nengajo.Sender
    layout: nengajo.PrintLayout
    result: postcard.Result
    test_print: bool = False

    @property
    def left_out(self) -> list[str]:
        """Each card wanted and not printed, with why (mourning is not among them: that is
        the custom, not a failure)."""
        if self.test_print:
            return list(self.result.skipped)
        return ([f"{r.display_name}: no usable address" for r in self.found.no_address]
                + list(self.result.skipped))


def print_cards(journal: Journal, year: int, *, test_print: bool = False,
                **layout_changes: float) -> CardsPrint:
    """The cards of ``year`` (or the test print) as one PDF; ``layout_changes`` (offset_x,
    offset_y, sender_box_left, sender_box_top) are saved first, as the CLI remembers them."""
    layout = nengajo.print_layout(journal)
    changed = {k: v for k, v in layout_changes.items() if v is not None}
    if changed:
        layout = nengajo.save_print_layout(journal, replace(layout, **changed))
    found = nengajo.new_year_list(journal, year)
    sender = nengajo.sender(journal)
    defaults = postcard.SenderBoxes()
    shift = layout.sender_box_left - defaults.lefts[0]
    boxes = postcard.SenderBoxes(lefts=tuple(x + shift for x in defaults.lefts),
                                 top=layout.sender_box_top)
    result = postcard.render(found.to_print, sender,
                             postcard.Layout(offset_x=layout.offset_x,
                                             offset_y=layout.offset_y, sender_boxes=boxes),
                             test_print=test_print)
    return CardsPrint(found=found, sender=sender, layout=layout, result=result,
                      test_print=test_print)


@dataclass(kw_only=True)
class LabelsPrint:
    people: list = field(default_factory=list)
    result: labels.Result | None = None


def sheet(spec: str) -> labels.Sheet:
    """A sheet by name (``labels.SHEETS``) or ``custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP``."""
    if spec in labels.SHEETS:
        return labels.SHEETS[spec]
    if spec.startswith("custom:"):
        parts = spec.removeprefix("custom:").split(",")
        try:
            rows, cols = int(parts[0]), int(parts[1])
            w, h, px, py, left, top = (float(x) for x in parts[2:])
        except (ValueError, IndexError, TypeError):
            raise KizunaError("A custom sheet is custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,"
                              "TOP in mm, e.g. custom:6,2,86.4,42.3,86.4,42.3,18.6,21.6.") from None
        return labels.Sheet(name="custom", rows=rows, columns=cols, width=w, height=h,
                            pitch_x=px, pitch_y=py, left=left, top=top)
    raise KizunaError(f"No sheet {spec!r}: {', '.join(labels.SHEETS)} or custom:…")


def print_labels(journal: Journal, the_sheet: labels.Sheet, *, year: int | None = None,
                 tag: str | None = None, vertical: bool = False,
                 calibration: bool = False) -> LabelsPrint:
    """Labels for the New Year list's cards of ``year`` or for every contact tagged ``tag``."""
    people = nengajo.tagged(journal, tag) if tag is not None \
        else nengajo.new_year_list(journal, year).to_print
    result = labels.render(people, the_sheet, vertical=vertical, calibration=calibration)
    return LabelsPrint(people=people, result=result)
