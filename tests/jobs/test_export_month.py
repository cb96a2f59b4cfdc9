"""The accountant's whole month: every CFDI type with its `type` in the manifest, filters by type
and status, the manifest alone; links that are not https refused; files streamed to disk, checked
against the manifest on resume; one export of a directory at a time."""

import datetime as dt
import tracemalloc
from zoneinfo import ZoneInfo

import pytest

from gigstack.jobs import JobError, JobInputError, export_invoices
from gigstack.jobs._journal import _lock
from jobs.test_export import manifest

MEXICO_CITY = ZoneInfo("America/Mexico_City")


def at(day: int) -> int:
    return int(dt.datetime(2026, 11, day, 12, 0, tzinfo=MEXICO_CITY).timestamp())


def month(fake) -> dict[str, str]:
    return {
        kind: fake.add_invoice(created_at=at(day), invoice_type=kind)["uuid"]
        for day, kind in ((3, "I"), (4, "E"), (5, "P"), (6, "T"))
    }


def test_every_cfdi_type_is_exported_with_its_type(fake, gs, tmp_path) -> None:
    uuids = month(fake)
    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out")
    assert (report.invoices, report.exported) == (4, 4)
    assert {row["uuid"]: row["type"] for row in manifest(tmp_path / "out")} == {u: k for k, u in uuids.items()}
    assert all((tmp_path / "out" / f"{u}.pdf").exists() for u in uuids.values())


def test_types_status_and_the_manifest_alone(fake, gs, tmp_path) -> None:
    uuids = month(fake)
    cancelled = fake.add_invoice(created_at=at(7), invoice_type="I", status="cancelled")["uuid"]
    chosen = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "a", types="I,E", status="valid")
    assert {row["uuid"] for row in manifest(tmp_path / "a")} == {uuids["I"], uuids["E"]} and chosen.invoices == 2

    def link_requests() -> int:
        return sum(count for name, count in fake.requests.items() if name.endswith("/files"))

    links = link_requests()
    alone = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "b", formats="none")
    assert alone.invoices == 5 and cancelled in {row["uuid"] for row in manifest(tmp_path / "b")}
    assert sorted(p.name for p in (tmp_path / "b").iterdir() if not p.name.startswith(".")) == ["manifest.csv"]
    assert link_requests() == links > 0  # no link asked for: the manifest alone
    with pytest.raises(JobInputError, match="types"):
        export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "c", types="X")


def test_a_link_that_is_not_https_is_refused(fake, gs, tmp_path) -> None:
    fake.add_invoice(created_at=at(3))
    fake.link_origin = "http://files.example.com"  # plain http to another host: never fetched
    report = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", types="I")
    (row,) = manifest(tmp_path / "out")
    assert report.failed == 1 and "not https" in row["error"]
    assert sum(fake.downloads.values()) == 0


def test_a_big_pdf_is_streamed_to_disk(fake, gs, tmp_path) -> None:
    fake.pdf_padding = b"%" + b"0" * (16 * 1024 * 1024)  # built before measuring: only the client counts
    uuid = fake.add_invoice(created_at=at(3))["uuid"]
    tracemalloc.start()
    try:
        export_invoices(gs, since="2026-11-01", until="2026-11-30", to=tmp_path / "out", formats="pdf", types="I")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (tmp_path / "out" / f"{uuid}.pdf").stat().st_size > 16 * 1024 * 1024
    assert peak < 4 * 1024 * 1024, peak  # the file never whole in memory


def test_resume_checks_each_file_against_the_manifest(fake, gs, tmp_path) -> None:
    uuid = fake.add_invoice(created_at=at(3))["uuid"]
    out = tmp_path / "out"
    export_invoices(gs, since="2026-11-01", until="2026-11-30", to=out, types="I")
    before = sum(fake.downloads.values())
    with (out / f"{uuid}.pdf").open("ab") as stream:
        stream.write(b"% changed on disk")  # still a PDF by its first bytes: only the size and hash tell
    again = export_invoices(gs, since="2026-11-01", until="2026-11-30", to=out, types="I")
    assert (again.downloaded, again.skipped) == (1, 1)
    assert sum(fake.downloads.values()) == before + 1
    (row,) = manifest(out)
    assert int(row["pdf_bytes"]) == (out / f"{uuid}.pdf").stat().st_size


def test_one_export_of_a_directory_at_a_time(fake, gs, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    held = _lock(out, ".export.lock")
    try:
        with pytest.raises(JobError, match="another run"):
            export_invoices(gs, since="2026-11-01", until="2026-11-30", to=out)
    finally:
        held.close()


def test_the_command_takes_types_status_and_formats_none(fake, tmp_path) -> None:
    from jobs.test_cli import run

    uuids = month(fake)
    fake.add_invoice(created_at=at(8), invoice_type="E", status="cancelled")
    out = tmp_path / "out"
    done = run(fake, "invoices", "export", "--since", "2026-11-01", "--until", "2026-11-30", "--to", str(out),
               "--types", "i,e", "--status", "valid", "--formats", "none")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {row["uuid"]: row["type"] for row in manifest(out)} == {uuids["I"]: "I", uuids["E"]: "E"}
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["manifest.csv"]
    bad = run(
        fake, "invoices", "export", "--since", "2026-11-01", "--until", "2026-11-30", "--to", str(out), "--types", "X"
    )
    assert bad.returncode == 2 and "I, E, P and T" in bad.stderr
