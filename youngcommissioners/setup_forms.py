"""Forms of the set-up pages: a group, an invitation, a project, a criterion, a milestone, and
the search box of the choose-a-service lists."""

from django import forms

from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.family.dates import DateField

from .models import CommissionerGroup, Criterion, Milestone, Project


def _officers():
    return User.objects.filter(groups__name=str(Role.OFFICER), is_active=True).order_by(
        "display_name", "email"
    )


class OfficerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_full_name()} ({obj.email})" if obj.display_name else obj.email


class GroupForm(forms.ModelForm):
    name = forms.CharField(
        label="Name of the group", max_length=120,
        error_messages={"required": "Enter the name of the group",
                        "max_length": "The name must be 120 characters or fewer"},
    )
    supporting_officer = OfficerChoiceField(
        label="Supporting officer (optional)", required=False, queryset=_officers(),
        empty_label="Nobody yet",
        help_text="They see members' names and help the group set its criteria.",
    )

    class Meta:
        model = CommissionerGroup
        fields = ["name", "supporting_officer"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["supporting_officer"].queryset = _officers()

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        taken = CommissionerGroup.objects.filter(name__iexact=name).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError("There is already a group with this name")
        return name


class InviteForm(forms.Form):
    email = forms.EmailField(
        label="Young person's email address", max_length=254,
        help_text="We will email them a link to join. They sign in, or create an account, with "
        "this address.",
        error_messages={"required": "Enter the young person's email address",
                        "invalid": "Enter an email address like name@example.com"},
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.group = group

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if self.group.membership_set.filter(user__email__iexact=email).exists():
            raise forms.ValidationError("This person is already in the group")
        return email


class ProjectForm(forms.ModelForm):
    title = forms.CharField(
        label="Title", max_length=200, help_text="For example, Review short breaks for 14-19s",
        error_messages={"required": "Enter the project's title",
                        "max_length": "The title must be 200 characters or fewer"},
    )
    description = forms.CharField(
        label="What the project is about (optional)", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": "The description must be 2,000 characters or fewer"},
    )
    starts_on = DateField(label="Starts", what="the date the project starts", past_only=False,
                          required=False)
    ends_on = DateField(label="Ends", what="the date the project ends", past_only=False,
                        required=False)

    class Meta:
        model = Project
        fields = ["title", "description", "starts_on", "ends_on"]

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "The project must end on or after the day it starts")
        return cleaned


class CriterionForm(forms.ModelForm):
    text = forms.CharField(
        label="What should services be judged by?", max_length=120,
        help_text="In your own words, for example \u201cEasy to get to\u201d or \u201cStaff "
        "listen to me\u201d",
        error_messages={"required": "Enter what services should be judged by",
                        "max_length": "Keep it to 120 characters or fewer"},
    )

    class Meta:
        model = Criterion
        fields = ["text"]


class MilestoneForm(forms.ModelForm):
    title = forms.CharField(
        label="What will happen", max_length=200,
        error_messages={"required": "Enter what will happen",
                        "max_length": "Keep it to 200 characters or fewer"},
    )
    planned_for = DateField(label="Planned for", what="the planned date", past_only=False)
    done = forms.BooleanField(label="This has happened", required=False)
    done_on = DateField(label="Date it happened (optional)", what="the date it happened",
                        required=False, help_text="Leave empty for today.")

    class Meta:
        model = Milestone
        fields = ["title", "planned_for", "done", "done_on"]


class ServiceSearchForm(forms.Form):
    q = forms.CharField(label="Search services by name", required=False, max_length=100)

    def words(self) -> list[str]:
        if not self.is_valid():
            return []
        return self.cleaned_data["q"].split()[:6]
