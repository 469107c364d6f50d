"""Create one group per role, and let the roles that work in the Wagtail admin reach it.

Role names are written out here rather than imported, so this migration keeps doing the same
thing if roles.py changes later (a renamed role needs its own migration).
"""

from django.db import migrations

ROLE_NAMES = [
    "Parent or carer",
    "Young person",
    "Provider",
    "Key worker",
    "Council officer",
    "Safeguarding lead",
    "Young commissioner",
    "Site admin",
]

# Providers edit their own listings and officers moderate them in Wagtail; the safeguarding
# lead works routed feedback there too. Families and key workers use the public site only.
ADMIN_ROLE_NAMES = ["Provider", "Council officer", "Safeguarding lead", "Site admin"]


def create_role_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for name in ROLE_NAMES:
        group, _ = Group.objects.get_or_create(name=name)
        if name in ADMIN_ROLE_NAMES:
            group.permissions.add(access_admin)


def remove_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_invitations"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
