"""export_invoices and `gigstack invoices export` against the stateful fake."""

import csv
import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

import pytest

from gigstack.jobs import JobInputError, export_invoices
from jobs.test_cli import run

MEXICO_CITY = ZoneInfo("America/Mexico_City")


def at(year: int, month: int, day: int, hour: int, minute: int) -> int:
    return int(dt.datetime(year, month, day, hour, minute, tzinfo=MEXICO_CITY).timestamp())


def manifest(path) -> list[dict[str, str]]:
    with (path / "manifest.csv").open(newline="", encoding="utf-8-sig") as stream:
        return list(csv.DictReader(stream))


def test_days_are_mexico_city_days(fake, gs, tmp_path) -> None:
    inside = [
        fake.add_invoice(created_at=at(2026, 11, 1, 0, 0))["uuid"],
        fake.add_invoice(created_at=at(2026, 11, 30, 23, 30))["uuid"],  # 05:30 UTC on December 1st
    ]
    fake.add_invoice(created_at=at(2026, 10, 31, 23, 50))  # 05:50 UTC on November 1st: October's
    fake.add_invoice(created_at=at(2026, 12, 1, 0, 10))

    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out")

    assert (report.invoices, report.exported, report.exit_code) == (2, 2, 0)
    rows = manifest(tmp_path / "out")
    assert sorted(row["uuid"] for row in rows) == sorted(inside)
    late = next(row for row in rows if row["uuid"] == inside[1])
    assert late["created"] == "2026-11-30 23:30:00"


def test_files_manifest_cut_downloads_and_resume_without_fetching_again(fake, gs, tmp_path) -> None:
    invoices = [fake.add_invoice(created_at=at(2026, 11, day, 12, 0), total=1160.5) for day in range(1, 13)]
    first = invoices[0]["uuid"]
    fake.cut_files |= {f"{first}.xml", f"{invoices[1]['uuid']}.pdf"}

    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", concurrency=3)

    assert (report.invoices, report.exported, report.downloaded, report.skipped) == (12, 12, 24, 0)
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        [f"{i['uuid']}.{f}" for i in invoices for f in ("xml", "pdf")] + ["manifest.csv"]
    )
    rows = {row["uuid"]: row for row in manifest(out)}
    assert list(manifest(out)[0]) == ["uuid", "type", "series", "folio", "created", "client_rfc", "client_name", "total",
                                      "currency", "status", "xml_sha256", "pdf_sha256", "xml_file", "pdf_file", "error",
                                      "xml_bytes", "pdf_bytes"]  # fmt: skip
    row = rows[first]
    assert row["xml_sha256"] == hashlib.sha256((out / f"{first}.xml").read_bytes()).hexdigest()
    assert row["pdf_sha256"] == hashlib.sha256((out / f"{first}.pdf").read_bytes()).hexdigest()
    assert (row["client_rfc"], row["client_name"], row["total"], row["status"]) == (
        "EKU9003173C9", "ESCUELA KEMPER URGATE", "1160.5", "valid")  # fmt: skip
    assert (row["xml_file"], row["pdf_file"], row["error"]) == (f"{first}.xml", f"{first}.pdf", "")
    assert fake.downloads[f"{first}.xml"] >= 2  # the cut one was fetched again

    (out / f"{first}.pdf").unlink()  # as if killed before it was written
    downloads = sum(fake.downloads.values())
    again = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=out)
    assert (again.downloaded, again.skipped, again.exit_code) == (1, 23, 0)
    assert sum(fake.downloads.values()) == downloads + 1
    assert {row["uuid"]: row for row in manifest(out)} == rows


def test_an_xml_with_another_uuid_is_not_kept(fake, gs, tmp_path) -> None:
    bad = fake.add_invoice(created_at=at(2026, 11, 5, 9, 0))["uuid"]
    fake.add_invoice(created_at=at(2026, 11, 6, 9, 0))
    fake.wrong_xml.add(bad)
    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", formats=["xml"])
    assert (report.exported, report.failed, report.exit_code) == (1, 1, 1)
    assert not (tmp_path / "out" / f"{bad}.xml").exists()
    row = next(row for row in manifest(tmp_path / "out") if row["uuid"] == bad)
    assert "carries UUID" in row["error"] and row["xml_sha256"] == ""
    assert not list((tmp_path / "out").glob(".*part"))


def test_link_requests_are_retried_by_the_job_after_503_and_429(fake, gs, tmp_path) -> None:
    uuid = fake.add_invoice(created_at=at(2026, 11, 5, 9, 0))["uuid"]
    fake.link_faults[uuid] = ["503", "429"]
    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", formats=["pdf"])
    assert (report.exported, report.exit_code) == (1, 0)
    assert fake.requests[f"GET /v2/invoices/{uuid}/files"] == 3
    assert fake.statuses[503] == 1 and fake.statuses[429] == 1


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"since": "2026-11-31", "until": "2026-11-30"}, "YYYY-MM-DD"),
        ({"since": "2026-12-01", "until": "2026-11-30"}, "after"),
        ({"since": "2026-11-01", "until": "2026-11-30", "formats": ["zip"]}, "xml, pdf"),
    ],
)
def test_bad_arguments_fetch_nothing(fake, gs, tmp_path, arguments, words) -> None:
    with pytest.raises(JobInputError, match=words):
        export_invoices(gs, to=tmp_path / "out", **arguments)
    assert fake.total_requests == 0


def test_the_export_command(fake, tmp_path) -> None:
    uuid = fake.add_invoice(created_at=at(2026, 11, 30, 23, 30))["uuid"]
    done = run(fake, "invoices", "export", "--since", "2026-11-01", "--until", "2026-11-30", "--to", str(tmp_path / "o"),
               "--formats", "xml")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir() if not p.name.startswith(".")) == [
        f"{uuid}.xml",
        "manifest.csv",
    ]
    assert "signed-secret" not in done.stderr
    usage = run(fake, "invoices", "export", "--since", "2026-11-01", "--until", "2026-11-30", "--to", str(tmp_path / "o"),
                "--formats", "zip")  # fmt: skip
    assert usage.returncode == 2


def test_the_manifest_opens_in_excel_with_accents_and_no_formula(fake, gs, tmp_path) -> None:
    formula = '=HYPERLINK("https://attacker.example/x","Pagar")'
    fake.add_invoice(
        created_at=at(2026, 11, 3, 10, 0),
        client={"id": "client_1", "legal_name": formula, "tax_id": "EKU9003173C9"},
    )
    fake.add_invoice(
        created_at=at(2026, 11, 4, 10, 0),
        series="-F",
        client={"id": "client_2", "legal_name": "Panadería Ñandú", "tax_id": "XAXX010101000"},
        total=-12.5,
    )
    export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", formats=["xml"])
    raw = (tmp_path / "out" / "manifest.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = {row["client_name"]: row for row in manifest(tmp_path / "out")}
    assert "'" + formula in rows  # shown as text, never run
    accented = rows["Panadería Ñandú"]
    assert accented["series"] == "'-F" and accented["total"] == "-12.5"  # a number stays a number
