"""What the account's two shops sell, at what prices, and the barcodes their products carry.

Noordkaap Outdoor's lines go out through its ERP and its Shopify shop, Trailhead Kids' through
WooCommerce. The products are fixed; their EAN-13s and product ids are drawn per seed
(`draw_product_codes`), so each seed is a different but self-consistent account.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

from packstation.gs1 import check_digit
from packstation.training.draws import digits


@dataclass(frozen=True)
class Product:
    name: str
    sku: str
    hs_code: str
    origin: str
    weight_kg: float
    price_eur: float


NOORDKAAP_PRODUCTS: Final = (
    Product("Merino base layer - men - M", "NK-MBL-M-M", "61099020", "PT", 0.21, 69.95),
    Product("Merino base layer - women - S", "NK-MBL-W-S", "61099020", "PT", 0.19, 69.95),
    Product("Trekking socks 2-pack - 39-42", "NK-TS2-3942", "61159500", "TR", 0.12, 19.95),
    Product("Insulated bottle 750 ml - fjord blue", "NK-IB750-BL", "96170000", "CN", 0.38, 29.95),
    Product("Headlamp 300 lm", "NK-HL300", "85131000", "CN", 0.09, 34.95),
    Product("Rain jacket Storm - men - L", "NK-RJS-M-L", "62019300", "VN", 0.46, 149.00),
    Product("Down sleeping bag -5 °C", "NK-SB-DN5", "94049000", "CN", 1.15, 229.00),
    Product("Two-person tent Ridge 2", "NK-TENT-R2", "63062200", "CN", 2.85, 349.00),
    Product("Cast-iron dutch oven 5 l", "NK-DO5", "73239100", "IN", 5.80, 89.95),
    Product("Trekking poles carbon (pair)", "NK-TP-CB", "66020000", "TW", 0.48, 119.00),
    Product("Dehydrated meal - chili sin carne", "NK-DM-CHILI", "21069098", "NO", 0.16, 8.95),
    Product("Trail map Veluwe 1:25 000", "NK-MAP-VEL", "49059100", "NL", 0.08, 9.95),
    Product("Sticker pack Noordkaap", "NK-STK", "49119900", "NL", 0.02, 3.50),
)
TRAILHEAD_PRODUCTS: Final = (
    Product("Kids' rain boots - 28", "TK-RB-28", "64019210", "PT", 0.55, 34.95),
    Product("Kids' backpack 12 l - fox", "TK-BP12-FOX", "42029291", "CN", 0.42, 39.95),
    Product("Kids' fleece jacket - 122/128", "TK-FJ-122", "61023090", "BD", 0.30, 44.95),
    Product("Binoculars junior 6x21", "TK-BIN-621", "90051000", "CN", 0.22, 29.95),
    Product("Bug viewer set", "TK-BUG", "95030099", "CN", 0.15, 12.95),
    Product("Sun hat UPF 50 - 52 cm", "TK-SH-52", "65050090", "BD", 0.07, 17.95),
    Product("Kids' headlamp", "TK-HL", "85131000", "CN", 0.06, 14.95),
    Product("Sticker pack Trailhead", "TK-STK", "49119900", "NL", 0.02, 2.95),
)
LIGHT_SKUS: Final = frozenset({"NK-STK", "NK-MAP-VEL", "TK-STK"})  # letter-sized
HEAVY_SKU: Final = "NK-DO5"
# The sticker packs are the shops' own give-aways: no EAN is printed on them, so their order lines
# carry none and item verification matches them by SKU.
UNMARKED_SKUS: Final = frozenset({"NK-STK", "TK-STK"})
# The meals are picked by the case: an order line of them is a whole number of cases, and the
# case carries its own GTIN-14 (`case_code`), which the training station's `case_barcodes` know.
CASE_SKU: Final = "NK-DM-CHILI"
CASE_UNITS: Final = 6

# What a customer pays for shipping, by country (free from 75 EUR: see payment_details).
SHIPPING_PRICE_EUR: Final = {
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
CURRENCY_RATE: Final = {"EUR": 1.0, "GBP": 0.85, "USD": 1.08}
VAT_RATE: Final = {"NL": 0.21, "BE": 0.21, "DE": 0.19, "FR": 0.20, "AT": 0.20, "ES": 0.21, "IT": 0.22}


ProductCodes = dict[str, tuple[Product, str, str]]  # SKU → (product, EAN-13, product id)


def case_code(ean: str) -> str:
    """The GTIN-14 of a case of the unit `ean` (an EAN-13): indicator digit 1, the unit's first 12
    digits, a new check digit, as GS1 builds case codes."""
    first13 = "1" + ean[:12]
    return first13 + check_digit(first13)


def draw_product_codes(rng: random.Random) -> ProductCodes:
    """Every product's codes. EANs carry the company's Dutch GS1 prefix."""
    out: ProductCodes = {}
    for products in (NOORDKAAP_PRODUCTS, TRAILHEAD_PRODUCTS):
        company_prefix = "87" + digits(rng, 5)  # 87: GS1 Netherlands
        references = rng.sample(range(100_000), len(products))
        for product, reference in zip(products, references, strict=True):
            first12 = f"{company_prefix}{reference:05d}"
            ean = first12 + check_digit(first12)
            out[product.sku] = (product, ean, str(rng.randint(7_000_000_000_000, 8_999_999_999_999)))
    return out
