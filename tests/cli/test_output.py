"""The printer's pieces on their own: JSON lines from either encoder, spreadsheet-safe cells,
tables that fit."""

from gigstack.cli._output import dump, fit, spreadsheet_safe


def test_a_json_line_is_the_same_whichever_encoder_writes_it() -> None:
    assert dump({"a": 1, "b": [1.5, None], "c": "ñ"}) == '{"a":1,"b":[1.5,null],"c":"ñ"}'
    # beyond 64 bits orjson refuses; the standard library writes it exactly, as compactly
    assert dump({"n": 2**70, "m": "x"}) == '{"n":1180591620717411303424,"m":"x"}'


def test_spreadsheet_safe_cells() -> None:
    for formula in ("=1+1", "+52 55", "-cmd", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(formula) == "'" + formula
    for plain in ("-12.5", "+3", "Kemper", "", "1e5"):
        assert spreadsheet_safe(plain) == plain


def test_columns_fit_the_width() -> None:
    widths = fit(["id", "name", "email"], [["client_Rk2fP9sLm4Qz", "x" * 60, "y" * 40]], 80)
    assert sum(widths) + 2 * (len(widths) - 1) <= 80
