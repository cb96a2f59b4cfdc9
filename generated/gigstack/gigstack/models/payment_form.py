from enum import StrEnum
from typing import Any, Self


class PaymentForm(StrEnum):
    APLICACION_DE_ANTICIPOS = "30"
    A_SATISFACCION_DEL_ACREEDOR = "27"
    CHEQUE_NOMINATIVO = "02"
    COMPENSACION = "17"
    CONDONACION = "15"
    CONFUSION = "24"
    DACION_EN_PAGO = "12"
    DINERO_ELECTRONICO = "06"
    EFECTIVO = "01"
    INTERMEDIARIO_PAGOS = "31"
    MONEDERO_ELECTRONICO = "05"
    NOVACION = "23"
    PAGO_POR_CONSIGNACION = "14"
    PAGO_POR_SUBROGACION = "13"
    POR_DEFINIR = "99"
    PRESCRIPCION_O_CADUCIDAD = "26"
    REMISION_DE_DEUDA = "25"
    TARJETA_DE_CREDITO = "04"
    TARJETA_DE_DEBITO = "28"
    TARJETA_DE_SERVICIOS = "29"
    TRANSFERENCIA_ELECTRONICA = "03"
    VALES_DE_DESPENSA = "08"

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
