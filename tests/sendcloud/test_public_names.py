"""The Sendcloud package's public names, pinned: what the rest of the station may use of the client.

A name added or removed here is a change of the client's interface, made on purpose (and reviewed),
never by accident of an import.
"""

from __future__ import annotations

from packstation import sendcloud

PUBLIC = frozenset(
    {
        "Address",
        # The account's write budget (issue 19): what the client waits on before each write.
        "WriteBudget",
        "WriteGate",
        "WriteLimitWaitError",
        "ApiError",
        "ApiErrorDetail",
        "AsyncLabelResult",
        "AsyncLabelSuccess",
        "AsyncOrder",
        "AsyncOrderFailure",
        "AuthenticationError",
        "BadRequestError",
        "CancelRefusedError",
        "CancelResult",
        "CarrierRefusedError",
        "Contract",
        "CustomerDetails",
        "DEFAULT_BASE_URL",
        "DEFAULT_LABEL_TIMEOUT",
        "DEFAULT_TIMEOUT",
        "Document",
        "DocumentType",
        "ExistingLabel",
        "ForbiddenError",
        "Integration",
        "InvalidRequestError",
        "LabelMimeType",
        "LabelOutcomeUnknownError",
        "LabelParcel",
        "LabelResult",
        "LabelSettlement",
        "MalformedResponseError",
        "Measurement",
        "NetworkError",
        "NotFoundError",
        "Order",
        "OrderDetails",
        "OrderItem",
        "OrderRef",
        "OrderSelector",
        "OrderUpdate",
        "Page",
        "ParcelDocument",
        "ParcelItem",
        "PaymentDetails",
        "Price",
        "RateLimitedError",
        "RequestTimeoutError",
        "RetryPolicy",
        "SendcloudClient",
        "SendcloudError",
        "SenderAddress",
        "ServerError",
        "ShipWith",
        "Shipment",
        "ShipmentParcel",
        "ShippingOption",
        "ShippingOptionsRequest",
        "ShippingOptionsResult",
        "StillProcessingError",
        # Multicollo (issue 18): a parcel's weight and dimensions, and the parcel an error names.
        "StrDimensions",
        "StrWeight",
        "parcel_index_from_pointer",
        "USER_AGENT",
        "WeightUnit",
        "http_client",
        "insecure_url_problem",
        "is_carrier_refusal",
        "label_dpi",
        "order_index_from_pointer",
        "parse_link_header",
        "parse_retry_after",
        "proxy_url_problem",
    }
)


def test_the_public_names_are_pinned() -> None:
    assert set(sendcloud.__all__) == PUBLIC
    assert len(sendcloud.__all__) == len(PUBLIC)  # no name twice


def test_every_public_name_exists() -> None:
    assert [name for name in sendcloud.__all__ if not hasattr(sendcloud, name)] == []
