"""Provider self-service through Wagtail: each provider edits only its own folder of listings,
and nothing it changes goes live until a council officer approves it.

The set-up is data (groups, page permissions, a workflow), so it lives in plain idempotent
functions that the demo seed, invitation acceptance and `manage.py setup_site` all call.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.admin import messages
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.accounts.roles import Role, has_role

from . import approval
from .models import LocalOfferPage, Provider, ServiceIndexPage, ServicePage

WORKFLOW_NAME = "Council moderation"
TASK_NAME = "Council officer approval"
PROVIDER_GROUP_PREFIX = "Provider listings: "

# Approving a change counts as a check of the listing (approval.py). apps.ready imports this
# module in every process, so connecting here means no way of approving can miss it.
approval.connect()

# Officers moderate and may fix a listing themselves; providers may add and change but never
# publish, so their every change waits in the workflow.
OFFICER_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
PROVIDER_PAGE_PERMISSIONS = ("add", "change")


@dataclass(frozen=True)
class ProviderAccess:
    provider: Provider
    folder: ServiceIndexPage
    group: Group


def local_offer_root() -> LocalOfferPage | None:
    return LocalOfferPage.objects.order_by("path").first()


def services_index() -> ServiceIndexPage | None:
    """The top folder of services (the one directly under the Local Offer page)."""
    root = local_offer_root()
    if root is None:
        return None
    return (
        ServiceIndexPage.objects.child_of(root)
        .filter(provider__isnull=True)
        .order_by("path")
        .first()
        or ServiceIndexPage.objects.child_of(root).order_by("path").first()
    )


def _grant_page_permissions(group: Group, page: Page, kinds) -> None:
    for kind in kinds:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=f"{kind}_page"
        )
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _admin_access(group: Group) -> None:
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


@transaction.atomic
def ensure_council_moderation() -> Workflow | None:
    """The "Council moderation" workflow on the whole Local Offer, approved by officers.

    Returns None while there is no Local Offer page yet (a fresh database before the seed).
    """
    root = local_offer_root()
    if root is None:
        return None
    officers, _ = Group.objects.get_or_create(name=str(Role.OFFICER))
    _admin_access(officers)
    _grant_page_permissions(officers, root, OFFICER_PAGE_PERMISSIONS)

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(officers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def provider_for_organisation(organisation) -> Provider:
    """The organisation's Provider record: linked already, matched by name, or made now."""
    provider = Provider.objects.filter(organisation=organisation).first()
    if provider is None:
        provider = Provider.objects.filter(
            name=organisation.name, organisation__isnull=True
        ).first()
        if provider is None:
            provider = Provider(name=organisation.name)
        provider.organisation = organisation
        provider.save()
    return provider


def _unique_slug(parent: Page, base: str) -> str:
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def provider_folder(provider: Provider, *, gather_listings: bool = True) -> ServiceIndexPage | None:
    """The provider's own folder under the services index, created (and published) if missing.

    With gather_listings, the provider's listings that sit elsewhere are moved into it, so its
    staff can edit every listing that names them and nothing else.
    """
    folder = ServiceIndexPage.objects.filter(provider=provider).order_by("path").first()
    if folder is None:
        index = services_index()
        if index is None:
            return None
        folder = ServiceIndexPage(
            title=provider.name,
            slug=_unique_slug(index, slugify(provider.name)[:200] or "provider"),
            provider=provider,
            intro=f"Services run by {provider.name}.",
        )
        index.add_child(instance=folder)
        folder.save_revision().publish()
    if gather_listings:
        for listing in ServicePage.objects.filter(provider=provider).exclude(
            path__startswith=folder.path
        ):
            listing.move(folder, pos="last-child")
    return folder


def provider_group(provider: Provider, folder: ServiceIndexPage) -> Group:
    group = Group.objects.filter(
        name__startswith=PROVIDER_GROUP_PREFIX, page_permissions__page=folder
    ).first()
    if group is None:
        group, _ = Group.objects.get_or_create(name=f"{PROVIDER_GROUP_PREFIX}{provider.name}"[:150])
    _admin_access(group)
    _grant_page_permissions(group, folder, PROVIDER_PAGE_PERMISSIONS)
    return group


@transaction.atomic
def grant_provider_access(user) -> ProviderAccess | None:
    """Let a provider's staff member edit their organisation's listings (and only those).

    Safe to call again; does nothing for someone who is not a provider in an organisation, or
    before the Local Offer page exists.
    """
    if not user.organisation_id or not has_role(user, Role.PROVIDER):
        return None
    if ensure_council_moderation() is None:
        return None
    provider = provider_for_organisation(user.organisation)
    folder = provider_folder(provider)
    if folder is None:
        return None
    group = provider_group(provider, folder)
    user.groups.add(group)
    return ProviderAccess(provider=provider, folder=folder, group=group)


def on_role_granted(user, role) -> None:
    """accounts' role hook (see LocalOfferConfig.ready): a new provider can edit at once."""
    grant_provider_access(user)


def revoke_provider_access(user) -> None:
    """Take away listing rights, e.g. when an organisation admin removes a colleague."""
    user.groups.remove(*user.groups.filter(name__startswith=PROVIDER_GROUP_PREFIX))


def set_up_all_providers() -> list[ProviderAccess]:
    """For the seed and `manage.py setup_site`: a folder and group for every provider
    linked to an organisation, and every provider-role member of it added to the group."""
    from portal.accounts.models import User

    ensure_council_moderation()
    granted = []
    for user in User.objects.filter(
        groups__name=str(Role.PROVIDER), organisation__isnull=False, is_active=True
    ).distinct():
        access = grant_provider_access(user)
        if access:
            granted.append(access)
    for provider in Provider.objects.filter(organisation__isnull=False):
        folder = provider_folder(provider)
        if folder is not None:
            provider_group(provider, folder)
    return granted


def seed(stdout) -> None:
    """seed_demo's step (after the Local Offer pages exist): moderation on, providers set up."""
    if ensure_council_moderation() is None:
        stdout.write("  moderation: no Local Offer page, skipped\n")
        return
    granted = set_up_all_providers()
    stdout.write(
        f"  moderation: '{WORKFLOW_NAME}' workflow on the Local Offer; "
        f"{len(granted)} provider staff can edit their own listings\n"
    )


# --- the editor: for someone who cannot publish, sending to the council is the main action -----

SUBMIT_ACTION = "action-submit"
PUBLISH_ACTION = "action-publish"
# The buttons that do more than save a draft (Wagtail's names for them).
NOT_JUST_SAVING = (
    SUBMIT_ACTION,
    PUBLISH_ACTION,
    "action-workflow-action",
    "action-restart-workflow",
    "action-cancel-workflow",
)


def submit_comes_first(menu_items) -> None:
    """Someone who is offered no Publish (a provider) gets "Submit to Council moderation" as the
    main button and "Save draft" in the menu beside it; officers keep Wagtail's order."""
    names = [item.name for item in menu_items]
    if PUBLISH_ACTION in names or SUBMIT_ACTION not in names:
        return
    menu_items.insert(0, menu_items.pop(names.index(SUBMIT_ACTION)))


def submit_label(page) -> str:
    """What the editor's submit button says for this page (Wagtail's own wording)."""
    state = page.current_workflow_state if page.pk else None
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        return f"Resubmit to {state.current_task_state.task.name}"
    return f"Submit to {WORKFLOW_NAME}"


def warn_if_only_saved(request, page) -> None:
    """After "Save draft" by someone who cannot publish: say plainly that the council has not
    got it, so nobody leaves thinking their change is on its way. (Not for autosave, which
    asks for JSON and shows no messages.)"""
    if request.method != "POST" or not request.accepts("text/html"):
        return
    if any(request.POST.get(name) for name in NOT_JUST_SAVING):
        return
    if not page.has_workflow or page.workflow_in_progress:
        return
    if page.permissions_for_user(request.user).can_publish():
        return
    messages.warning(
        request,
        "Saved as a draft, but not sent to the council. Families will not see these changes "
        f'until you choose "{submit_label(page)}" and the council approves them.',
    )
