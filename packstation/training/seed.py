"""Deterministic seed data for the simulator: one Sendcloud account and its open orders.

`make_seed_data(seed)` draws everything from `random.Random(seed)` (never the global generator,
the clock or a `set`'s iteration order), so the same seed gives byte-identical JSON on every run and
platform. The dicts are shaped exactly as the v3 API returns them (api-notes §3.3 for orders, §6 for
the settings lists) so the simulator can serve them as they are.

The account: a Dutch outdoor retailer, "Noordkaap Outdoor", selling through its ERP (API
integration) and a Shopify shop, with a second brand, "Trailhead Kids", on WooCommerce. Domains and
e-mail addresses use the reserved `.example` / `example.com` names; UK phone numbers use Ofcom's
drama range, so nothing here reaches a real person.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

JSONDict = dict[str, Any]

# --- countries --------------------------------------------------------------------------------

# fmt: off
EU_COUNTRY_CODES: Final = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})
# fmt: on
# Outside the EU customs union: these need customs details and a CN23.
CUSTOMS_COUNTRY_CODES: Final = frozenset({"GB", "CH"})
# Every country one of the simulator's carriers delivers to.
KNOWN_COUNTRY_CODES: Final = EU_COUNTRY_CODES | CUSTOMS_COUNTRY_CODES
# Carriers here want the house number in its own field; elsewhere (GB, FR, …) it may be part of
# address_line_1 or absent (a house name).
HOUSE_NUMBER_REQUIRED_COUNTRIES: Final = frozenset({"NL", "BE", "DE"})

# Reason codes in SeedData.unshippable_reasons (and unshippable_reason()).
MISSING_HOUSE_NUMBER: Final = "missing_house_number"
UNKNOWN_COUNTRY: Final = "unknown_country"
MISSING_SHIPPING_ADDRESS: Final = "missing_shipping_address"

_KG_PER_UNIT: Final = {"kg": 1.0, "g": 0.001, "lbs": 0.45359237, "oz": 0.028349523125}


# --- shipping rules and defaults -----------------------------------------------------------------


@dataclass(frozen=True)
class ShippingRule:
    """A panel shipping rule: when every given condition holds, ship with `shipping_option_code`.

    A condition left as None always holds. Rules are tried in list order (api-notes §4.5: rules
    come first when `apply_shipping_rules` is true).
    """

    name: str
    shipping_option_code: str
    to_countries: frozenset[str] | None = None
    min_weight_kg: float | None = None
    integration_id: int | None = None

    def matches(self, order: Mapping[str, Any]) -> bool:
        if self.integration_id is not None and order_integration_id(order) != self.integration_id:
            return False
        if self.to_countries is not None and order_country_code(order) not in self.to_countries:
            return False
        if self.min_weight_kg is not None:
            weight = order_weight_kg(order)
            # An order of unknown weight does not satisfy a weight condition.
            if weight is None or weight < self.min_weight_kg:
                return False
        return True


def first_matching_rule(rules: Iterable[ShippingRule], order: Mapping[str, Any]) -> ShippingRule | None:
    """The first rule whose conditions all hold for `order`, or None."""
    return next((rule for rule in rules if rule.matches(order)), None)


@dataclass(frozen=True)
class ShippingDefaults:
    """The panel's shipping defaults: used when neither a rule nor `ship_with` decides."""

    weight_kg: float = 1.0
    shipping_option_code: str = "postnl:standard"


# --- seed data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedData:
    """One simulated account. The dicts are JSON-shaped exactly as the v3 API returns them."""

    seed: int
    integrations: list[JSONDict]  # GET /integrations items (S-INT)
    sender_addresses: list[JSONDict]  # GET /addresses/sender-addresses items (S-MRG)
    default_sender_address_id: int
    brands: list[JSONDict]  # {"id": int, "name": str}
    contracts: list[JSONDict]  # GET /contracts items (S-MRG), plus the contract's "name"
    shipping_options: list[JSONDict]  # ShippingOption objects (S-SO), "quotes": null
    # For the simulator's filtering: option code → (from countries, to countries).
    shipping_option_routes: dict[str, tuple[frozenset[str], frozenset[str]]]
    shipping_rules: list[ShippingRule]
    shipping_defaults: ShippingDefaults
    orders: list[JSONDict]  # GET /orders/{id} "data" objects, sorted by id ascending
    unshippable_reasons: dict[str, str]  # order_number → MISSING_HOUSE_NUMBER | UNKNOWN_COUNTRY
    duplicate_order_numbers: frozenset[str]  # order numbers used by orders of two integrations
    known_country_codes: frozenset[str] = KNOWN_COUNTRY_CODES


# --- helpers the simulator uses ------------------------------------------------------------------


def order_integration_id(order: Mapping[str, Any]) -> int | None:
    integration = (order.get("order_details") or {}).get("integration") or {}
    value = integration.get("id")
    return value if isinstance(value, int) else None


def order_country_code(order: Mapping[str, Any]) -> str | None:
    """The upper-cased shipping country, or None without a shipping address."""
    address = order.get("shipping_address")
    if not isinstance(address, Mapping):
        return None
    code = address.get("country_code")
    return code.strip().upper() if isinstance(code, str) and code.strip() else None


def weight_to_kg(weight: Mapping[str, Any]) -> float:
    """A Measurement weight (`{"value": 850, "unit": "g"}`; value may be a string) in kilograms."""
    unit = weight.get("unit", "kg")
    if unit not in _KG_PER_UNIT:
        raise ValueError(f"unknown weight unit {unit!r}")
    return float(weight["value"]) * _KG_PER_UNIT[unit]


def order_weight_kg(order: Mapping[str, Any]) -> float | None:
    """The order's weight: `shipping_details.measurement.weight` if given, else the item weights × quantities.

    None when neither is known (then the simulator uses ShippingDefaults.weight_kg). A partial sum
    would understate the weight and could pick a service the parcel is too heavy for, so one item
    without a weight makes the item sum unknown.
    """
    shipping = order.get("shipping_details") or {}
    weight = (shipping.get("measurement") or {}).get("weight")
    if weight:
        return round(weight_to_kg(weight), 3)
    items = (order.get("order_details") or {}).get("order_items") or []
    total = 0.0
    for item in items:
        item_weight = (item.get("measurement") or {}).get("weight")
        if not item_weight:
            return None
        total += weight_to_kg(item_weight) * int(item.get("quantity", 1))
    return round(total, 3) if items else None


def unshippable_reason(order: Mapping[str, Any]) -> str | None:
    """Why no carrier would take this order's address, or None if the address is fine."""
    country = order_country_code(order)
    if country is None:
        return MISSING_SHIPPING_ADDRESS
    if country not in KNOWN_COUNTRY_CODES:
        return UNKNOWN_COUNTRY
    house_number = order["shipping_address"].get("house_number")
    if country in HOUSE_NUMBER_REQUIRED_COUNTRIES and not (
        isinstance(house_number, str) and house_number.strip()
    ):
        return MISSING_HOUSE_NUMBER
    return None


def ean13_check_digit(first12: str) -> str:
    """The GS1 check digit for 12 digits: weights 1,3,1,3… from the left."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError(f"need 12 digits, got {first12!r}")
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(first12))
    return str(-total % 10)


# --- static catalogue ------------------------------------------------------------------------

_EPOCH: Final = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)  # fixed: seed data never reads the clock


@dataclass(frozen=True)
class _Product:
    name: str
    sku: str
    hs_code: str
    origin: str
    weight_kg: float
    price_eur: float


_NOORDKAAP_PRODUCTS: Final = (
    _Product("Merino base layer - men - M", "NK-MBL-M-M", "61099020", "PT", 0.21, 69.95),
    _Product("Merino base layer - women - S", "NK-MBL-W-S", "61099020", "PT", 0.19, 69.95),
    _Product("Trekking socks 2-pack - 39-42", "NK-TS2-3942", "61159500", "TR", 0.12, 19.95),
    _Product("Insulated bottle 750 ml - fjord blue", "NK-IB750-BL", "96170000", "CN", 0.38, 29.95),
    _Product("Headlamp 300 lm", "NK-HL300", "85131000", "CN", 0.09, 34.95),
    _Product("Rain jacket Storm - men - L", "NK-RJS-M-L", "62019300", "VN", 0.46, 149.00),
    _Product("Down sleeping bag -5 °C", "NK-SB-DN5", "94049000", "CN", 1.15, 229.00),
    _Product("Two-person tent Ridge 2", "NK-TENT-R2", "63062200", "CN", 2.85, 349.00),
    _Product("Cast-iron dutch oven 5 l", "NK-DO5", "73239100", "IN", 5.80, 89.95),
    _Product("Trekking poles carbon (pair)", "NK-TP-CB", "66020000", "TW", 0.48, 119.00),
    _Product("Dehydrated meal - chili sin carne", "NK-DM-CHILI", "21069098", "NO", 0.16, 8.95),
    _Product("Trail map Veluwe 1:25 000", "NK-MAP-VEL", "49059100", "NL", 0.08, 9.95),
    _Product("Sticker pack Noordkaap", "NK-STK", "49119900", "NL", 0.02, 3.50),
)
_TRAILHEAD_PRODUCTS: Final = (
    _Product("Kids' rain boots - 28", "TK-RB-28", "64019210", "PT", 0.55, 34.95),
    _Product("Kids' backpack 12 l - fox", "TK-BP12-FOX", "42029291", "CN", 0.42, 39.95),
    _Product("Kids' fleece jacket - 122/128", "TK-FJ-122", "61023090", "BD", 0.30, 44.95),
    _Product("Binoculars junior 6x21", "TK-BIN-621", "90051000", "CN", 0.22, 29.95),
    _Product("Bug viewer set", "TK-BUG", "95030099", "CN", 0.15, 12.95),
    _Product("Sun hat UPF 50 - 52 cm", "TK-SH-52", "65050090", "BD", 0.07, 17.95),
    _Product("Kids' headlamp", "TK-HL", "85131000", "CN", 0.06, 14.95),
    _Product("Sticker pack Trailhead", "TK-STK", "49119900", "NL", 0.02, 2.95),
)
_LIGHT_SKUS: Final = frozenset({"NK-STK", "NK-MAP-VEL", "TK-STK"})  # letter-sized
_HEAVY_SKU: Final = "NK-DO5"

_GB_INWARD_LETTERS: Final = "ABDEFGHJLNPQRSTUWXYZ"  # inward codes never use C I K M O V
_NL_POSTCODE_LETTERS: Final = "ABCEGHJKLMNPRSTVWXZ"  # F I O Q U Y are not used

# Per country: (city, postcode spec, streets[, ISO 3166-2 subdivision]). A postcode spec is a
# (low, high) number range for the country's numeric format, or GB outward codes.
_CITIES: Final[dict[str, tuple[tuple[str, tuple[int, int] | tuple[str, ...], tuple[str, ...], str], ...]]] = {
    "NL": (
        ("Amsterdam", (1011, 1109), ("Prinsengracht", "Kinkerstraat", "Javastraat", "Van Baerlestraat"), ""),
        ("Rotterdam", (3011, 3089), ("Witte de Withstraat", "Nieuwe Binnenweg", "Zwart Janstraat"), ""),
        ("Utrecht", (3511, 3585), ("Oudegracht", "Amsterdamsestraatweg", "Biltstraat"), ""),
        ("Eindhoven", (5611, 5658), ("Stratumseind", "Kruisstraat", "Woenselse Markt"), ""),
        ("Groningen", (9711, 9747), ("Herestraat", "Oosterstraat", "Korreweg"), ""),
        ("Zwolle", (8011, 8043), ("Diezerstraat", "Assendorperstraat", "Thorbeckegracht"), ""),
    ),
    "BE": (
        ("Antwerpen", (2000, 2060), ("Meir", "Kammenstraat", "Turnhoutsebaan"), ""),
        ("Gent", (9000, 9000), ("Veldstraat", "Kortrijksesteenweg", "Sint-Pietersnieuwstraat"), ""),
        ("Leuven", (3000, 3001), ("Bondgenotenlaan", "Naamsestraat", "Tiensestraat"), ""),
        ("Bruxelles", (1000, 1000), ("Rue Neuve", "Avenue Louise", "Chaussée d'Ixelles"), ""),
    ),
    "DE": (
        ("Berlin", (10115, 14199), ("Hauptstraße", "Kastanienallee", "Sonnenallee", "Schönhauser Allee"), ""),
        ("München", (80331, 81929), ("Leopoldstraße", "Sendlinger Straße", "Rosenheimer Straße"), ""),
        ("Hamburg", (20095, 22769), ("Osterstraße", "Mühlenkamp", "Lange Reihe"), ""),
        ("Köln", (50667, 51149), ("Aachener Straße", "Venloer Straße", "Severinstraße"), ""),
        ("Leipzig", (4103, 4357), ("Karl-Liebknecht-Straße", "Eisenbahnstraße", "Gohliser Straße"), ""),
        ("Dresden", (1067, 1328), ("Königsbrücker Straße", "Louisenstraße", "Bautzner Straße"), ""),
    ),
    "FR": (
        ("Paris", (75001, 75020), ("Rue de Rivoli", "Rue Oberkampf", "Boulevard Voltaire"), ""),
        ("Lyon", (69001, 69009), ("Rue de la République", "Cours Lafayette", "Rue Mercière"), ""),
        ("Nantes", (44000, 44300), ("Rue Crébillon", "Rue de Strasbourg", "Quai de la Fosse"), ""),
        ("Lille", (59000, 59800), ("Rue Faidherbe", "Rue de Béthune", "Boulevard de la Liberté"), ""),
    ),
    "AT": (
        ("Wien", (1010, 1230), ("Mariahilfer Straße", "Favoritenstraße", "Landstraßer Hauptstraße"), ""),
        ("Graz", (8010, 8063), ("Herrengasse", "Annenstraße", "Leonhardstraße"), ""),
        ("Innsbruck", (6020, 6020), ("Maria-Theresien-Straße", "Museumstraße", "Anichstraße"), ""),
    ),
    "ES": (
        ("Madrid", (28001, 28055), ("Calle Mayor", "Calle de Alcalá", "Calle de Fuencarral"), ""),
        ("Barcelona", (8001, 8042), ("Carrer de Mallorca", "Carrer de Verdi", "Passeig de Gràcia"), ""),
        ("Valencia", (46001, 46026), ("Carrer de Russafa", "Avinguda del Port", "Carrer de Sueca"), ""),
    ),
    "IT": (
        ("Roma", (118, 199), ("Via del Corso", "Via Appia Nuova", "Via Nazionale"), "IT-RM"),
        ("Milano", (20121, 20162), ("Corso Buenos Aires", "Via Torino", "Viale Monza"), "IT-MI"),
        ("Torino", (10121, 10156), ("Via Garibaldi", "Corso Vittorio Emanuele II", "Via Po"), "IT-TO"),
        ("Bologna", (40121, 40141), ("Via dell'Indipendenza", "Strada Maggiore", "Via San Vitale"), "IT-BO"),
    ),
    "GB": (
        (
            "London",
            ("EC1V", "SE1", "NW1", "E2", "SW9", "N7"),
            ("High Street", "Mare Street", "Upper Street"),
            "",
        ),
        ("Manchester", ("M1", "M4", "M14", "M20"), ("Oldham Street", "Wilmslow Road", "Burton Road"), ""),
        ("Bristol", ("BS1", "BS3", "BS6", "BS8"), ("Gloucester Road", "North Street", "Park Street"), ""),
        ("Edinburgh", ("EH1", "EH3", "EH6"), ("Leith Walk", "Dalry Road", "Broughton Street"), ""),
    ),
    "CH": (
        ("Zürich", (8001, 8057), ("Langstrasse", "Bahnhofstrasse", "Badenerstrasse"), ""),
        ("Bern", (3011, 3027), ("Kramgasse", "Länggassstrasse", "Breitenrainplatz"), ""),
        ("Genève", (1201, 1209), ("Rue de Carouge", "Boulevard Carl-Vogt", "Rue du Rhône"), ""),
        ("Basel", (4051, 4059), ("Güterstrasse", "Steinenvorstadt", "Feldbergstrasse"), ""),
    ),
}

# City centres (WGS 84) for service points, which are only in the Netherlands and Belgium here.
_CITY_COORDINATES: Final = {
    "Amsterdam": (52.3702, 4.8952),
    "Rotterdam": (51.9225, 4.4792),
    "Utrecht": (52.0907, 5.1214),
    "Eindhoven": (51.4416, 5.4697),
    "Groningen": (53.2194, 6.5665),
    "Zwolle": (52.5168, 6.0830),
    "Antwerpen": (51.2194, 4.4025),
    "Gent": (51.0543, 3.7174),
    "Leuven": (50.8798, 4.7005),
    "Bruxelles": (50.8467, 4.3525),
}

# English country names for the countries seed addresses use (label lines, CN23).
COUNTRY_NAMES: Final = {
    "NL": "Netherlands",
    "BE": "Belgium",
    "DE": "Germany",
    "FR": "France",
    "AT": "Austria",
    "ES": "Spain",
    "IT": "Italy",
    "GB": "United Kingdom",
    "CH": "Switzerland",
}

_NAMES: Final = {
    "NL": (
        ("Sanne", "Daan", "Femke", "Joris", "Zoë", "Bram", "Lieke", "Thijs"),
        ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder"),
    ),
    "BE": (
        ("Lotte", "Wout", "Amélie", "Arne", "Noor", "Cédric"),
        ("Peeters", "Claes", "Maes", "Dubois", "Wouters", "Lambrecht"),
    ),
    "DE": (
        ("Jürgen", "Anna", "Lukas", "Käthe", "Jonas", "Leonie", "Björn"),
        ("Müller", "Schmidt", "Schäfer", "Weiß", "Groß", "Köhler", "Becker"),
    ),
    "FR": (
        ("Françoise", "Théo", "Léa", "Maël", "Chloé", "Hélène"),
        ("Lefèvre", "Martin", "Dubois", "Girard", "Rousseau", "Faure"),
    ),
    "AT": (("Katharina", "Florian", "Valentina", "Matthias"), ("Gruber", "Huber", "Wagner", "Pichler")),
    "ES": (
        ("José", "Lucía", "Íñigo", "Nuria", "Álvaro"),
        ("García", "Núñez", "Martínez", "Ibáñez", "Sánchez"),
    ),
    "IT": (("Giulia", "Niccolò", "Francesca", "Matteo"), ("Rossi", "Bianchi", "Esposito", "Romano")),
    "GB": (
        ("Oliver", "Siobhan", "Amelia", "Rhys", "Harriet", "Callum"),
        ("O'Brien", "Smith", "Clarke", "Fitzgerald", "Patel", "Hughes"),
    ),
    "CH": (("Reto", "Seraina", "Mélanie", "Urs"), ("Brunner", "Meier", "Favre", "Zürcher")),
}

_COMPANIES: Final = {
    "NL": ("Scouting Bergvliet", "Buitencentrum De Hoge Veluwe B.V."),
    "BE": ("Jeugdbeweging De Kampvuur vzw",),
    "DE": ("Alpenverein Sektion Köln e.V.", "Outdoor-Schule Harz GmbH"),
    "FR": ("Club Alpin de Lyon",),
    "GB": ("Peak District Expeditions Ltd",),
    "CH": ("Bergschule Engadin AG",),
}

_PHONE_PREFIXES: Final = {
    "NL": ("+31 6 ", 8),
    "BE": ("+32 47", 7),
    "DE": ("+49 151 ", 8),
    "FR": ("+33 6 ", 8),
    "AT": ("+43 664 ", 7),
    "ES": ("+34 6", 8),
    "IT": ("+39 3", 9),
    "GB": ("+44 7700 900", 3),  # Ofcom's drama range: never a real subscriber
    "CH": ("+41 79 ", 7),
}

_SHIPPING_PRICE_EUR: Final = {
    "NL": 4.95,
    "BE": 6.95,
    "DE": 7.95,
    "AT": 7.95,
    "FR": 9.95,
    "ES": 9.95,
    "IT": 9.95,
    "GB": 12.95,
    "CH": 14.95,
}
# Prices in GBP/USD are the EUR list price at a fixed rate (CHF is not in the Orders currency enum).
_CURRENCY_RATE: Final = {"EUR": 1.0, "GBP": 0.85, "USD": 1.08}
_VAT_RATE: Final = {"NL": 0.21, "BE": 0.21, "DE": 0.19, "FR": 0.20, "AT": 0.20, "ES": 0.21, "IT": 0.22}

_NOTES: Final = (
    "Please leave the parcel with the neighbours if I'm not home.",
    "Bel aan bij nummer 2, de bel van 1 doet het niet.",
    "Gift - please do not include the invoice.",
    "Delivery to the reception desk, ground floor.",
)


# --- the generator -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Account:
    api_id: int
    shopify_id: int
    woo_id: int
    contract_ids: dict[str, int]
    sender_vat: str
    sender_eori: str

    def integration_id(self, kind: str) -> int:
        return {"api": self.api_id, "shopify": self.shopify_id, "woocommerce": self.woo_id}[kind]


@dataclass
class _OrderSpec:
    integration: str  # "api" | "shopify" | "woocommerce"
    country: str
    # regular, no_house_number_empty, no_house_number_absent, unknown_country, service_point,
    # heavy, letter, mailbox or signature
    kind: str = "regular"
    country_override: str | None = None
    service_point_variant: str = "id"
    currency: str | None = None


class _Generator:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.products = self._catalogue()

    # -- small draws --

    def _digits(self, count: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(count))

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _catalogue(self) -> dict[str, tuple[_Product, str, str]]:
        """SKU → (product, EAN-13, product id). EANs carry the company's Dutch GS1 prefix."""
        out: dict[str, tuple[_Product, str, str]] = {}
        for products in (_NOORDKAAP_PRODUCTS, _TRAILHEAD_PRODUCTS):
            company_prefix = "87" + self._digits(5)  # 87: GS1 Netherlands
            references = self.rng.sample(range(100_000), len(products))
            for product, reference in zip(products, references, strict=True):
                first12 = f"{company_prefix}{reference:05d}"
                ean = first12 + ean13_check_digit(first12)
                out[product.sku] = (product, ean, str(self.rng.randint(7_000_000_000_000, 8_999_999_999_999)))
        return out

    def _jitter(self) -> timedelta:
        """Sub-second noise, so timestamps look like Sendcloud's ("…:50.858102+00:00")."""
        return timedelta(microseconds=self.rng.randint(0, 999_999))

    # -- account --

    def build(self) -> SeedData:
        rng = self.rng
        sender_vat = "NL" + self._digits(9) + "B01"
        account = _Account(
            api_id=rng.randint(40, 99),
            shopify_id=rng.randint(300, 899),
            woo_id=rng.randint(4000, 9999),
            contract_ids=dict(
                zip(
                    ("postnl", "dhl", "dpd", "ups", "sendcloud"),
                    sorted(rng.sample(range(20, 2000), 5)),
                    strict=True,
                )
            ),
            sender_vat=sender_vat,
            sender_eori=sender_vat[:11],  # a Dutch EORI is "NL" + the VAT number's 9 digits
        )
        contracts = self._contracts(account)
        shipping_options, routes = _shipping_options(contracts)
        sender_addresses = self._sender_addresses(account)
        orders, unshippable, duplicates = self._orders(account)
        return SeedData(
            seed=self.seed,
            integrations=self._integrations(account),
            sender_addresses=sender_addresses,
            default_sender_address_id=sender_addresses[0]["id"],
            brands=[
                {"id": rng.randint(1000, 4999), "name": "Noordkaap Outdoor"},
                {"id": rng.randint(5000, 9999), "name": "Trailhead Kids"},
            ],
            contracts=contracts,
            shipping_options=shipping_options,
            shipping_option_routes=routes,
            shipping_rules=_shipping_rules(account),
            shipping_defaults=ShippingDefaults(),
            orders=orders,
            unshippable_reasons=unshippable,
            duplicate_order_numbers=duplicates,
        )

    def _integrations(self, account: _Account) -> list[JSONDict]:
        def stamp(days_before: int) -> str:
            moment = _EPOCH - timedelta(days=days_before, seconds=self.rng.randint(0, 86_399))
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

        return [
            {
                "id": account.api_id,
                "shop_name": "Noordkaap ERP",
                "shop_url": "https://erp.noordkaap-outdoor.example/",
                "type": "api",
                "created_at": stamp(900),
                "updated_at": stamp(40),
                "last_fetched_at": None,  # API integrations push orders; nothing is fetched
                "started_failing_at": None,
                "service_point_enabled": False,
                "service_point_carriers": [],
                "webhook_active": False,
                "webhook_url": None,
                "feedback_type": "none",
            },
            {
                "id": account.shopify_id,
                "shop_name": "Noordkaap Outdoor",
                "shop_url": "https://noordkaap-outdoor.example/",
                "type": "shopify",
                "created_at": stamp(700),
                "updated_at": stamp(12),
                "last_fetched_at": stamp(0),
                "started_failing_at": None,
                "service_point_enabled": True,
                "service_point_carriers": ["postnl", "dhl"],
                "webhook_active": True,
                "webhook_url": "https://noordkaap-outdoor.example/webhooks/sendcloud",
                "feedback_type": "eager",
            },
            {
                "id": account.woo_id,
                "shop_name": "Trailhead Kids",
                "shop_url": "https://trailhead-kids.example/",
                "type": "woocommerce",
                "created_at": stamp(300),
                "updated_at": stamp(3),
                "last_fetched_at": stamp(0),
                "started_failing_at": None,
                "service_point_enabled": True,
                "service_point_carriers": ["postnl"],
                "webhook_active": False,
                "webhook_url": None,
                "feedback_type": "delayed",
            },
        ]

    def _sender_addresses(self, account: _Account) -> list[JSONDict]:
        base_id = self.rng.randint(100_000, 900_000)
        tax_numbers = [
            {"name": "VAT", "country_code": "NL", "value": account.sender_vat},
            {"name": "EORI", "country_code": "NL", "value": account.sender_eori},
            {"name": "VAT", "country_code": "GB", "value": "GB" + self._digits(9)},
        ]
        return [
            {
                "id": base_id,
                "name": "Sanne de Wit",
                "company_name": "Noordkaap Outdoor B.V.",
                "address_line_1": "Hallenweg",
                "house_number": "12",
                "address_line_2": "",
                "postal_code": "5683 CT",
                "city": "Best",
                "country_code": "NL",
                "email": "warehouse@noordkaap-outdoor.example",
                "phone_number": "+31 499 " + self._digits(6),
                "tax_numbers": tax_numbers,
                "signature": {"full_name": "Sanne de Wit", "initials": "SdW"},
            },
            {
                "id": base_id + self.rng.randint(1, 400),
                "name": "Wout Peeters",
                "company_name": "Noordkaap Outdoor B.V.",
                "address_line_1": "Antwerpsesteenweg",
                "house_number": "221",
                "address_line_2": "",
                "postal_code": "2800",
                "city": "Mechelen",
                "country_code": "BE",
                "email": "mechelen@noordkaap-outdoor.example",
                "phone_number": "+32 15 " + self._digits(6),
                "tax_numbers": tax_numbers[:2],
                "signature": {"full_name": "Wout Peeters", "initials": "WP"},
            },
            {
                "id": base_id + self.rng.randint(401, 900),
                "name": "Leonie Köhler",
                "company_name": "Trailhead Kids",
                "address_line_1": "Lagerstraße",
                "house_number": "4",
                "address_line_2": "Tor 3",
                "postal_code": "47533",
                "city": "Kleve",
                "country_code": "DE",
                "email": "versand@trailhead-kids.example",
                "phone_number": "+49 2821 " + self._digits(6),
                "tax_numbers": tax_numbers[:2],
                "signature": {"full_name": "Leonie Köhler", "initials": "LK"},
            },
        ]

    def _contracts(self, account: _Account) -> list[JSONDict]:
        ids = account.contract_ids

        def contract(carrier: str, name: str, client_id: str, kind: str, label: str) -> JSONDict:
            return {
                "id": ids[carrier],
                "carrier": {"code": carrier, "name": name},
                "client_id": client_id,
                "country": "NL",
                "is_default_per_carrier": True,
                "state": "active",
                "type": kind,
                # Not in the list example, but in the spec's `contract` schema and in ShippingOption.
                "name": label,
            }

        return [
            contract("postnl", "PostNL", self._digits(8), "direct", "Direct contract PostNL"),
            contract("dhl", "DHL Parcel", "5" + self._digits(7), "direct", "Direct contract DHL"),
            contract("dpd", "DPD", "", "sendcloud", "Sendcloud rates"),
            contract("ups", "UPS", "", "sendcloud", "Sendcloud rates"),
            contract("sendcloud", "Sendcloud", "", "sendcloud", "Sendcloud rates"),
        ]

    # -- orders --

    def _order_specs(self) -> list[_OrderSpec]:
        rng = self.rng
        integrations = ("api", "shopify", "woocommerce")
        countries = ("NL", "BE", "DE", "FR", "AT", "ES", "IT", "GB", "CH")
        weights = (30, 12, 15, 8, 5, 5, 5, 12, 8)
        specs = [
            # Unshippable on purpose.
            _OrderSpec("shopify", "NL", "no_house_number_empty"),
            _OrderSpec("api", "DE", "no_house_number_empty"),
            _OrderSpec("woocommerce", "NL", "no_house_number_absent"),
            _OrderSpec("api", "DE", "unknown_country", country_override="XX"),
            _OrderSpec("shopify", "FR", "unknown_country", country_override="ZZ"),
            # Service points, both oneOf variants of service_point_details.
            _OrderSpec("shopify", "NL", "service_point", service_point_variant="id"),
            _OrderSpec("shopify", "NL", "service_point", service_point_variant="carrier_service_point_id"),
            _OrderSpec("woocommerce", "BE", "service_point", service_point_variant="id"),
            _OrderSpec(
                "woocommerce", "NL", "service_point", service_point_variant="carrier_service_point_id"
            ),
            # Paths through shipping-method resolution.
            _OrderSpec("api", "NL", "heavy"),
            _OrderSpec("shopify", "NL", "letter"),
            _OrderSpec("shopify", "NL", "mailbox"),
            _OrderSpec("woocommerce", "NL", "signature"),
            # Customs: at least two of each non-EU country, one priced in USD.
            _OrderSpec("api", "GB"),
            _OrderSpec("shopify", "GB"),
            _OrderSpec("api", "CH", currency="USD"),
            _OrderSpec("woocommerce", "CH"),
            # At least one ordinary order to every country the seed addresses cover.
            *(_OrderSpec(integrations[n % 3], country) for n, country in enumerate(countries)),
        ]
        while len(specs) < 68:
            specs.append(
                _OrderSpec(
                    rng.choices(integrations, weights=(35, 40, 25))[0],
                    rng.choices(countries, weights=weights)[0],
                )
            )
        rng.shuffle(specs)
        return specs

    def _orders(self, account: _Account) -> tuple[list[JSONDict], dict[str, str], frozenset[str]]:
        rng = self.rng
        counters = {
            "api": rng.randint(10_000, 19_000),
            "shopify": rng.randint(1_000, 4_000),
            "woocommerce": rng.randint(40_000, 60_000),
        }
        next_id = rng.randint(180_000_000, 240_000_000)
        moment = _EPOCH - timedelta(days=6)
        orders: list[JSONDict] = []
        unshippable: dict[str, str] = {}
        for spec in self._order_specs():
            next_id += rng.randint(1, 250)
            moment += timedelta(seconds=rng.randint(60, 3 * 3600))
            counters[spec.integration] += rng.randint(1, 3)
            order = self._order(
                spec, account, counter=counters[spec.integration], sendcloud_id=next_id, moment=moment
            )
            orders.append(order)
            reason = unshippable_reason(order)
            if reason is not None:
                unshippable[order["order_number"]] = reason

        # order_number "may contain duplicates" (api-notes §3.2): the WooCommerce shop also has a
        # "WEB-…" order, imported from the ERP's old numbering. Both are shippable and distinct.
        api_order = next(o for o in orders if o["order_number"].startswith("WEB-") and _plain(o))
        woo_order = next(
            o
            for o in reversed(orders)
            if o["order_details"]["integration"]["id"] == account.woo_id and _plain(o)
        )
        woo_order["order_number"] = api_order["order_number"]
        return orders, unshippable, frozenset({api_order["order_number"]})

    def _order(
        self, spec: _OrderSpec, account: _Account, *, counter: int, sendcloud_id: int, moment: datetime
    ) -> JSONDict:
        rng = self.rng
        country = spec.country
        currency = spec.currency or ("GBP" if country == "GB" else "EUR")
        first_names, last_names = _NAMES[country]
        name = f"{rng.choice(first_names)} {rng.choice(last_names)}"
        company = rng.choice(_COMPANIES[country]) if country in _COMPANIES and rng.random() < 0.12 else None
        address = self._address(country, name, company)
        if spec.kind == "no_house_number_empty":
            address["house_number"] = ""
        elif spec.kind == "no_house_number_absent":
            address.pop("house_number", None)
        if spec.country_override:
            address["country_code"] = spec.country_override

        order_id, order_number, status = self._identity(spec.integration, counter)
        # Placed in the shop, then imported into Sendcloud, then maybe touched again: in that order.
        created = moment + self._jitter()
        placed = created - timedelta(minutes=rng.randint(2, 45)) - self._jitter()
        updated = placed + timedelta(minutes=rng.randint(0, 30)) + self._jitter()
        modified = created + timedelta(seconds=rng.randint(0, 1) * rng.randint(5, 3600)) + self._jitter()
        items = self._items(spec, currency)
        order_details: JSONDict = {
            "integration": {"id": account.integration_id(spec.integration)},
            "status": status,
            "order_created_at": _iso(placed),
            "order_updated_at": _iso(min(updated, created)),
            "order_items": items,
        }
        if rng.random() < 0.15:
            order_details["notes"] = rng.choice(_NOTES)
        tags = [tag for tag, p in (("gift", 0.08), ("priority", 0.08), ("fragile", 0.05)) if rng.random() < p]
        if company:
            tags.append("b2b")
        if tags:
            order_details["tags"] = tags

        order: JSONDict = {
            "id": str(sendcloud_id),
            "order_id": order_id,
            "order_number": order_number,
            "created_at": _iso(created),
            "modified_at": _iso(modified),
            "order_details": order_details,
            "payment_details": _payment_details(spec, country, currency, items, placed),
        }
        if country in CUSTOMS_COUNTRY_CODES:
            order["customs_details"] = self._customs_details(account, country, company, placed, counter)
        customer: JSONDict = {"name": name, "email": address["email"]}
        if "phone_number" in address:
            customer["phone_number"] = address["phone_number"]
        order["customer_details"] = customer
        order["billing_address"] = self._billing_address(address, country, "gift" in tags)
        order["shipping_address"] = address
        order["shipping_details"] = self._shipping_details(spec, items, account)
        if spec.kind == "service_point":
            order["service_point_details"] = self._service_point(spec, address)
        return order

    def _identity(self, integration: str, counter: int) -> tuple[str, str, JSONDict]:
        """(order_id, order_number, order status) the way each kind of shop numbers its orders."""
        if integration == "api":
            return self._uuid(), f"WEB-{counter}", {"code": "unshipped", "message": "Unshipped"}
        if integration == "shopify":
            order_id = str(self.rng.randint(5_500_000_000_000, 5_999_999_999_999))
            return order_id, f"SHOP-{counter}", {"code": "paid", "message": "Paid, awaiting fulfilment"}
        # Lower case on purpose: a scanner may send "WC-…", and lookups are case-insensitive.
        return str(counter), f"wc-{counter}", {"code": "processing", "message": "Processing"}

    def _address(self, country: str, name: str, company: str | None) -> JSONDict:
        rng = self.rng
        city, postcodes, streets, subdivision = rng.choice(_CITIES[country])
        address: JSONDict = {"name": name}
        if company:
            address["company_name"] = company
        street = rng.choice(streets)
        number = rng.randint(1, 180)
        house_number = str(number)
        line_2 = ""
        if country in ("NL", "DE", "CH", "IT") and rng.random() < 0.2:
            house_number += (
                rng.choice(("A", "B", "a", "-2", "-H")) if country == "NL" else rng.choice(("a", "b", "/B"))
            )
        elif country == "AT" and rng.random() < 0.3:
            house_number += f"/{rng.randint(1, 4)}/{rng.randint(1, 20)}"
        elif country == "BE" and rng.random() < 0.25:
            line_2 = f"bus {rng.randint(1, 12)}"
        elif country == "ES" and rng.random() < 0.6:
            line_2 = f"{rng.randint(1, 8)}º {rng.choice('ABCD')}"  # "3º B": floor and door
        elif country == "FR" and rng.random() < 0.15:
            house_number += " bis"
        elif country == "NL" and rng.random() < 0.08:
            line_2 = rng.choice(("3e verdieping", "Achterhuis"))
        if country == "GB" and rng.random() < 0.25:
            # A house name and no house number: normal in the UK and perfectly shippable.
            address["address_line_1"] = (
                f"{rng.choice(('Rose Cottage', 'The Old Forge', 'Flat 3, Kingsley House'))}, {street}"
            )
        else:
            address["address_line_1"] = street
            address["house_number"] = house_number
        if line_2:
            address["address_line_2"] = line_2
        address["postal_code"] = self._postal_code(country, postcodes)
        address["city"] = city
        if subdivision:
            address["state_province_code"] = subdivision
        address["country_code"] = country
        address["email"] = _email(name, rng.choice(("example.com", "example.net", "example.org")))
        if rng.random() < 0.9:
            prefix, digits = _PHONE_PREFIXES[country]
            address["phone_number"] = prefix + self._digits(digits)
        return address

    def _postal_code(self, country: str, spec: tuple[int, int] | tuple[str, ...]) -> str:
        rng = self.rng
        if country == "GB":
            outward = rng.choice(spec)
            inward_letters = "".join(rng.choice(_GB_INWARD_LETTERS) for _ in range(2))
            return f"{outward} {rng.randint(0, 9)}{inward_letters}"
        low, high = (int(bound) for bound in spec)
        number = rng.randint(low, high)
        if country == "NL":
            while True:
                letters = "".join(rng.choice(_NL_POSTCODE_LETTERS) for _ in range(2))
                if letters not in ("SA", "SD", "SS"):  # never issued
                    break
            # Shops send both "1234 AB" and "1234AB"; the app must accept either.
            return f"{number} {letters}" if rng.random() < 0.85 else f"{number}{letters}"
        if country == "AT" and low < 2000:
            number = 1000 + rng.randint(1, 23) * 10  # Vienna: 1XX0, XX = district
        width = 4 if country in ("BE", "AT", "CH") else 5
        return f"{number:0{width}d}"

    def _billing_address(self, shipping: JSONDict, country: str, gift: bool) -> JSONDict:
        if not gift:
            return dict(shipping)
        # A gift: billed to someone else at another address in the same country.
        first_names, last_names = _NAMES[country]
        payer = f"{self.rng.choice(first_names)} {self.rng.choice(last_names)}"
        billing = self._address(country, payer, None)
        billing.setdefault("house_number", str(self.rng.randint(1, 99)))
        return billing

    def _items(self, spec: _OrderSpec, currency: str) -> list[JSONDict]:
        rng = self.rng
        rate = _CURRENCY_RATE[currency]
        products = _TRAILHEAD_PRODUCTS if spec.integration == "woocommerce" else _NOORDKAAP_PRODUCTS
        light = [p for p in products if p.sku in _LIGHT_SKUS]
        normal = [p for p in products if p.sku not in _LIGHT_SKUS and p.sku != _HEAVY_SKU]
        chosen: list[tuple[_Product, int]]
        if spec.kind == "heavy":
            chosen = [(self.products[_HEAVY_SKU][0], 2), (rng.choice(normal), 1)]
        elif spec.kind in ("letter", "mailbox"):
            chosen = [(product, rng.randint(1, 2)) for product in rng.sample(light, min(2, len(light)))]
        else:
            lines = rng.choices((1, 2, 3, 4), weights=(50, 30, 15, 5))[0]
            chosen = [
                (product, rng.choices((1, 2, 3), weights=(80, 15, 5))[0])
                for product in rng.sample(normal, lines)
            ]
        # The ERP sometimes sends lines without weights: then only defaults can decide.
        weightless = spec.integration == "api" and spec.kind == "regular" and rng.random() < 0.25
        items: list[JSONDict] = []
        for line, (product, quantity) in enumerate(chosen, start=1):
            _, ean, product_id = self.products[product.sku]
            unit_price = round(product.price_eur * rate, 2)
            if spec.integration == "shopify":
                item_id = str(rng.randint(13_000_000_000_000, 13_999_999_999_999))
            elif spec.integration == "woocommerce":
                item_id = str(rng.randint(1_000, 99_999))
            else:
                item_id = f"L{line:02d}"
            item: JSONDict = {
                "item_id": item_id,
                "product_id": product_id,
                "name": product.name,
                "quantity": quantity,
                "sku": product.sku,
                "ean": ean,
                "hs_code": product.hs_code,
                "country_of_origin": product.origin,
                "unit_price": {"value": unit_price, "currency": currency},
                "total_price": {"value": round(unit_price * quantity, 2), "currency": currency},
            }
            if not weightless:
                item["measurement"] = {"weight": {"value": product.weight_kg, "unit": "kg"}}
            items.append(item)
        return items

    def _shipping_details(self, spec: _OrderSpec, items: list[JSONDict], account: _Account) -> JSONDict:
        rng = self.rng
        details: JSONDict = {"is_local_pickup": False}
        item_weight = sum(
            item["measurement"]["weight"]["value"] * item["quantity"]
            for item in items
            if "measurement" in item
        )
        packaging = 0.15
        if item_weight and spec.integration == "shopify" and rng.random() < 0.7:
            details["measurement"] = {"weight": {"value": round(item_weight + packaging, 3), "unit": "kg"}}
        elif item_weight and spec.integration == "woocommerce" and rng.random() < 0.5:
            # WooCommerce shops configured in grams send grams.
            details["measurement"] = {
                "weight": {"value": round((item_weight + packaging) * 1000), "unit": "g"}
            }
        if spec.integration == "api" and "measurement" in details and rng.random() < 0.5:
            details["measurement"]["dimension"] = {"length": 40, "width": 30, "height": 15, "unit": "cm"}

        ship_with: tuple[str, int | None, str] | None = None
        if spec.kind == "service_point":
            contract = account.contract_ids["postnl"] if spec.service_point_variant == "id" else None
            ship_with = ("postnl:servicepoint", contract, "PostNL - pick up at a service point")
        elif spec.kind == "letter":
            ship_with = ("sendcloud:letter", None, "Letter post")
        elif spec.kind == "mailbox":
            ship_with = ("postnl:mailbox", account.contract_ids["postnl"], "Mailbox parcel")
        elif spec.kind == "signature":
            ship_with = ("postnl:standard/signature", None, "Delivery with signature")
        if ship_with is not None:
            code, contract_id, indicator = ship_with
            details["ship_with"] = {
                "type": "shipping_option_code",
                "properties": {"shipping_option_code": code, "contract_id": contract_id},
            }
            details["delivery_indicator"] = indicator
        elif rng.random() < 0.3:
            details["delivery_indicator"] = "Standard shipping"
        return details

    def _service_point(self, spec: _OrderSpec, customer_address: JSONDict) -> JSONDict:
        """A pick-up point in the customer's city.

        The schema's oneOf takes either a Sendcloud `id` or a `carrier_service_point_id`, never
        both: with both, the object matches both branches and fails oneOf.
        """
        rng = self.rng
        country = customer_address["country_code"]
        city = customer_address["city"]
        shops = (
            ("Primera", "Bruna", "Albert Heijn", "Jumbo", "Gamma")
            if country == "NL"
            else ("Delhaize", "Standaard Boekhandel", "Carrefour Express")
        )
        name = f"{rng.choice(shops)} {city}"
        streets = next(entry[2] for entry in _CITIES[country] if entry[0] == city)
        spec_range = next(entry[1] for entry in _CITIES[country] if entry[0] == city)
        postal_code = self._postal_code(country, spec_range)
        point: JSONDict
        if spec.service_point_variant == "id":
            point = {"id": str(rng.randint(10_000_000, 19_999_999))}
        else:
            point = {"carrier_service_point_id": str(rng.randint(100_000, 299_999))}
        latitude, longitude = _CITY_COORDINATES[city]
        point["latitude"] = f"{latitude + rng.uniform(-0.015, 0.015):.6f}"
        point["longitude"] = f"{longitude + rng.uniform(-0.02, 0.02):.6f}"
        point["type"] = "locker" if rng.random() < 0.25 else "servicepoint"
        point["extra_data"] = {
            "name": name,
            "address": f"{rng.choice(streets)} {rng.randint(1, 120)}, {postal_code} {city}",
            "carrier": "postnl",
        }
        return point

    def _customs_details(
        self, account: _Account, country: str, company: str | None, placed: datetime, counter: int
    ) -> JSONDict:
        sender = [{"name": "EORI", "country_code": "NL", "value": account.sender_eori}]
        if country == "GB":
            # UK VAT on goods up to £135 is collected by the seller, so the seller's UK VAT number goes along.
            sender.append({"name": "VAT", "country_code": "GB", "value": "GB" + self._digits(9)})
        receiver = []
        if company:
            receiver.append({"name": "VAT", "country_code": country, "value": country + self._digits(9)})
        return {
            "commercial_invoice_number": f"INV-{placed.year}-{counter:05d}",
            "shipment_type": "commercial_goods",
            "export_type": "commercial_b2b" if company else "commercial_b2c",
            "tax_numbers": {"sender": sender, "receiver": receiver, "importer_of_record": []},
        }


def _payment_details(
    spec: _OrderSpec, country: str, currency: str, items: list[JSONDict], placed: datetime
) -> JSONDict:
    rate = _CURRENCY_RATE[currency]
    subtotal = round(sum(item["total_price"]["value"] for item in items), 2)
    shipping_price = 0.0 if subtotal >= 75 * rate else round(_SHIPPING_PRICE_EUR[country] * rate, 2)
    total = round(subtotal + shipping_price, 2)
    payment: JSONDict = {
        "is_cash_on_delivery": False,
        "total_price": {"value": total, "currency": currency},
        "subtotal_price": {"value": subtotal, "currency": currency},
        "estimated_shipping_price": {"value": shipping_price, "currency": currency},
        "status": {"code": "paid", "message": "Order has been paid"},
    }
    if country in _VAT_RATE:  # prices include VAT inside the EU; exports are zero-rated
        vat = _VAT_RATE[country]
        payment["estimated_tax_price"] = {"value": round(total - total / (1 + vat), 2), "currency": currency}
    if spec.integration == "woocommerce":
        payment["invoice_date"] = placed.date().isoformat()
    return payment


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _plain(order: JSONDict) -> bool:
    """A regular, shippable order without a shipping choice (a safe pick for the duplicate pair)."""
    return unshippable_reason(order) is None and "ship_with" not in order["shipping_details"]


def _email(name: str, domain: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    local = ".".join(part for part in "".join(c if c.isalnum() else " " for c in ascii_name.lower()).split())
    return f"{local}@{domain}"


# --- carriers: shipping options and rules ----------------------------------------------------------


def _functionalities(**overrides: Any) -> JSONDict:
    """A realistic subset of the ~40 ShippingOption functionality flags."""
    flags: JSONDict = {
        "b2b": True,
        "b2c": True,
        "tracked": True,
        "signature": False,
        "age_check": None,
        "insurance": None,
        "multicollo": True,
        "form_factor": "parcel",
        "first_mile": "pickup_dropoff",
        "last_mile": "home_delivery",
        "service_area": "domestic",
        "delivery_deadline": "best_effort",
        "registered_delivery": False,
        "direct_contract_only": False,
    }
    flags.update(overrides)
    return flags


def _shipping_options(
    contracts: list[JSONDict],
) -> tuple[list[JSONDict], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    by_carrier = {contract["carrier"]["code"]: contract for contract in contracts}
    benelux_de = frozenset({"NL", "BE", "DE"})
    every = KNOWN_COUNTRY_CODES

    def option(
        code: str,
        name: str,
        product_name: str,
        *,
        from_countries: frozenset[str],
        to_countries: frozenset[str],
        max_kg: str,
        max_dimensions: tuple[str, str, str],
        functionalities: JSONDict,
        export_documents: bool = False,
        service_point_required: bool = False,
        fields: tuple[str, ...] = (),
        charging_type: str = "label_creation",
    ) -> tuple[JSONDict, tuple[frozenset[str], frozenset[str]]]:
        carrier_code = code.split(":", 1)[0]
        contract = by_carrier[carrier_code]
        return (
            {
                "code": code,
                "name": name,
                "carrier": dict(contract["carrier"]),
                "product": {"code": code.split("/", 1)[0], "name": product_name},
                "functionalities": functionalities,
                "contract": {
                    "id": contract["id"],
                    "client_id": contract["client_id"],
                    "carrier_code": carrier_code,
                    "name": contract["name"],
                },
                "weight": {"min": {"value": "0.001", "unit": "kg"}, "max": {"value": max_kg, "unit": "kg"}},
                "max_dimensions": {
                    "length": max_dimensions[0],
                    "width": max_dimensions[1],
                    "height": max_dimensions[2],
                    "unit": "cm",
                },
                "parcel_billed_weights": [],
                "requirements": {
                    "fields": list(fields),
                    "export_documents": export_documents,
                    "is_service_point_required": service_point_required,
                },
                "charging_type": charging_type,
                "quotes": None,
            },
            (from_countries, to_countries),
        )

    nl = frozenset({"NL"})
    nl_be = frozenset({"NL", "BE"})
    specs = [
        option(
            "postnl:standard",
            "PostNL Standard",
            "PostNL Standard",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(),
        ),
        option(
            "postnl:standard/signature",
            "PostNL Standard + Signature",
            "PostNL Standard",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(signature=True),
        ),
        option(
            "postnl:servicepoint",
            "PostNL Service Point",
            "PostNL Service Point",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(last_mile="service_point", signature=True),
            service_point_required=True,
        ),
        option(
            "postnl:mailbox",
            "PostNL Mailbox Parcel",
            "PostNL Mailbox Parcel",
            from_countries=nl,
            to_countries=nl,
            max_kg="2.001",
            max_dimensions=("38.00", "26.50", "3.20"),
            functionalities=_functionalities(form_factor="mailbox", last_mile="mailbox", multicollo=False),
        ),
        option(
            "dhl:parcel",
            "DHL Parcel",
            "DHL Parcel",
            from_countries=nl,
            to_countries=frozenset(EU_COUNTRY_CODES),
            max_kg="31.501",
            max_dimensions=("240.00", "80.00", "60.00"),
            functionalities=_functionalities(service_area="international"),
        ),
        option(
            "dpd:classic",
            "DPD Classic",
            "DPD Classic",
            from_countries=benelux_de,
            to_countries=frozenset(EU_COUNTRY_CODES),
            max_kg="31.501",
            max_dimensions=("175.00", "100.00", "100.00"),
            functionalities=_functionalities(service_area="international", b2c=True),
            charging_type="first_scan",
        ),
        option(
            "ups:standard",
            "UPS Standard",
            "UPS Standard",
            from_countries=benelux_de,
            to_countries=every,
            max_kg="70.001",
            max_dimensions=("274.00", "150.00", "150.00"),
            functionalities=_functionalities(service_area="international", signature=True),
            export_documents=True,
            fields=("to_telephone",),
        ),
        option(
            "sendcloud:letter",
            "Unstamped letter",
            "Unstamped letter",
            from_countries=every,
            to_countries=every,
            max_kg="20.001",
            max_dimensions=("0.00", "0.00", "0.00"),  # 0 = no limit, as in the spec's example
            functionalities=_functionalities(
                tracked=False, form_factor="letter", multicollo=False, first_mile="dropoff", b2b=True
            ),
        ),
    ]
    return [spec[0] for spec in specs], {spec[0]["code"]: spec[1] for spec in specs}


def _shipping_rules(account: _Account) -> list[ShippingRule]:
    return [
        ShippingRule("Outside the EU with UPS", "ups:standard", to_countries=CUSTOMS_COUNTRY_CODES),
        ShippingRule("Heavy parcels with DHL", "dhl:parcel", min_weight_kg=10.0),
        ShippingRule("Germany and Austria with DPD", "dpd:classic", to_countries=frozenset({"DE", "AT"})),
        ShippingRule("South-west Europe with DHL", "dhl:parcel", to_countries=frozenset({"FR", "ES", "IT"})),
        ShippingRule(
            "Trailhead Kids to Belgium with signature",
            "postnl:standard/signature",
            to_countries=frozenset({"BE"}),
            integration_id=account.woo_id,
        ),
    ]


# --- entry point -------------------------------------------------------------------------------


def make_seed_data(seed: int) -> SeedData:
    """The simulated account for `seed`: the same seed always gives identical data."""
    return _Generator(seed).build()
