from enum import StrEnum
from typing import Any, Self


class TaxSystem(StrEnum):
    ACTIVIDADES_AGRICOLAS_GANADERAS_SILVICOLAS_PESQUERAS = "622"
    ACTIVIDADES_EMPRESARIALES_Y_PROFESIONALES = "612"
    ARRENDAMIENTO = "606"
    COOPERATIVAS_DE_PRODUCCION = "620"
    COORDINADOS = "624"
    DEMAS_INGRESOS = "608"
    ENAJENACION_O_ADQUISICION_DE_BIENES = "607"
    GENERAL_LEY_PERSONAS_MORALES = "601"
    INCORPORACION_FISCAL = "621"
    INGRESOS_POR_DIVIDENDOS = "611"
    INGRESOS_POR_INTERESES = "614"
    INGRESOS_POR_PREMIOS = "615"
    OPCIONAL_GRUPOS_DE_SOCIEDADES = "623"
    PERSONAS_MORALES_FINES_NO_LUCRATIVOS = "603"
    PLATAFORMAS_TECNOLOGICAS = "625"
    REGIMEN_SIMPLIFICADO_DE_CONFIANZA = "626"
    RESIDENTES_EN_EL_EXTRANJERO = "610"
    SIN_OBLIGACIONES_FISCALES = "616"
    SUELDOS_Y_SALARIOS = "605"

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
