"""{% govuk_pagination page_obj "Pages of services" %}: GOV.UK pagination for a Django page of
results, linking to ?page=N and keeping the rest of the address's query."""

from django import template

from portal.pagination import paginate

register = template.Library()


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def govuk_pagination(context, page_obj, label):
    params = context["request"].GET.copy()

    def href(number: int) -> str:
        params["page"] = number
        return "?" + params.urlencode()

    return {"pagination": paginate(page_obj.number, page_obj.paginator.num_pages, href),
            "label": label}
