from enum import StrEnum
from typing import Any, Self


class RelationType(StrEnum):
    APLICACION_DE_ANTICIPO = "07"
    DEVOLUCION_DE_MERCANCIA = "03"
    FACTURA_POR_TRASLADOS_PREVIOS = "06"
    NOTA_DE_CREDITO = "01"
    NOTA_DE_DEBITO = "02"
    SUSTITUCION = "04"
    TRASLADOS_FACTURADOS_PREVIAMENTE = "05"

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
