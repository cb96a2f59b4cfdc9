from enum import StrEnum
from typing import Any, Self


class Taxability(StrEnum):
    NO_OBJETO = "01"
    NO_TRASLADO_IVA_NO_DESGLOSE_IEPS = "08"
    NO_TRASLADO_IVA_SI_DESGLOSE_IEPS = "07"
    SI_OBJETO = "02"
    SI_OBJETO_IVA_CREDITO_PODEBI = "05"
    SI_OBJETO_IVA_NO_TRASLADO = "06"
    SI_OBJETO_NO_CAUSA = "04"
    SI_OBJETO_NO_OBLIGADO_AL_DESGLOSE = "03"

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
