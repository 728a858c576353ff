"""The journal's data model: SQLAlchemy 2.x typed models.

Tables are created only by the Alembic migrations in ``store/migrations``; these classes
describe them for the ORM and must stay in step (``tests/store/test_migrations.py`` compares
the two). Datetimes are stored as naive UTC; all-day things (birthdays, due dates) are dates.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kizuna_desktop.kinds import (  # noqa: F401  (re-exported: models.OrganizationKind etc.)
    LedgerDirection,
    LedgerKind,
    Occasion,
    OrganizationKind,
)


def _system_zone() -> str:
    from kizuna_desktop.text.zones import system_zone_name

    return system_zone_name()


def utcnow() -> datetime:
    """Naive UTC now, the form every stamp is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as the enum's value (readable in the file, stable across renames of members),
    # as VARCHAR with a CHECK constraint: SQLite has no native enum.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class LatinOrder(enum.StrEnum):
    GIVEN_FIRST = "given_first"  # Taro YAMADA
    FAMILY_FIRST = "family_first"  # YAMADA Taro


class MethodKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    LINE = "line"
    LINKEDIN = "linkedin"
    X = "x"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    WEBSITE = "website"
    ADDRESS = "address"  # before 0008 only: addresses are PostalAddress rows now
    OTHER = "other"


class InteractionKind(enum.StrEnum):
    MEETING = "meeting"
    MEAL = "meal"
    NOMIKAI = "nomikai"
    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    EVENT = "event"
    MEISHI_EXCHANGE = "meishi_exchange"
    OTHER = "other"
    BUSINESS_REVIEW = "business_review"  # a regular review with a partner (0013_network)


class FollowUpState(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"


contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tags_tag", "tag_id", "contact_id"),
)

interaction_participants = Table(
    "interaction_participants",
    Base.metadata,
    Column(
        "interaction_id", ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_interaction_participants_contact", "contact_id", "interaction_id"),
)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(
            "birth_month IS NULL OR (birth_month BETWEEN 1 AND 12)", name="ck_contacts_birth_month"
        ),
        CheckConstraint(
            "birth_day IS NULL OR (birth_day BETWEEN 1 AND 31)", name="ck_contacts_birth_day"
        ),
        CheckConstraint("cadence_days IS NULL OR cadence_days > 0", name="ck_contacts_cadence"),
        Index("ix_contacts_rank", "sort_rank", unique=True),
        Index("ix_contacts_list", "archived", "sort_rank", "search_text"),  # covers list walks
        Index("ix_contacts_key", "sort_key", "sort_rank"),
        Index("ix_contacts_last_interaction", "last_interaction_at"),
        Index("ix_contacts_cold_after", "archived", "cold_after"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_reading: Mapped[str] = mapped_column(String(200), default="")
    given_reading: Mapped[str] = mapped_column(String(200), default="")
    family_latin: Mapped[str] = mapped_column(String(200), default="")
    given_latin: Mapped[str] = mapped_column(String(200), default="")
    latin_order: Mapped[LatinOrder] = mapped_column(
        _enum(LatinOrder, "latin_order"), default=LatinOrder.GIVEN_FIRST
    )
    honorific: Mapped[str] = mapped_column(String(40), default="様")
    nickname: Mapped[str] = mapped_column(String(200), default="", server_default="")
    middle_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    name_prefix: Mapped[str] = mapped_column(String(100), default="", server_default="")
    name_suffix: Mapped[str] = mapped_column(String(100), default="", server_default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    anniversary_year: Mapped[int | None] = mapped_column(Integer)
    anniversary_month: Mapped[int | None] = mapped_column(Integer)
    anniversary_day: Mapped[int | None] = mapped_column(Integer)
    interests: Mapped[str] = mapped_column(Text, default="")
    how_we_met: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Derived columns kept by the services, so that a page of a large journal is one indexed
    # query: the gojūon/alphabetical sort key, the normalised text search matches against, and
    # the time of the latest interaction (for "days since", "going cold").
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    # The contact's place in list order: follows sort_key, with wide gaps between neighbours
    # (see indexing.assign_ranks). The search index is keyed by it, so that matches come out
    # already in list order.
    sort_rank: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    search_text: Mapped[str] = mapped_column(Text, default="")
    last_interaction_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The IANA zone of that latest interaction: "last contact" counts from its local date.
    last_interaction_zone: Mapped[str | None] = mapped_column(String(64))
    # Its UTC offset there then, in minutes: "going cold" compares local dates in SQL.
    last_interaction_offset: Mapped[int | None] = mapped_column(Integer)
    # When the keep-in-touch cadence lapses: (last interaction, else creation) + cadence.
    cold_after: Mapped[datetime | None] = mapped_column(DateTime)

    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactMethod.position",
        passive_deletes=True,
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="Position.start_date",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by="Tag.name")
    addresses: Mapped[list[PostalAddress]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="PostalAddress.position",
        passive_deletes=True,
    )


class ContactMethod(Base):
    """An e-mail, phone or social handle of a contact, with a label (work, mobile, ...)."""

    __tablename__ = "contact_methods"
    __table_args__ = (Index("ix_contact_methods_contact", "contact_id", "kind"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[MethodKind] = mapped_column(_enum(MethodKind, "method_kind"))
    label: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[str] = mapped_column(String(400))
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="methods")


class PostalAddress(Base):
    """A contact's postal address: its parts where known, and the whole text as written."""

    __tablename__ = "addresses"
    __table_args__ = (Index("ix_addresses_contact", "contact_id", "position"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(60), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(100), default="")  # prefecture / state
    city: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    extended: Mapped[str] = mapped_column(String(300), default="")  # building, room
    po_box: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Issue 25 (0014_postal): 町域 and 丁目・番・号 apart, and the address in Latin letters.
    town: Mapped[str] = mapped_column(String(200), default="", server_default="")
    block: Mapped[str] = mapped_column(String(100), default="", server_default="")
    latin: Mapped[str] = mapped_column(String(400), default="", server_default="")

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class NengajoMark(Base):
    """A contact's New Year card for one year (issue 25): to send, sent, received, mourning
    (喪中), the joint names (連名, one per line) and whether it goes to the company (御中)."""

    __tablename__ = "nengajo_marks"
    __table_args__ = (UniqueConstraint("contact_id", "year", name="uq_nengajo_marks_contact_year"),
                      Index("ix_nengajo_marks_year", "year", "contact_id"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    send: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    received: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    mourning: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    joint_names: Mapped[str] = mapped_column(Text, default="", server_default="")
    onchu: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # 0015: "do not send this year" (takes a contact carried over from last year off the list)
    skip: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class NengajoOrgMark(Base):
    """An organisation as a New Year card's recipient for one year (0015, issue 25): to
    send, sent, received, do not send, and the department the card goes to (御中 alone)."""

    __tablename__ = "nengajo_org_marks"
    __table_args__ = (UniqueConstraint("organization_id", "year",
                                       name="uq_nengajo_org_marks_org_year"),
                      Index("ix_nengajo_org_marks_year", "year", "organization_id"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    send: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    received: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    skip: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    department: Mapped[str] = mapped_column(String(300), default="", server_default="")


# Which contact holds an e-mail address, in any case (importing asks it for every address).
Index("ix_contact_methods_value", ContactMethod.kind, func.lower(ContactMethod.value))


class Organization(Base):
    __tablename__ = "organizations"
    __table_args__ = (
        CheckConstraint("name_ja <> '' OR name_en <> ''", name="ck_organizations_named"),
        Index("ix_organizations_group", "group_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ja: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    reading: Mapped[str] = mapped_column(String(300), default="", server_default="")
    kind: Mapped[OrganizationKind] = mapped_column(
        _enum(OrganizationKind, "organization_kind"), default=OrganizationKind.OTHER
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    website: Mapped[str] = mapped_column(String(400), default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    group: Mapped[Organization | None] = relationship(remote_side="Organization.id")


class Position(Base):
    """A contact's role at an organisation over a span of time; open when end_date is NULL."""

    __tablename__ = "positions"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="ck_positions_dates",
        ),
        Index("ix_positions_contact", "contact_id", "end_date", "start_date"),
        Index("ix_positions_organization", "organization_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT")
    )
    department_ja: Mapped[str] = mapped_column(String(300), default="")
    department_en: Mapped[str] = mapped_column(String(300), default="")
    title_ja: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # 兼務: held alongside another position, so it may overlap it.
    concurrent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    contact: Mapped[Contact] = relationship(back_populates="positions")
    organization: Mapped[Organization] = relationship()


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_occurred", "occurred_at"),
                      Index("ix_interactions_calendar", "calendar_uid", "recurrence_id",
                            unique=True),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind, "interaction_kind"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    # The IANA zone where it happened (Asia/Tokyo): it is shown, and dated, in that zone.
    # The services always give it (the home zone by default); rows written through the ORM
    # without one take the laptop's zone, raw SQL without one UTC.
    zone: Mapped[str] = mapped_column(String(64), default=lambda: _system_zone(),
                                      server_default="UTC")
    place: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Planned meetings (0012, services/meetings.py): one in the future is planned; these say
    # where a calendar's event came from, its end, and whether "How did it go?" was answered.
    calendar_uid: Mapped[str | None] = mapped_column(String(500))
    recurrence_id: Mapped[str] = mapped_column(String(40), default="", server_default="")
    calendar_sequence: Mapped[int | None] = mapped_column(Integer)
    calendar_stamp: Mapped[datetime | None] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    status: Mapped[str] = mapped_column(String(20), default="", server_default="")
    agenda: Mapped[str] = mapped_column(Text, default="", server_default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)

    participants: Mapped[list[Contact]] = relationship(
        secondary=interaction_participants, order_by="Contact.sort_key"
    )


class MeetingGuest(Base):
    """An attendee of an imported meeting whom no contact matched: reviewed in the window
    (create a contact, match by hand, ignore). ``state`` is 'pending' or 'ignored'."""

    __tablename__ = "meeting_guests"
    __table_args__ = (Index("ix_meeting_guests_interaction", "interaction_id", "state"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(400))
    state: Mapped[str] = mapped_column(String(20))


class FollowUp(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        CheckConstraint(
            "state <> 'snoozed' OR snoozed_until IS NOT NULL", name="ck_follow_ups_snooze"
        ),
        Index("ix_follow_ups_state_due", "state", "due_date"),
        Index("ix_follow_ups_state_due_on", "state", "due_on"),
        Index("ix_follow_ups_contact", "contact_id", "state"),
        Index("ix_follow_ups_interaction", "interaction_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date] = mapped_column(Date)
    state: Mapped[FollowUpState] = mapped_column(
        _enum(FollowUpState, "follow_up_state"), default=FollowUpState.OPEN
    )
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # When it is next due: the snooze date while snoozed, else the due date (indexed).
    due_on: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship()


class Introduction(Base):
    """Who introduced whom to whom. A NULL introducer, introduced or introduced-to means the
    user (at most one of the three)."""

    __tablename__ = "introductions"
    __table_args__ = (
        CheckConstraint(
            "(introducer_id IS NULL) + (introduced_id IS NULL) + (introduced_to_id IS NULL) <= 1",
            name="ck_introductions_someone",
        ),
        CheckConstraint(
            "(introduced_to_id IS NULL OR introduced_id IS NULL"
            " OR introduced_to_id <> introduced_id)"
            " AND (introducer_id IS NULL OR introduced_id IS NULL"
            " OR introducer_id <> introduced_id)"
            " AND (introducer_id IS NULL OR introduced_to_id IS NULL"
            " OR introducer_id <> introduced_to_id)",
            name="ck_introductions_distinct",
        ),
        Index("ix_introductions_introducer", "introducer_id"),
        Index("ix_introductions_introduced", "introduced_id"),
        Index("ix_introductions_introduced_to", "introduced_to_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    introducer_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    introduced_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    introduced_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    introduced_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LedgerEntry(Base):
    """A gift or favour given to or received from a contact."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value >= 0", name="ck_ledger_value"),
        Index("ix_ledger_contact", "contact_id", "occurred_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    direction: Mapped[LedgerDirection] = mapped_column(_enum(LedgerDirection, "ledger_direction"))
    kind: Mapped[LedgerKind] = mapped_column(_enum(LedgerKind, "ledger_kind"))
    occasion: Mapped[Occasion] = mapped_column(_enum(Occasion, "occasion"), default=Occasion.OTHER)
    description: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="JPY")
    occurred_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    # Others involved besides ``contact_id`` (a gift from a whole team, a dinner for two).
    others: Mapped[list[Contact]] = relationship(secondary="ledger_participants",
                                                 order_by="Contact.sort_key")


ledger_participants = Table(
    "ledger_participants",
    Base.metadata,
    Column("entry_id", ForeignKey("ledger_entries.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_ledger_participants_contact", "contact_id", "entry_id"),
)


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("name", name="uq_tags_name"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored as typed; uniqueness is case-insensitive through the services (and the index).
    name: Mapped[str] = mapped_column(String(100, collation="NOCASE"))


class JournalSetting(Base):
    """A setting kept in the journal itself (``home_zone``: where new entries happen)."""

    __tablename__ = "journal_settings"
    __table_args__ = (UniqueConstraint("key", name="uq_journal_settings_key"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)


class MeishiProfile(Base):
    """The user's own business card data, in both languages."""

    __tablename__ = "meishi_profiles"
    __table_args__ = (UniqueConstraint("profile_name", name="uq_meishi_profiles_name"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_name: Mapped[str] = mapped_column(String(200))
    name_ja: Mapped[str] = mapped_column(String(200), default="")
    reading_ja: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    title_ja: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    department_ja: Mapped[str] = mapped_column(String(300), default="")
    department_en: Mapped[str] = mapped_column(String(300), default="")
    company_ja: Mapped[str] = mapped_column(String(300), default="")
    company_en: Mapped[str] = mapped_column(String(300), default="")
    address_ja: Mapped[str] = mapped_column(Text, default="")
    address_en: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    web: Mapped[str] = mapped_column(String(300), default="")
    line_id: Mapped[str] = mapped_column(String(100), default="")
    include_qr: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class DependencySign(Base):
    """One warning sign of dependency on a partner organisation, as the user ticked it
    (issue 24; the signs are ``services.dependency.SIGNS``)."""

    __tablename__ = "dependency_signs"
    __table_args__ = (UniqueConstraint("organization_id", "sign",
                                       name="uq_dependency_signs_org_sign"),
                      {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"))
    sign: Mapped[str] = mapped_column(String(40))
    checked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    checked_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
