from enum import StrEnum
from typing import Any, Self


class ReceiptStatus(StrEnum):
    CANCELED = "canceled"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    INVOICED = "invoiced"
    OPEN = "open"
    PENDING = "pending"
    STAMPED = "stamped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Self | None:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value this version of the client does not list."""
        return self._name_ != "UNKNOWN"
