"""JSON pointers of API errors in words a shift lead understands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.station.field_names import field_label


@pytest.mark.parametrize(
    ("pointer", "words"),
    [
        ("/to_address/house_number", "shipping address → house number"),
        ("/data/0/to_address/house_number", "shipping address → house number"),
        ("/data/attributes/orders/[3]/to_address/house_number", "shipping address → house number"),
        ("/shipping_address/postal_code", "shipping address → postcode"),
        ("/to_address/country_code", "shipping address → country"),
        ("/to_address", "shipping address"),
        ("/parcels/0/weight", "parcel 1 → weight"),
        ("/data/attributes/[1]/order_details/integration", "shop integration"),
        ("/data/attributes/[0]/order_details/integration/id", "shop integration → id"),
        ("order/order_details/order_items", "items"),
        ("/order_details/order_items/2/quantity", "item 3 → quantity"),
        ("/data/attributes/ship_with/properties/shipping_option_code", "shipping method"),
        ("/data/attributes/label_details/dpi", "label resolution"),
        ("/data/attributes/sender_address_id", "sender address"),
        ("/billing_address/address_line_1", "billing address → street"),
        ("/data/attributes/orders/0/order_id", "order ID"),
        ("/data", "the whole order"),
        ("", "the whole order"),
        ("/", "the whole order"),
        ("/to_address/giftWrapNote", "shipping address → gift wrap note"),
        ("/customs_details/tax_numbers/sender", "customs details → tax numbers → sender"),
        ("/a~1b/c~0d", "a/b → c~d"),
    ],
)
def test_pointers_read_as_words(pointer: str, words: str) -> None:
    assert field_label(pointer) == words


@given(st.text())
def test_any_text_gives_words_and_never_raises(pointer: str) -> None:
    assert isinstance(field_label(pointer), str)
