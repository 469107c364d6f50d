"""Forms for invitations, accepting them and deleting an account. Error text is plain English."""

from django import forms
from django.contrib.auth import password_validation

from . import invitations, policy
from .models import Organisation, User
from .roles import Role

# Advice shown beside every new-password field.
PASSWORD_HINT = (
    "Use at least 10 characters. A phrase of 3 or 4 random words is strong and easy to "  # noqa: S105
    "remember. You can use up to 256 characters."
)


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter the email address of the person you are inviting",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    role = forms.ChoiceField(
        label="What will they do?",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select what the person will do",
            "invalid_choice": "Select what the person will do",
        },
    )
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.none(),
        empty_label="Choose an organisation",
        error_messages={
            "required": "Select the organisation they will belong to",
            "invalid_choice": "Select the organisation they will belong to",
        },
    )

    makes_organisation_admin = forms.BooleanField(
        label="They can invite and remove colleagues",
        required=False,
        help_text="Choose this for the person who will look after the team's accounts.",
    )

    def __init__(self, *args, inviter: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.inviter = inviter
        self.fields["role"].choices = [
            (str(role), str(role)) for role in policy.invitable_roles(inviter)
        ]
        organisations = policy.invitable_organisations(inviter)
        self.fields["organisation"].queryset = organisations
        if not policy.is_officer(inviter):
            # An organisation admin can only invite into their own organisation.
            self.fields["organisation"].initial = inviter.organisation_id
            self.fields["organisation"].widget = forms.HiddenInput()
            # Only the council appoints an organisation's admins.
            del self.fields["makes_organisation_admin"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        organisation = cleaned.get("organisation")
        role = cleaned.get("role")
        if email and organisation and invitations.pending_for(email, organisation).exists():
            self.add_error(
                "email",
                f"There is already a waiting invitation for {email} to join {organisation}. "
                "Cancel it on the invitations page before you send a new one.",
            )
        elif (
            email
            and organisation
            and role
            and User.objects.filter(
                email__iexact=email, organisation=organisation, groups__name=role
            ).exists()
        ):
            self.add_error("email", f"{email} is already a {role.lower()} at {organisation}.")
        return cleaned

    @property
    def role_value(self) -> Role:
        return Role(self.cleaned_data["role"])


class AcceptInvitationForm(forms.Form):
    display_name = forms.CharField(
        label="Your name",
        required=False,
        max_length=150,
        help_text="Colleagues and families will see this name.",
    )
    password1 = forms.CharField(
        label="Create a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_HINT,
        error_messages={"required": "Enter a password"},
    )
    password2 = forms.CharField(
        label="Confirm your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Enter your password again"},
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_password1(self):
        password = self.cleaned_data["password1"]
        password_validation.validate_password(password, user=User(email=self.email))
        return password

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("password1")
            and "password2" in cleaned
            and cleaned["password1"] != cleaned["password2"]
        ):
            self.add_error("password2", "The passwords do not match. Type the same password twice.")
        return cleaned


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Enter your password to confirm",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={
            "required": "Enter your password to confirm you want to delete your account"
        },
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                "The password is not correct. Your account has not been deleted."
            )
        return password
