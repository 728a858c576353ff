"""The contact card: the selected contact at a glance, above the timeline. Every line is a
standard QLabel (selectable with the mouse, read by screen readers, copied with Ctrl+C), user
text is shown as plain text (escaped where a line carries a tel:/mailto: link), and nothing is
only in a tooltip.

Extra sections (relationship health, meetings ahead, …) are added by other parts of the
window with :meth:`ContactCard.add_section`: ``card.add_section(title, factory)`` where
``factory(journal, contact_id) -> QWidget | None`` is called each time the card shows a
contact (None: the section is left out for that contact). They are shown below the card's
own lines, in the order added."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import quote

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kizuna_desktop import i18n
from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.i18n import method_label, service_name
from kizuna_desktop.services import contacts, introductions, ledger, names, organizations, photos
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MethodKind
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import palette
from kizuna_desktop.ui.wording import plural

SectionFactory = Callable[[Journal, int], "QWidget | None"]
PHOTO = 72
HANDLE_KINDS = (MethodKind.LINE, MethodKind.LINKEDIN, MethodKind.X, MethodKind.INSTAGRAM,
                MethodKind.FACEBOOK, MethodKind.WEBSITE, MethodKind.OTHER)
LINK_SCHEMES = ("tel", "mailto", "http", "https")


def _line(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    if rich:
        flags |= (Qt.TextInteractionFlag.LinksAccessibleByMouse
                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        palette.follow_links(label)  # the links' colour follows a light/dark switch
    label.setTextInteractionFlags(flags)
    return label


def web_href(value: str) -> str:
    """The address of a website handle when it is one (http:// or https://), else ""."""
    v = value.strip()
    return v if v.lower().startswith(("http://", "https://")) and " " not in v else ""


def links_html(links: list[tuple[str, str, str]], current: str = "") -> str:
    """(href, text, note) as lines of links, user text escaped; the link ``current`` (the
    keyboard's, in a focused card) drawn in the selection's colours so it is seen."""
    out = []
    for href, text, note in links:
        inner = html.escape(text)
        if href == current:
            inner = ('<span style="background-color: palette(highlight); '
                     f'color: palette(highlighted-text);">&nbsp;{inner}&nbsp;</span>')
        out.append(f'<a href="{html.escape(href)}">{inner}</a>'
                   + (f" ({html.escape(note)})" if note else ""))
    return "<br>".join(out)


def tel_href(number: str) -> str:
    """tel: with the digits (and a leading +) of a phone number as typed."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return "tel:" + ("+" if number.strip().startswith("+") else "") + digits


def mailto_href(address: str) -> str:
    return "mailto:" + quote(address.strip(), safe="@.+-_")


def position_line(p, group: str = "") -> str:
    """Japanese order (company, department, title) for Japanese, English order after it."""
    ja = " ".join(x for x in (p.organization_ja, p.department_ja, p.title_ja) if x)
    en = ", ".join(x for x in (p.title_en, p.department_en, p.organization_en) if x)
    line = " / ".join(x for x in (ja, en) if x)
    return f"{line} ({group})" if group else line


def age_on(year: int | None, month: int | None, day: int | None, today: date) -> int | None:
    if year is None or month is None or day is None:
        return None
    return today.year - year - ((today.month, today.day) < (month, day))


class ContactCard(QScrollArea):
    """The card of one contact (or a hint when none is selected).

    A keyboard stop of its own (Tab and F6 reach it between the list and the timeline):
    focused, it has a frame in the selection colour, Down/Up (or Right/Left) walk its links
    (tel:, mailto:, web), the one reached drawn in the selection's colours, and Enter or
    Space opens it; PageUp/PageDown and Home/End scroll."""

    link_opened = Signal(str)  # the tel: or mailto: URL handed to the system

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.contact_id: int | None = None
        self._sections: list[tuple[str, SectionFactory]] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("contact-card")
        self.setAccessibleName(self.tr("Contact card"))
        self.links: list[tuple[str, str]] = []  # (row key, href) in the order shown
        self._row_links: dict[str, list[tuple[str, str, str]]] = {}  # key → (href, text, note)
        self.current_link = -1  # the keyboard's link
        self.body = QWidget()
        self.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.lines: dict[str, QLabel] = {}  # row key → its label (the tests read them)
        self.show_contact(None)

    WATCHES = cmd.ALL - {cmd.FOLLOWUPS}

    # the hook for other parts of the window -----------------------------------------------
    def add_section(self, title: str, factory: SectionFactory) -> None:
        """Add a section shown under the card's own lines for each contact (see the module
        docstring)."""
        self._sections.append((title, factory))
        self.show_contact(self.contact_id)

    # showing ---------------------------------------------------------------------------------
    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.show_contact(None)

    def changed(self, what: frozenset[str]) -> None:
        if what & self.WATCHES:
            self.show_contact(self.contact_id)

    def _clear(self) -> None:
        self.lines = {}
        self.links = []
        self._row_links = {}
        self.current_link = -1
        _drop_layout(self.layout_)

    def show_contact(self, contact_id: int | None) -> None:
        self._clear()
        self.contact_id = contact_id
        detail = None
        if contact_id is not None:
            try:
                detail = contacts.get(self.journal, contact_id)
            except NotFoundError:
                detail = None
        if detail is None:
            self.contact_id = None
            hint = _line(self.tr("Select a contact to see their card and timeline here. "
                                 "Ctrl+N adds a contact, Ctrl+F finds one."))
            hint.setObjectName("card-hint")
            self.lines["hint"] = hint
            self.layout_.addWidget(hint)
            self.layout_.addStretch(1)
        else:
            self._fill(detail)
        self._fit()
        QTimer.singleShot(0, self._fit)  # once the new lines are laid out

    def _fit(self) -> None:
        """Wrapped lines get the height they need at this width (the scroll area scrolls
        when the card is taller than its pane) instead of being squeezed."""
        self.layout_.activate()
        width = self.viewport().width()
        need = self.layout_.totalHeightForWidth(width) if self.layout_.hasHeightForWidth() \
            else self.layout_.totalSizeHint().height()
        self.body.setMinimumHeight(max(need, 0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fill(self, d: contacts.ContactDetail) -> None:
        n = d.name_parts
        head = QHBoxLayout()
        photo = QLabel()
        photo.setFixedSize(PHOTO, PHOTO)
        data = None
        try:
            data = photos.get_photo(self.journal, d.id)
        except NotFoundError:
            pass
        pix = QPixmap()
        if data is not None and pix.loadFromData(data):
            photo.setPixmap(pix.scaled(PHOTO, PHOTO, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))
            photo.setAccessibleName(self.tr("Photo"))
            head.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)
            self.photo = photo
        else:
            self.photo = None
            photo.deleteLater()
        names_box = QVBoxLayout()
        name = _line(names.written(n) or names.latin(n) or self.tr("(no name)"))
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        name.setFont(font)
        self.lines["name"] = name
        names_box.addWidget(name)
        reading = names.reading(n)
        if reading:
            self.lines["reading"] = _line(reading)
            names_box.addWidget(self.lines["reading"])
        latin = names.latin(n)
        if latin and latin != name.text():
            self.lines["latin"] = _line(latin)
            names_box.addWidget(self.lines["latin"])
        written, spoken = names.address_forms(n)
        if written or spoken:
            self.lines["address"] = _line(self.tr("Address as {0}").format(
                self.tr(" · ", "between the written and spoken forms of address").join(
                    x for x in (written, spoken) if x)))
            names_box.addWidget(self.lines["address"])
        if d.archived:
            self.lines["archived"] = _line(self.tr("Archived"))
            names_box.addWidget(self.lines["archived"])
        head.addLayout(names_box, 1)
        self.layout_.addLayout(head)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(key: str, title: str, text: str, rich: bool = False,
                links: list[tuple[str, str, str]] | None = None) -> None:
            if links:
                text, rich = links_html(links), True
                self._row_links[key] = links
                self.links.extend((key, href) for href, _t, _n in links)
            if not text:
                return
            label = _line(text, rich=rich)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card is the keyboard's stop
            label.setAccessibleName(title)
            if rich:
                label.linkActivated.connect(self._open_link)
                palette.follow_links(label)  # readable links in the dark scheme too
            self.lines[key] = label
            form.addRow(title, label)

        pos = d.current_position
        if pos is not None:
            group = ""
            try:
                group = organizations.get(self.journal, pos.organization_id).group_name
            except NotFoundError:
                pass
            row("position", self.tr("Position"), position_line(pos, group))
        phones = d.methods_of(MethodKind.PHONE)
        row("phone", self.tr("Phone"), "", links=[
            (tel_href(m.value), m.value, method_label(m.label) if m.label else "")
            for m in phones])
        mails = d.methods_of(MethodKind.EMAIL)
        row("email", self.tr("E-mail"), "", links=[
            (mailto_href(m.value), m.value, method_label(m.label) if m.label else "")
            for m in mails])
        sites = [m for m in d.methods_of(MethodKind.WEBSITE) if web_href(m.value)]
        row("web", self.tr("Web"), "", links=[
            (web_href(m.value), m.value.strip(), method_label(m.label) if m.label else "")
            for m in sites])
        handles = [m for k in HANDLE_KINDS for m in d.methods_of(k)
                   if not any(m is site for site in sites)]
        row("handles", self.tr("Handles"), "\n".join(
            f"{m.label or service_name(m.kind.value)}: {m.value}" for m in handles))
        row("tags", self.tr("Tags"), " ".join(f"#{t}" for t in d.tags))
        row("interests", self.tr("Interests"), d.interests)
        today = datetime.now().date()
        if d.birthday_parts:
            y, m, day = d.birthday_parts
            shown = "-".join(f"{v:02d}" if i else f"{v:04d}" for i, v in enumerate((y, m, day))
                             if v is not None) if y else (
                f"{m:02d}-{day:02d}" if m and day else f"{m:02d}" if m else "")
            age = age_on(y, m, day, today)
            if i18n.current() == "ja":  # 1971年5月12日 (55歳); 5月12日; 5月
                shown = (i18n.format_birthday(date(y, m, day), today) if age is not None
                         else f"{y}年" * bool(y) + f"{m}月" * bool(m) + f"{day}日" * bool(day))
                age = None
            row("birthday", self.tr("Birthday"), shown + (
                self.tr(" (age {0})").format(age) if age is not None else ""))
        row("region", self.tr("Region"), d.region)
        row("how_we_met", self.tr("How we met"), d.how_we_met)
        intros = introductions.for_contact(self.journal, d.id)
        by = introductions.introduced_by(intros, d.id)
        row("introduced_by", self.tr("Introduced by"), "\n".join(
            i.introducer_name if i.introducer_id is not None else self.tr("(I introduced them)")
            for i in by))
        last = d.last_interaction_at
        days = None if last is None else (today - last.astimezone().date()).days
        last_text = self.tr("never") if last is None else (
            self.tr("today") if days == 0 else plural(self, "%n day ago", "%n days ago", days))
        cadence = plural(self, "every %n day", "every %n days",
                                                        d.cadence_days) if d.cadence_days else ""
        row("contact", self.tr("Last contact"), last_text + (
            self.tr("; keep in touch {0}").format(cadence) if cadence else ""))
        entries = ledger.for_contact(self.journal, d.id)
        if entries:
            row("gifts", self.tr("Gifts and favours"), ledger.balance(entries).sentence())
        self.layout_.addLayout(form)
        for title, factory in self._sections:
            widget = factory(self.journal, d.id)
            if widget is None:
                continue
            heading = _line(title)
            bold = QFont(heading.font())
            bold.setBold(True)
            heading.setFont(bold)
            self.layout_.addWidget(heading)
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)

    # the keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and self.links:
            self.set_current_link(min(self.current_link + 1, len(self.links) - 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and self.links:
            self.set_current_link(max(self.current_link - 1, 0))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.links:
            if self.current_link < 0:
                self.set_current_link(0)
            self._open_link(self.links[self.current_link][1])
        else:
            super().keyPressEvent(event)

    def set_current_link(self, index: int) -> None:
        """The keyboard's link, drawn in the selection's colours while the card has focus."""
        old = self.links[self.current_link][0] if 0 <= self.current_link < len(
            self.links) else None
        self.current_link = index
        key, href = self.links[index]
        for k in {old, key} - {None}:
            label = self.lines.get(k)
            if label is not None:
                label.setText(links_html(self._row_links[k],
                                         href if k == key and self.hasFocus() else ""))
        label = self.lines.get(key)
        if label is not None:
            self.ensureWidgetVisible(label)
            label.setAccessibleDescription(href)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # the focus is seen: a frame in the selection colour round the card
        self.setStyleSheet("QScrollArea#contact-card { border: 2px solid palette(highlight); }")
        if self.links:
            self.set_current_link(max(self.current_link, 0))

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.setStyleSheet("")
        if 0 <= self.current_link < len(self.links):
            key = self.links[self.current_link][0]
            if key in self.lines:
                self.lines[key].setText(links_html(self._row_links[key]))

    def _open_link(self, url: str) -> None:
        """Only tel:, mailto: and web (http, https) links are opened (a link is never made
        of anything else)."""
        if url.split(":", 1)[0].lower() in LINK_SCHEMES:
            self.link_opened.emit(url)
            QDesktopServices.openUrl(QUrl(url))

    def text(self) -> str:
        """Every line of the card, as shown (for copying and for the tests)."""
        return "\n".join(_plain(label) for label in self.lines.values())


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.RichText:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()
    return label.text()


def _drop_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            _drop_widget(item.widget())
        elif item.layout() is not None:
            _drop_layout(item.layout())


def _drop_widget(widget: QWidget) -> None:
    widget.hide()  # at once: deleteLater alone leaves it painted until the next loop turn
    widget.setParent(None)
    widget.deleteLater()
