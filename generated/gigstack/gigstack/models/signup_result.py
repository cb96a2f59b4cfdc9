from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signup_api_keys import SignupApiKeys
    from ..models.signup_next_steps import SignupNextSteps
    from ..models.signup_subscription import SignupSubscription


T = TypeVar("T", bound="SignupResult")


@_attrs_define
class SignupResult:
    """The created account. Unlike other responses it is not wrapped in `{message, data}`. It holds
    API keys: see `SignupApiKeys`.

        Attributes:
            user_id (str):  Example: aJGZiWGWQGfZEZk9XbtShj3pxBx2.
            team_id (str):  Example: team_1234567890.
            billing_account_id (None | str | Unset):  Example: ba_1234567890.
            subscription (None | SignupSubscription | Unset):
            api_keys (SignupApiKeys | Unset): The new account's API keys. They are secrets shown once: store them at once.
                They are left
                out of the model's repr() so they do not end up in logs.
            next_steps (None | SignupNextSteps | Unset):
    """

    user_id: str
    team_id: str
    billing_account_id: None | str | Unset = UNSET
    subscription: None | SignupSubscription | Unset = UNSET
    api_keys: SignupApiKeys | Unset = UNSET
    next_steps: None | SignupNextSteps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        team_id = self.team_id

        billing_account_id: None | str | Unset
        if isinstance(self.billing_account_id, Unset):
            billing_account_id = UNSET
        else:
            billing_account_id = self.billing_account_id

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, SignupSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        api_keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = self.api_keys.to_dict()

        next_steps: dict[str, Any] | None | Unset
        if isinstance(self.next_steps, Unset):
            next_steps = UNSET
        elif isinstance(self.next_steps, SignupNextSteps):
            next_steps = self.next_steps.to_dict()
        else:
            next_steps = self.next_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "team_id": team_id,
            }
        )
        if billing_account_id is not UNSET:
            field_dict["billing_account_id"] = billing_account_id
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if next_steps is not UNSET:
            field_dict["next_steps"] = next_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        team_id = d.pop("team_id")

        billing_account_id: None | str | Unset = d.pop("billing_account_id", UNSET)

        subscription_data = d.pop("subscription", UNSET)
        subscription: None | SignupSubscription | Unset
        if not isinstance(subscription_data, dict):
            subscription = cast(None | SignupSubscription | Unset, subscription_data)
        else:
            try:
                subscription_type_0 = SignupSubscription.from_dict(subscription_data)

                subscription = subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                subscription = cast(None | SignupSubscription | Unset, subscription_data)

        _api_keys = d.pop("api_keys", UNSET)
        api_keys: SignupApiKeys | Unset
        if isinstance(_api_keys, Unset):
            api_keys = UNSET
        else:
            api_keys = SignupApiKeys.from_dict(_api_keys)

        next_steps_data = d.pop("next_steps", UNSET)
        next_steps: None | SignupNextSteps | Unset
        if not isinstance(next_steps_data, dict):
            next_steps = cast(None | SignupNextSteps | Unset, next_steps_data)
        else:
            try:
                next_steps_type_0 = SignupNextSteps.from_dict(next_steps_data)

                next_steps = next_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_steps = cast(None | SignupNextSteps | Unset, next_steps_data)

        signup_result = cls(
            user_id=user_id,
            team_id=team_id,
            billing_account_id=billing_account_id,
            subscription=subscription,
            api_keys=api_keys,
            next_steps=next_steps,
        )

        signup_result.additional_properties = d
        return signup_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.signup_api_keys import SignupApiKeys  # noqa: E402
from ..models.signup_next_steps import SignupNextSteps  # noqa: E402
from ..models.signup_subscription import SignupSubscription  # noqa: E402
