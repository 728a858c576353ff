"""A small journal for the New Year tests: a work address with a position, a home address with
joint names, a company addressed 御中, a contact in mourning in Kansai, one who sent a card
last year, one without an address, and one never marked."""

from __future__ import annotations

from kizuna_desktop.services import contacts, nengajo, organizations, positions
from kizuna_desktop.services.contacts import AddressInput, ContactInput

YEAR = 2027


def build(j) -> dict[str, int]:
    org = organizations.create(j, organizations.OrganizationInput(name_ja="三星商事株式会社")).id

    def person(family, given, *addresses, region=""):
        return contacts.create(j, ContactInput(family_name=family, given_name=given,
                                               region=region,
                                               addresses=list(addresses))).id

    ids = {
        "yamada": person("山田", "太郎", AddressInput(
            label="work", text="〒100-0005 東京都千代田区丸の内1-2-3 丸ビル5階")),
        "sato": person("佐藤", "一郎", AddressInput(
            label="home", text="〒530-0001 大阪府大阪市北区梅田2-4-9")),
        "tanaka": person("田中", "花子", AddressInput(
            label="home", text="〒604-8005 京都府京都市中京区恵比須町12番34号")),
        "suzuki": person("鈴木", "次郎", AddressInput(
            label="work", text="〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ")),
        "kimura": person("木村", "拓也", AddressInput(
            label="work", text="〒100-0005 東京都千代田区丸の内1-2-3")),
        "noaddress": person("加藤", "健"),
        "never": person("伊藤", "誠", AddressInput(text="〒100-0005 東京都千代田区丸の内2-1")),
    }
    positions.add(j, ids["yamada"], positions.PositionInput(
        organization_id=org, department_ja="営業部", title_ja="部長"))
    positions.add(j, ids["kimura"], positions.PositionInput(
        organization_id=org, department_ja="総務部"))
    nengajo.mark(j, ids["yamada"], YEAR, send=True)
    nengajo.mark(j, ids["sato"], YEAR, send=True, joint_names=["花子", "健太"])
    nengajo.mark(j, ids["tanaka"], YEAR, mourning=True)
    nengajo.mark(j, ids["suzuki"], YEAR - 1, received=True)  # sent one last year
    nengajo.mark(j, ids["kimura"], YEAR, send=True, onchu=True)
    nengajo.mark(j, ids["noaddress"], YEAR, send=True)
    return ids
