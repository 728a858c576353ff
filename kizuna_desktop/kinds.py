"""The enums the models, the services and the UI share, with the words a user sees for each
value (never the raw value): organisation kinds, gift occasions, ledger directions and kinds.

``from kizuna_desktop.store.models import OrganizationKind`` keeps working: the models import
these from here.
"""

from __future__ import annotations

import enum


class OrganizationKind(enum.StrEnum):
    CLIENT = "client"
    DISTRIBUTOR = "distributor"
    PARTNER = "partner"
    SUPPLIER = "supplier"
    COMPETITOR = "competitor"
    ASSOCIATION = "association"
    CHAMBER = "chamber"  # chamber of commerce
    UNIVERSITY = "university"
    PUBLIC_BODY = "public_body"
    OTHER = "other"


class LedgerDirection(enum.StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class LedgerKind(enum.StrEnum):
    GIFT = "gift"
    FAVOUR = "favour"
    INTRODUCTION = "introduction"
    INVITATION = "invitation"


class Occasion(enum.StrEnum):
    NENGAJO = "nengajo"
    OCHUGEN = "ochugen"
    OSEIBO = "oseibo"
    OMIYAGE = "omiyage"
    THANKS = "thanks"
    CONGRATULATIONS = "congratulations"
    CONDOLENCE = "condolence"
    OTHER = "other"


ORGANIZATION_KIND_LABELS: dict[OrganizationKind, str] = {
    OrganizationKind.CLIENT: "Client",
    OrganizationKind.DISTRIBUTOR: "Distributor",
    OrganizationKind.PARTNER: "Partner",
    OrganizationKind.SUPPLIER: "Supplier",
    OrganizationKind.COMPETITOR: "Competitor",
    OrganizationKind.ASSOCIATION: "Association",
    OrganizationKind.CHAMBER: "Chamber of commerce",
    OrganizationKind.UNIVERSITY: "University",
    OrganizationKind.PUBLIC_BODY: "Public body",
    OrganizationKind.OTHER: "Other",
}

OCCASION_LABELS: dict[Occasion, str] = {
    Occasion.NENGAJO: "年賀 / nengajō (New Year)",
    Occasion.OCHUGEN: "お中元 / ochūgen (summer gift)",
    Occasion.OSEIBO: "お歳暮 / oseibo (year-end gift)",
    Occasion.OMIYAGE: "お土産 / omiyage (souvenir)",
    Occasion.THANKS: "お礼 / thanks",
    Occasion.CONGRATULATIONS: "お祝い / congratulations",
    Occasion.CONDOLENCE: "お悔やみ / condolence",
    Occasion.OTHER: "Other",
}

# The short form for one line of the timeline or a briefing.
OCCASION_SHORT: dict[Occasion, str] = {
    Occasion.NENGAJO: "年賀 nengajō",
    Occasion.OCHUGEN: "お中元 ochūgen",
    Occasion.OSEIBO: "お歳暮 oseibo",
    Occasion.OMIYAGE: "お土産 omiyage",
    Occasion.THANKS: "お礼 thanks",
    Occasion.CONGRATULATIONS: "お祝い congratulations",
    Occasion.CONDOLENCE: "お悔やみ condolence",
    Occasion.OTHER: "",
}

LEDGER_KIND_LABELS: dict[LedgerKind, str] = {
    LedgerKind.GIFT: "Gift",
    LedgerKind.FAVOUR: "Favour",
    LedgerKind.INTRODUCTION: "Introduction",
    LedgerKind.INVITATION: "Invitation",
}

DIRECTION_LABELS: dict[LedgerDirection, str] = {
    LedgerDirection.GIVEN: "Given",
    LedgerDirection.RECEIVED: "Received",
}


def organization_kind_label(kind: str) -> str:
    try:
        return ORGANIZATION_KIND_LABELS[OrganizationKind(kind)]
    except ValueError:
        return str(kind)


# a Japanese interface names an occasion by its Japanese word alone (the labels above are for
# an English one, with the word a reader in Japan will meet)
OCCASION_JA: dict[Occasion, str] = {
    Occasion.NENGAJO: "年賀", Occasion.OCHUGEN: "お中元", Occasion.OSEIBO: "お歳暮",
    Occasion.OMIYAGE: "お土産", Occasion.THANKS: "お礼", Occasion.CONGRATULATIONS: "お祝い",
    Occasion.CONDOLENCE: "お悔やみ", Occasion.OTHER: "その他",
}


def parse_organization_kind(text: str) -> OrganizationKind:
    """A kind from its value or its words, any case ("chamber of commerce", "public-body")."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    for kind, words in ORGANIZATION_KIND_LABELS.items():
        if key in (kind.value, words.lower().replace(" ", "_")):
            return kind
    raise ValueError(f"Unknown organisation kind “{text}”; use one of: "
                     + ", ".join(k.value for k in OrganizationKind) + ".")


def parse_occasion(text: str) -> Occasion:
    """An occasion from its value, its romaji with macrons or its Japanese word."""
    key = text.strip().lower().replace("ū", "u").replace("ō", "o")
    for o in Occasion:
        words = OCCASION_LABELS[o].split(" / ")[0]
        if key in (o.value, words):
            return o
    raise ValueError(f"Unknown occasion “{text}”; use one of: "
                     + ", ".join(o.value for o in Occasion) + ".")
