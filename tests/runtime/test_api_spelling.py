"""Names as the API spells them: `address.zip`, `page.next`, `webhook.type`, and `next=`/`type=` as
arguments; `_` is added only for Python keywords (`from_`, `global_`). The spellings of 0.1
(`zip_`, `next_`, `type_`) still work until 0.3.0, each with a DeprecationWarning."""

import importlib
import json
import keyword
import pkgutil
import warnings

import pytest

from gigstack import errors
from gigstack._models import Model
from gigstack.api.clients import list_clients
from gigstack.models import Address, Client, ClientList, Tax, Webhook
from support.server import Reply


def every_model() -> list[type[Model]]:
    import gigstack.models as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"gigstack.models.{info.name}")
        found += [value for value in vars(module).values() if isinstance(value, type) and issubclass(value, Model)]
    return [cls for cls in set(found) if cls is not Model]


def test_attributes_and_keywords_use_the_apis_spelling() -> None:
    address = Address(zip="06600", city="Ciudad de México")
    assert address.zip == "06600" and address.to_dict() == {"zip": "06600", "city": "Ciudad de México"}
    page = ClientList.from_dict({"data": [], "next": "client_9", "has_more": True})
    assert page.next == "client_9"
    assert Webhook.from_dict({"id": "w", "url": "https://e.mx", "type": "gigstack_connect"}).type == "gigstack_connect"
    assert Client.from_dict({"id": "c", "from": "api"}).from_ == "api"  # a keyword keeps its `_`
    assert repr(address) == "Address(city='Ciudad de México', zip='06600')"


def test_only_python_keywords_and_deprecated_aliases_end_in_an_underscore() -> None:
    models = every_model()
    assert len(models) > 100
    aliases = 0
    for cls in models:
        for name, attribute in vars(cls).items():
            if not isinstance(attribute, property) or not name.endswith("_") or name.startswith("_"):
                continue
            if keyword.iskeyword(name[:-1]):
                continue
            assert getattr(attribute.fget, "__deprecated__", None), f"{cls.__name__}.{name} is not the API's spelling"
            assert isinstance(vars(cls).get(name[:-1]), property), f"{cls.__name__}.{name} aliases nothing"
            aliases += 1
    assert aliases == 34, "the 34 attributes of 0.1 spelled with a `_` the API does not have"


def test_the_old_spellings_warn_and_still_work() -> None:
    address = Address.from_dict({"zip": "06600"})
    with pytest.warns(DeprecationWarning, match="`zip_` is deprecated: use `zip`"):
        assert address.zip_ == "06600"
    with pytest.warns(DeprecationWarning, match="zip_"):
        address.zip_ = "44100"
    assert address.to_dict() == {"zip": "44100"}
    with pytest.warns(DeprecationWarning, match="zip_= is deprecated; use zip="):
        assert Address(zip_="01000").to_dict() == {"zip": "01000"}
    with pytest.warns(DeprecationWarning, match="next_"):
        assert ClientList.from_dict({"data": [], "next": "c"}).next_ == "c"


def test_the_warning_points_at_the_callers_line() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Address(zip_="01000")
        _ = Address.from_dict({"zip": "1"}).zip_
    assert [warning.filename for warning in caught] == [__file__, __file__]


def test_old_and_new_spellings_together_are_an_argument_error() -> None:
    with pytest.raises(errors.ArgumentError, match="pass zip= only"):
        Address(zip="1", zip_="2")
    with pytest.raises(errors.ArgumentError, match="type is required"):
        Tax(rate=0.16)  # `type` is required: by either name while the old one lasts
    with pytest.warns(DeprecationWarning):
        assert Tax(type_="IVA", rate=0.16).to_dict()["type"] == "IVA"


def test_resource_and_module_arguments_use_the_apis_spelling(server, make_gigstack, make_client) -> None:
    server.queue(*[Reply(200, {"data": [], "has_more": False})] * 4)
    gs = make_gigstack()
    gs.clients.list(next="client_5")
    with pytest.warns(DeprecationWarning, match="next_= is deprecated"):
        gs.clients.list(next_="client_6")
    list_clients.sync(client=make_client(), next="client_7")
    with pytest.warns(DeprecationWarning, match="next_= is deprecated"):
        list_clients.sync(client=make_client(), next_="client_8")
    assert [dict(request.query)["next"] for request in server.received] == [f"client_{n}" for n in (5, 6, 7, 8)]


def test_a_body_field_argument_uses_the_apis_spelling(server, make_gigstack) -> None:
    server.queue(*[Reply(200, {"message": "ok", "data": {"id": "w", "url": "https://e.mx"}})] * 2)
    gs = make_gigstack()
    gs.webhooks.create(url="https://e.mx", type="gigstack_connect")
    with pytest.warns(DeprecationWarning, match="type_= is deprecated"):
        gs.webhooks.create(url="https://e.mx", type_="gigstack_connect")
    assert [json.loads(request.body)["type"] for request in server.received] == ["gigstack_connect"] * 2
