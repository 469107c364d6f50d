def test_smoke(client, local_offer):
    for url in ["/api/oruk/", "/api/oruk/services", "/api/oruk/organizations", "/api/oruk/taxonomies", "/api/oruk/taxonomy_terms", "/api/oruk/service_at_locations"]:
        r = client.get(url)
        print(url, r.status_code, r.content[:1500])
    r = client.get("/api/oruk/services").json()
    for item in r["contents"]:
        d = client.get(f"/api/oruk/services/{item['id']}")
        print(d.status_code, d.content[:3000])
    assert 0
