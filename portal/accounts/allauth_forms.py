"""allauth's forms with GOV.UK wording: plain labels, no placeholders, specific error messages.

Plugged in through ACCOUNT_FORMS and MFA_FORMS in settings; behaviour is allauth's own.
"""

from allauth.account import forms as account_forms
from allauth.mfa.base import forms as mfa_base_forms
from allauth.mfa.totp import forms as totp_forms

from .forms import PASSWORD_HINT

EMAIL = {
    "label": "Email address",
    "required": "Enter your email address",
    "invalid": "Enter an email address in the correct format, like name@example.com",
}
CODE = {
    "label": "Code from your authenticator app",
    "help_text": "This is the 6-digit code shown in the app. Do not include spaces.",
    "required": "Enter the 6-digit code from your authenticator app",
}


class GovukWordingMixin:
    """Give each named field a label, hint and error messages; drop placeholders everywhere."""

    wording: dict[str, dict[str, str]] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            words = self.wording.get(name, {})
            if "label" in words:
                field.label = words["label"]
            if "help_text" in words:
                field.help_text = words["help_text"]
            for code in ("required", "invalid"):
                if code in words:
                    field.error_messages[code] = words[code]


class LoginForm(GovukWordingMixin, account_forms.LoginForm):
    wording = {
        "login": EMAIL,
        "password": {"label": "Password", "help_text": "", "required": "Enter your password"},
    }


class SignupForm(GovukWordingMixin, account_forms.SignupForm):
    wording = {
        "email": EMAIL,
        "password1": {
            "label": "Create a password",
            "help_text": PASSWORD_HINT,
            "required": "Enter a password",
        },
        "password2": {"label": "Confirm your password", "required": "Enter your password again"},
    }


class ResetPasswordForm(GovukWordingMixin, account_forms.ResetPasswordForm):
    wording = {"email": EMAIL}


NEW_PASSWORD = {
    "password1": {
        "label": "New password",
        "help_text": PASSWORD_HINT,
        "required": "Enter a new password",
    },
    "password2": {
        "label": "Confirm your new password",
        "required": "Enter your new password again",
    },
}


class ResetPasswordKeyForm(GovukWordingMixin, account_forms.ResetPasswordKeyForm):
    wording = NEW_PASSWORD


class ChangePasswordForm(GovukWordingMixin, account_forms.ChangePasswordForm):
    wording = {
        "oldpassword": {
            "label": "Current password",
            "help_text": "",
            "required": "Enter your current password",
        },
        **NEW_PASSWORD,
    }


class SetPasswordForm(GovukWordingMixin, account_forms.SetPasswordForm):
    wording = NEW_PASSWORD


class AddEmailForm(GovukWordingMixin, account_forms.AddEmailForm):
    wording = {"email": {**EMAIL, "label": "New email address"}}


class ReauthenticateForm(GovukWordingMixin, account_forms.ReauthenticateForm):
    wording = {
        "password": {"label": "Password", "help_text": "", "required": "Enter your password"}
    }


class AuthenticateForm(GovukWordingMixin, mfa_base_forms.AuthenticateForm):
    wording = {
        "code": {
            **CODE,
            "help_text": "Enter the 6-digit code from your authenticator app, or one of your "
            "recovery codes if you do not have your phone.",
        }
    }


class MFAReauthenticateForm(GovukWordingMixin, mfa_base_forms.ReauthenticateForm):
    wording = {"code": CODE}


class ActivateTOTPForm(GovukWordingMixin, totp_forms.ActivateTOTPForm):
    wording = {"code": CODE}
