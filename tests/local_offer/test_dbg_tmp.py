from wagtail.test.utils.form_data import querydict_from_html
def test_dbg(client, site_admin, page_tree):
    service = page_tree.service
    client.force_login(site_admin)
    url = f"/admin/pages/{service.pk}/edit/"
    html = client.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").copy()
    print({k: data.getlist(k) for k in data if "cost" in k or "age" in k or "action" in k})
    data["cost_pence"] = "4.75"
    r = client.post(url, data)
    print(r.status_code, r.get("Location"))
    d = service.get_latest_revision_as_object()
    print(d.cost_pence, d.min_age_months, service.get_latest_revision().content.get("cost_pence"))
    assert 0
