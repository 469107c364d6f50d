"""Council officers and site admins keep the list of organisations (Wagtail snippet)."""

from django.db import migrations

MANAGERS = ["Council officer", "Site admin"]
CODENAMES = ["add_organisation", "change_organisation", "view_organisation"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    content_type, _ = ContentType.objects.get_or_create(app_label="accounts", model="organisation")
    permissions = []
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.split('_')[0]} organisation"},
        )
        permissions.append(permission)
    for group in Group.objects.filter(name__in=MANAGERS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="accounts", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=MANAGERS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_invitation_makes_organisation_admin"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
