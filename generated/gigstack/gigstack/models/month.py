from enum import StrEnum
from typing import Any, Self


class Month(StrEnum):
    ABRIL = "04"
    AGOSTO = "08"
    DICIEMBRE = "12"
    ENERO = "01"
    ENERO_FEBRERO = "13"
    FEBRERO = "02"
    JULIO = "07"
    JULIO_AGOSTO = "16"
    JUNIO = "06"
    MARZO = "03"
    MARZO_ABRIL = "14"
    MAYO = "05"
    MAYO_JUNIO = "15"
    NOVIEMBRE = "11"
    NOVIEMBRE_DICIEMBRE = "18"
    OCTUBRE = "10"
    SEPTIEMBRE = "09"
    SEPTIEMBRE_OCTUBRE = "17"

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
