"""How a document's currency (`meta.currency`, an ISO 4217 code) is written next to an amount, for
the window, the command line and the PDF alike. No Qt.
"""

from __future__ import annotations

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$"}


def currency_symbol(code: str) -> str:
    """The sign people write for the currency: € for EUR; the code itself when it has no common
    sign (CHF)."""
    return CURRENCY_SYMBOLS.get(code, code)
