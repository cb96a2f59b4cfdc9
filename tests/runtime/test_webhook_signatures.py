"""`webhooks.unwrap` / `webhooks.verify_signature`: gigstack's `webhook-*` signature headers (the
Standard Webhooks scheme) are checked before the body is read. The specification's test vector
verifies; every variation of it is refused with a WebhookSignatureError that names the check and
never the secret, the signature or the body; secrets come from `secret=` or the environment."""

import base64
import hashlib
import hmac
import json
import pickle
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from gigstack import errors, webhooks

DATA = json.loads((Path(__file__).parents[1] / "webhook_signatures" / "standard_webhooks.json").read_text())
VECTOR = DATA["vector"]
SENT_AT = int(VECTOR["timestamp"])
OUR_SECRET = "whsec_" + base64.b64encode(b"gigstack-python test key, not a real one").decode()
EVENT = {"id": "evt_2Lp7Hc4VxN", "event": "invoice.stamped", "data": {"uuid": "5FB2822E-396D", "invoice_id": "inv_1"}}


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Now is the vector's timestamp; no GIGSTACK_WEBHOOK_SECRET from the machine."""
    monkeypatch.setattr(time, "time", lambda: float(SENT_AT))
    monkeypatch.delenv("GIGSTACK_WEBHOOK_SECRET", raising=False)


def sign(body: bytes, *, secret: str = OUR_SECRET, msg_id: str = "msg_2Kq7XbN4pL9sVd", at: int = SENT_AT) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{at}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(body: bytes, **kwargs: Any) -> dict[str, str]:
    msg_id, at = kwargs.get("msg_id", "msg_2Kq7XbN4pL9sVd"), kwargs.get("at", SENT_AT)
    return {"webhook-id": msg_id, "webhook-timestamp": str(at), "webhook-signature": sign(body, **kwargs)}


def vector_headers(**changes: str) -> dict[str, str]:
    case = {**VECTOR, **changes}
    return {"webhook-id": case["id"], "webhook-timestamp": case["timestamp"], "webhook-signature": case["signature"]}


def everything_said(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error) + str(vars(error))


def test_the_published_vector_verifies() -> None:
    assert sign(VECTOR["body"].encode(), secret=VECTOR["secret"], msg_id=VECTOR["id"]) == VECTOR["signature"]
    for body in (VECTOR["body"], VECTOR["body"].encode(), bytearray(VECTOR["body"].encode())):
        webhooks.verify_signature(body, vector_headers(), secret=VECTOR["secret"])
    webhooks.verify_signature(memoryview(VECTOR["body"].encode()), vector_headers(), secret=VECTOR["secret"])


@pytest.mark.parametrize("case", DATA["refused"], ids=lambda case: case["case"])
def test_each_variation_of_the_vector_is_refused(case: dict[str, str]) -> None:
    headers = vector_headers(**{k: case[k] for k in ("id", "timestamp", "signature") if k in case})
    secret = case.get("secret", VECTOR["secret"])
    with pytest.raises(errors.WebhookSignatureError) as raised:
        webhooks.verify_signature(case.get("body", VECTOR["body"]), headers, secret=secret)
    assert raised.value.reason == case["reason"]
    said = everything_said(raised.value)
    for secret_part in (secret, secret.removeprefix("whsec_"), headers["webhook-signature"].partition(",")[2]):
        assert not secret_part or secret_part not in said
    assert VECTOR["body"] not in said


@pytest.mark.parametrize(
    ("now", "reason"),
    [
        (SENT_AT + 301, "timestamp_too_old"),
        (SENT_AT - 301, "timestamp_in_future"),
        (SENT_AT + 86400, "timestamp_too_old"),
    ],
)
def test_a_delivery_outside_the_tolerance_either_way_is_refused(monkeypatch, now: int, reason: str) -> None:
    monkeypatch.setattr(time, "time", lambda: float(now))
    with pytest.raises(errors.WebhookSignatureError, match="allowed") as raised:
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"])
    assert raised.value.reason == reason


def test_the_tolerance_is_inclusive_and_configurable(monkeypatch) -> None:
    for now in (SENT_AT + 300, SENT_AT - 300):
        monkeypatch.setattr(time, "time", lambda now=now: float(now))
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"])
    monkeypatch.setattr(time, "time", lambda: float(SENT_AT + 3600))
    webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"], tolerance=3600)
    monkeypatch.setattr(time, "time", lambda: float(SENT_AT + 10**9))
    webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"], tolerance=float("inf"))
    monkeypatch.setattr(time, "time", lambda: float(SENT_AT + 3600))
    with pytest.raises(errors.WebhookSignatureError):
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"], tolerance=60)


@pytest.mark.parametrize("tolerance", [-1, float("nan"), "300", True])
def test_a_bad_tolerance_is_an_argument_error(tolerance: Any) -> None:
    with pytest.raises(errors.ArgumentError):
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"], tolerance=tolerance)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
@pytest.mark.parametrize("how", ["absent", "empty"])
def test_each_missing_header_is_refused(missing: str, how: str) -> None:
    headers = vector_headers()
    if how == "absent":
        del headers[missing]
    else:
        headers[missing] = "  "
    with pytest.raises(errors.WebhookSignatureError, match=missing) as raised:
        webhooks.verify_signature(VECTOR["body"], headers, secret=VECTOR["secret"])
    assert raised.value.reason == "missing_header"


def test_legacy_deliveries_without_the_new_headers_are_refused() -> None:
    legacy = {"X-Gigstack-Signature": "5f2c" * 16}
    with pytest.raises(errors.WebhookSignatureError, match="legacy X-Gigstack-Signature") as raised:
        webhooks.verify_signature(VECTOR["body"], legacy, secret=VECTOR["secret"])
    assert raised.value.reason == "missing_header" and "5f2c" * 16 not in everything_said(raised.value)


@pytest.mark.parametrize(
    "listed",
    [
        "v1,bm9wZQ== {good}",
        "{good} v1,bm9wZQ==",
        "v2,{good_b64} v1a,xyz {good}",
        "garbage  v1,!!!  {good}",
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= {good}",
    ],
)
def test_any_one_of_several_signatures_may_match_while_a_secret_rotates(listed: str) -> None:
    body = json.dumps(EVENT).encode()
    good = sign(body)
    headers = signed_headers(body)
    headers["webhook-signature"] = listed.format(good=good, good_b64=good.partition(",")[2])
    assert isinstance(webhooks.unwrap(body, headers, secret=OUR_SECRET), webhooks.WebhookInvoiceStampedEvent)


def test_rotation_with_the_old_and_the_new_secret() -> None:
    body = json.dumps(EVENT).encode()
    new_secret = "whsec_" + base64.b64encode(b"the rotated key").decode()
    headers = signed_headers(body)
    headers["webhook-signature"] = f"{sign(body)} {sign(body, secret=new_secret)}"
    for secret in (OUR_SECRET, new_secret):
        webhooks.verify_signature(body, headers, secret=secret)
    with pytest.raises(errors.WebhookSignatureError):
        webhooks.verify_signature(body, headers, secret=VECTOR["secret"])


def test_only_the_signatures_are_compared_in_constant_time(monkeypatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    headers = vector_headers(signature=f"v1,bm9wZQ== {VECTOR['signature']} v1,AAAA")
    webhooks.verify_signature(VECTOR["body"], headers, secret=VECTOR["secret"])
    assert len(compared) == 3  # every candidate, also after the match


def header_containers(headers: dict[str, str]) -> Iterator[tuple[str, Any]]:
    class FrameworkHeaders:
        """Like werkzeug's EnvironHeaders: not a Mapping, but has items() (and get())."""

        def __init__(self, pairs: list[tuple[str, str]]) -> None:
            self._pairs = pairs

        def items(self) -> list[tuple[str, str]]:
            return list(self._pairs)

        def get(self, name: str, default: str | None = None) -> str | None:
            return next((v for k, v in self._pairs if k.lower() == name.lower()), default)

    class LookupOnly:
        """A headers object with nothing but a case-insensitive get()."""

        def __init__(self, values: dict[str, str]) -> None:
            self._values = {k.lower(): v for k, v in values.items()}

        def get(self, name: str) -> str | None:
            return self._values.get(name.lower())

    title = {name.title(): value for name, value in headers.items()}
    yield "dict, title case", title
    yield "dict, upper case", {name.upper(): value for name, value in headers.items()}
    yield "list of pairs", list(title.items())
    yield "tuple of pairs", tuple(headers.items())
    yield "raw ASGI bytes", [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    yield "httpx.Headers", httpx.Headers(title)
    yield "framework object", FrameworkHeaders(list(title.items()))
    yield "get() only", LookupOnly(title)
    yield "title-case dict subclass", type("Plain", (dict,), {})(title)


@pytest.mark.parametrize("kind", [kind for kind, _ in header_containers({})])
def test_headers_are_matched_case_insensitively_from_any_container(kind: str) -> None:
    containers = dict(header_containers(vector_headers()))
    webhooks.verify_signature(VECTOR["body"], containers[kind], secret=VECTOR["secret"])


def test_repeated_headers_joined_by_a_client_or_proxy() -> None:
    repeated = [("webhook-signature", "v1,bm9wZQ=="), ("webhook-id", VECTOR["id"])]
    headers = httpx.Headers([*vector_headers().items(), *repeated])
    assert headers["webhook-id"] == f"{VECTOR['id']}, {VECTOR['id']}"  # httpx joins repeated lines
    webhooks.verify_signature(VECTOR["body"], headers, secret=VECTOR["secret"])
    joined = {**vector_headers(), "webhook-signature": f"v1,bm9wZQ==, {VECTOR['signature']}"}
    webhooks.verify_signature(VECTOR["body"], joined, secret=VECTOR["secret"])


def test_a_header_sent_twice() -> None:
    pairs = list(vector_headers().items())
    webhooks.verify_signature(VECTOR["body"], [*pairs, ("Webhook-Id", VECTOR["id"])], secret=VECTOR["secret"])
    with pytest.raises(errors.WebhookSignatureError) as raised:
        webhooks.verify_signature(VECTOR["body"], [*pairs, ("webhook-id", "msg_other")], secret=VECTOR["secret"])
    assert raised.value.reason == "duplicate_header"
    # Signatures in two header lines are one list.
    split = [(k, v) for k, v in pairs if k != "webhook-signature"]
    split += [("webhook-signature", "v1,bm9wZQ=="), ("webhook-signature", VECTOR["signature"])]
    webhooks.verify_signature(VECTOR["body"], split, secret=VECTOR["secret"])


@pytest.mark.parametrize("headers", [None, "webhook-id: x", b"raw", 42, [("only-one",)], [1, 2]])
def test_headers_of_the_wrong_kind_are_an_argument_error(headers: Any) -> None:
    with pytest.raises(errors.ArgumentError):
        webhooks.verify_signature(VECTOR["body"], headers, secret=VECTOR["secret"])


def test_the_secret_comes_from_the_environment_and_secret_wins(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_WEBHOOK_SECRET", VECTOR["secret"] + "\n")
    webhooks.verify_signature(VECTOR["body"], vector_headers())
    with pytest.raises(errors.WebhookSignatureError):
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=OUR_SECRET)


def test_a_secret_without_the_prefix_is_its_base64_key() -> None:
    webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"].removeprefix("whsec_"))


@pytest.mark.parametrize(
    "secret",
    ["", "   ", "whsec_", "whsec_not base64!", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS", "whsec_ñandú", "whsec_===="],
)
def test_a_bad_secret_is_a_configuration_error_that_does_not_show_it(secret: str) -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=secret)
    assert not isinstance(raised.value, errors.WebhookSignatureError)
    if secret.strip().removeprefix("whsec_"):
        assert secret.strip().removeprefix("whsec_") not in everything_said(raised.value)


def test_a_bad_secret_in_the_environment_is_named_without_its_value(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_WEBHOOK_SECRET", "whsec_s3cr3t-not-base64")
    with pytest.raises(errors.ConfigurationError, match="GIGSTACK_WEBHOOK_SECRET") as raised:
        webhooks.unwrap(VECTOR["body"], vector_headers())
    assert "s3cr3t" not in everything_said(raised.value)


def test_no_secret_at_all_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="GIGSTACK_WEBHOOK_SECRET"):
        webhooks.unwrap(VECTOR["body"], vector_headers())


def test_a_secret_that_is_not_a_str_is_an_argument_error() -> None:
    with pytest.raises(errors.ArgumentError):
        webhooks.verify_signature(VECTOR["body"], vector_headers(), secret=VECTOR["secret"].encode())  # type: ignore[arg-type]


def test_unwrap_gives_the_typed_event_of_a_signed_delivery() -> None:
    body = json.dumps(EVENT).encode()
    event = webhooks.unwrap(body, signed_headers(body), secret=OUR_SECRET)
    assert isinstance(event, webhooks.WebhookInvoiceStampedEvent) and event.data.uuid == "5FB2822E-396D"
    assert event.to_dict() == EVENT


def test_a_signed_body_that_is_not_an_event_is_a_payload_error() -> None:
    body = b"<html>signed, but not an event</html>"
    with pytest.raises(errors.WebhookPayloadError):
        webhooks.unwrap(body, signed_headers(body), secret=OUR_SECRET)


def test_a_refused_delivery_is_never_parsed(monkeypatch) -> None:
    def must_not_parse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed before the signature was checked")

    monkeypatch.setattr(webhooks, "parse_event", must_not_parse)
    body = json.dumps(EVENT).encode()
    forged = json.dumps({**EVENT, "event": "payment.succeeded"}).encode()
    for refused, headers in ((forged, signed_headers(body)), (b"not json", signed_headers(body)), (body, {})):
        with pytest.raises(errors.WebhookSignatureError):
            webhooks.unwrap(refused, headers, secret=OUR_SECRET)


def test_the_error_is_a_value_error_and_survives_pickling() -> None:
    with pytest.raises(errors.WebhookSignatureError) as raised:
        webhooks.verify_signature("{}", vector_headers(), secret=VECTOR["secret"])
    error = raised.value
    assert isinstance(error, ValueError) and isinstance(error, errors.GigstackError)
    assert not isinstance(error, errors.WebhookPayloadError)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.reason) == (type(error), str(error), error.reason)


def test_signature_headers_sign_as_gigstack_does() -> None:
    made = webhooks.signature_headers(
        VECTOR["body"], secret=VECTOR["secret"], message_id=VECTOR["id"], timestamp=SENT_AT
    )
    assert made == vector_headers()
    body = json.dumps(EVENT).encode()
    fresh = webhooks.signature_headers(body, secret=OUR_SECRET)
    assert fresh["webhook-id"].startswith("msg_") and fresh["webhook-timestamp"] == str(SENT_AT)
    assert fresh["webhook-id"] != webhooks.signature_headers(body, secret=OUR_SECRET)["webhook-id"]
    assert webhooks.unwrap(body, fresh, secret=OUR_SECRET).to_dict() == EVENT


@pytest.mark.parametrize("timestamp", [-1, 1.5, "1614265330", True])
def test_signature_headers_refuse_a_timestamp_that_is_not_unix_seconds(timestamp: Any) -> None:
    with pytest.raises(errors.ArgumentError):
        webhooks.signature_headers(VECTOR["body"], secret=VECTOR["secret"], timestamp=timestamp)
