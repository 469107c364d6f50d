"""The category picker in the page editor: the merged category tree (local_offer.category_tree)
as one group of checkboxes per top category, with a box that narrows the list as you type.

Without JavaScript it is the grouped list, and the filter box stays hidden. One checkbox stands
for one category of the merged tree. Its value is the ids of the terms the page already has in
that category (comma-separated when it has two), or of the category's first term when it has
none: saving keeps each vocabulary's own terms as they were, which the Open Referral UK API
publishes, and a newly ticked category is filed under its first term.
"""

from django import forms

from .category_tree import Category, current_tree


class CategoryPicker(forms.CheckboxSelectMultiple):
    template_name = "local_offer/widgets/category_picker.html"

    class Media:
        js = ["local_offer/category_picker/category_picker.js"]
        css = {"all": ["local_offer/category_picker/category_picker.css"]}

    def id_for_label(self, id_, index=None):
        # The field's own label is a heading: the filter box and each checkbox have their own.
        return ""

    def value_from_datadict(self, data, files, name):
        values = super().value_from_datadict(data, files, name) or []
        return [part for value in values for part in str(value).split(",") if part]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = {str(pk) for pk in (value or [])}
        base_id = (attrs or {}).get("id") or self.attrs.get("id") or f"id_{name}"
        tree = current_tree()
        groups = []
        for number, top in enumerate(tree.top_level()):
            options = [top, *tree.descendants(top)]
            groups.append(
                {
                    "label": top.label,
                    "id": f"{base_id}-group-{number}",
                    "options": [
                        _option(category, chosen, f"{base_id}-{number}-{index}", top)
                        for index, category in enumerate(options)
                    ],
                }
            )
        context["picker"] = {"id": base_id, "name": name, "groups": groups}
        return context


def _option(category: Category, chosen: set[str], option_id: str, top: Category) -> dict:
    ticked = [str(term.pk) for term in category.terms if str(term.pk) in chosen]
    words = {category.label, top.label}
    for term in category.terms:
        words.update((term.label, term.description))
    return {
        "id": option_id,
        "value": ",".join(ticked or [str(category.terms[0].pk)]),
        "checked": bool(ticked),
        "label": category.label,
        "general": category is top,  # the top category's own term: "Health (general)"
        "depth": min(category.depth - top.depth, 3),
        # What typing may match: every name and description of the category's terms.
        "search": " ".join(sorted(word for word in words if word)).casefold(),
    }
