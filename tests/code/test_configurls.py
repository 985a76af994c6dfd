"""Config-gated findings (personal data sent to a URL read from configuration) survive only when the tree's
configuration gives that key a non-local plain http:// URL; the scan applies the gate end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import configurls, scan_code
from scanner.code.projects import Projects
from scanner.code.semgrep import Match
from scanner.config import CodeConfig


def _match(key: str) -> Match:
    return Match("personal-data-to-configured-url-python", Path("/x/a.py"), 3, 3, 1,
                 f"Personal or card data (x) is sent to the URL in config key '{key}', ...", "high",
                 {"category": "insecure_transport", configurls.GATE: True})


@pytest.mark.parametrize("name, text, key, kept", [
    ("settings.py", 'PERMIT_OFFICE_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", True),
    ("config.py", '    ELIGIBILITY_URL = os.environ.get("ELIGIBILITY_URL", "http://rx.example/check")\n', '"ELIGIBILITY_URL"', True),
    (".env", "LAB_PARTNER_URL=http://lab.partner.example\n", "LAB_PARTNER_URL", True),
    ("application.yml", "partner:\n  lab-url: http://lab.example/api\n", "partner.lab_url", True),
    ("settings.py", 'PERMIT_OFFICE_URL = "https://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
    ("settings.py", 'PERMIT_OFFICE_URL = "http://localhost:8000/api"\n', "PERMIT_OFFICE_URL", False),
    ("settings.py", 'OTHER_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
    ("notes.md", 'PERMIT_OFFICE_URL = "http://permits.example/api"\n', "PERMIT_OFFICE_URL", False),
    # Node config objects: the nested path of the value, and the environment default inside it.
    ("services.ts", "export default {\n  pos: {\n    url: env.get('POS_URL', 'http://till.shop.lan/charge'),\n  },\n}\n",
     "services.pos.url", True),
    ("services.ts", "export default {\n  pos: {\n    url: env.get('POS_URL', 'http://till.shop.lan/charge'),\n  },\n}\n",
     "POS_URL", True),
    ("services.ts", "export default {\n  pos: { url: 'http://till.shop.lan' },\n  crm: { url: 'https://crm.example' },\n}\n",
     "config.crm.url", False),
    # A bare `url` names no service: one plain-http url elsewhere does not open every other url key.
    ("services.ts", "export default {\n  pos: { url: 'http://till.shop.lan' },\n}\n", "config.url", False),
    # PHP config arrays (CakePHP app.php, Laravel config/services.php), old array() syntax too.
    ("app.php", "return [\n    'Shipping' => [\n        'endpoint' => 'http://labels.parcel.example',\n    ],\n];\n",
     "Shipping.endpoint", True),
    ("services.php", "return array(\n  'ledger' => array('url' => env('LEDGER_URL', 'http://ledger.example')),\n);\n",
     "services.ledger.url", True),
    # Symfony scoped HTTP clients, named by service id or by the autowired argument ($badgesClient).
    ("framework.yaml", "framework:\n  http_client:\n    scoped_clients:\n      badges.client:\n"
     "        base_uri: 'http://printer.venue.lan:8631'\n      crm.client:\n        base_uri: 'https://crm.example'\n",
     "badgesClient.base_uri", True),
    ("framework.yaml", "framework:\n  http_client:\n    scoped_clients:\n      badges.client:\n"
     "        base_uri: 'http://printer.venue.lan:8631'\n      crm.client:\n        base_uri: 'https://crm.example'\n",
     "crm.client.base_uri", False),
    # Ruby: dry-configurable / Hanami settings, Rails config.x.
    ("settings.rb", 'setting :classroom_url, default: "http://rooms.school.lan/api", constructor: Types::String\n',
     "classroom_url", True),
    ("production.rb", 'config.x.courier.url = "http://dispatch.courier.example"\n', "courier.url", True),
    # Go struct tags: the field and its environment name.
    ("config.go", 'type C struct {\n\tKioskURL string `envconfig:"KIOSK_URL" default:"http://10.2.0.5/settle"`\n}\n',
     "Kiosk.URL", True),
    ("config.go", 'type C struct {\n\tKioskURL string `envconfig:"KIOSK_URL" default:"http://10.2.0.5/settle"`\n}\n',
     "KIOSK_URL", True),
    # PHP config classes (CodeIgniter 4 app/Config/*.php): a typed public property.
    ("Permits.php", "<?php\nclass Permits extends BaseConfig\n{\n    public string $registryFeedUrl = "
     "'http://registry.council.example/push';\n}\n", "registryFeedUrl", True),
    # INI sections (Pyramid, setup.cfg): the key as written under the section.
    ("development.ini", "[app:main]\ncrm.url = http://crm.office.lan/api\n", "crm.url", True),
])
def test_gate_keeps_only_plain_http_keys(name: str, text: str, key: str, kept: bool) -> None:
    urls = configurls.PlainUrls()
    if configurls.wanted(Path(name)):
        urls.observe(name, text)
    other = Match("r", Path("/x/b.py"), 1, 1, 1, "m", "high", {})
    assert configurls.gate((_match(key), other), urls) == ((_match(key), other) if kept else (other,))


@pytest.mark.semgrep
@pytest.mark.parametrize("literals", [True, False], ids=["with-literals", "without-literals"])
def test_scan_reports_data_posted_to_an_http_url_from_settings(tmp_path: Path, literals: bool) -> None:
    (tmp_path / "settings.py").write_text('PARTNER_URL = "http://partner.example/api/residents"\n', encoding="utf-8")
    (tmp_path / "client.py").write_text(
        "import requests\nfrom app import settings\n\n\ndef push(resident):\n"
        '    requests.post(settings.PARTNER_URL, json={"address": resident.home_address})\n', encoding="utf-8")
    found = [f for f in scan_code(CodeConfig(paths=[tmp_path], literals=literals)).code_findings
             if f.category == "insecure_transport"]
    # the request, and the setting that writes the address out (the line to change)
    assert [(f.path, f.line) for f in found] == [("client.py", 6), ("settings.py", 1)]
    (tmp_path / "settings.py").write_text('PARTNER_URL = "https://partner.example/api/residents"\n', encoding="utf-8")
    assert not [f for f in scan_code(CodeConfig(paths=[tmp_path], literals=literals)).code_findings
                if f.category == "insecure_transport"]


@pytest.mark.parametrize("files, key, kept", [
    # Micronaut: the service id's URL from application.yml.
    ({"TelematicsClient.java": '@Client(id = "telematics")\npublic interface TelematicsClient {}\n',
      "application.yml": "micronaut:\n  http:\n    services:\n      telematics:\n        url: http://tm.fleet.lan:9000\n"},
     "TelematicsClient", True),
    ({"TelematicsClient.java": '@Client(id = "telematics")\npublic interface TelematicsClient {}\n',
      "application.yml": "micronaut:\n  http:\n    services:\n      telematics:\n        url: https://tm.example\n"},
     "TelematicsClient", False),
    # A URL written in the annotation itself.
    ({"LabelsClient.java": '@Client("http://labels.depot.lan")\ninterface LabelsClient {}\n'}, "LabelsClient", True),
    # OpenFeign: the property its url names.
    ({"CrmClient.java": '@FeignClient(name = "crm", url = "${partner.crm.url}")\npublic interface CrmClient {}\n',
      "application.properties": "partner.crm.url=http://crm.partner.lan/api\n"}, "CrmClient", True),
    # Spring: a client field injected by bean name, the bean built on a @Value URL property.
    ({"HttpConfig.java": '@Bean\nRestTemplate stationeryRestTemplate(RestTemplateBuilder b, '
                         '@Value("${planner.stationery.base-url}") String url) {\n  return b.rootUri(url).build();\n}\n',
      "Partners.java": 'Partners(@Qualifier("stationeryRestTemplate") RestTemplate stationery) {}\n',
      "application.properties": "planner.stationery.base-url=http://orders.paper.example/api\n"}, "stationery", True),
    # ... or injected by parameter name into a constructor that keeps it in a field of another name.
    ({"HttpConfig.java": '@Bean\nRestClient gmsRestClient(@Value("${garage.gms.base-url}") String url) {\n'
                         '  return RestClient.builder().baseUrl(url).build();\n}\n',
      "GmsClient.java": 'GmsClient(RestClient gmsRestClient) {\n  this.gms = gmsRestClient;\n}\n',
      "application.yml": "garage:\n  gms:\n    base-url: ${GMS_URL:http://gms.garage.lan:7001/api}\n"}, "gms", True),
    ({"HttpConfig.java": '@Bean\nRestClient gmsRestClient(@Value("${garage.gms.base-url}") String url) {\n'
                         '  return RestClient.builder().baseUrl(url).build();\n}\n',
      "GmsClient.java": 'GmsClient(RestClient gmsRestClient) {\n  this.gms = gmsRestClient;\n}\n',
      "application.yml": "garage:\n  gms:\n    base-url: ${GMS_URL:https://gms.example/api}\n"}, "gms", False),
    ({"HttpConfig.java": '@Bean\nWebClient fleetClient(@Value("${carwash.fleet-url}") String url) {\n  return null;\n}\n',
      "application.yml": "carwash:\n  fleet-url: https://fleet.example\n"}, "fleetClient", False),
    # A client type that is no declarative client keeps nothing.
    ({"application.yml": "services:\n  telematics:\n    url: http://tm.fleet.lan\n"}, "HttpClient", False),
])
def test_gate_resolves_declarative_clients(files: dict[str, str], key: str, kept: bool) -> None:
    urls = configurls.PlainUrls()
    for name, text in files.items():
        urls.observe(name, text)
    assert urls.plain(key) is kept


@pytest.mark.parametrize("setting_dir, code_dir, kept", [
    ("svc_a", "svc_a", True),  # the setting and the request in one project
    ("svc_b", "svc_a", False),  # a sibling project's setting gates nothing
    ("", "svc_a", True),  # the enclosing project's (or the bare root's) setting applies below it
    ("svc_a", "", False),  # a nested project's setting does not apply to the code around it
])
def test_gate_is_scoped_to_the_project(tmp_path: Path, setting_dir: str, code_dir: str, kept: bool) -> None:
    for name in ("svc_a", "svc_b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    projects = Projects(tmp_path)
    urls = configurls.PlainUrls()
    urls.observe("settings.py", 'PARTNER_URL = "http://partner.example/api"\n',
                 projects.of(tmp_path / setting_dir / "settings.py"))
    match = Match("personal-data-to-configured-url-python", tmp_path / code_dir / "client.py", 3, 3, 1,
                  "Personal or card data (x) is sent to the URL in config key 'PARTNER_URL', ...", "high",
                  {"category": "insecure_transport", configurls.GATE: True})
    assert configurls.gate((match,), urls, projects) == ((match,) if kept else ())


@pytest.mark.semgrep
def test_scan_of_several_projects_keeps_each_projects_settings(tmp_path: Path) -> None:
    for name, scheme in (("billing", "https"), ("crm", "http")):
        app = tmp_path / name
        app.mkdir()
        (app / "requirements.txt").write_text("requests\n")
        (app / "settings.py").write_text(f'PARTNER_URL = "{scheme}://partner.example/api"\n')
        (app / "client.py").write_text(
            "import requests\nfrom app import settings\n\n\ndef push(resident):\n"
            '    requests.post(settings.PARTNER_URL, json={"address": resident.home_address})\n')
    found = [f for f in scan_code(CodeConfig(paths=[tmp_path], literals=False)).code_findings
             if f.category == "insecure_transport"]
    assert [(f.path, f.line) for f in found] == [("crm/client.py", 6), ("crm/settings.py", 1)]


def test_checkouts_without_manifests_are_one_project_each(tmp_path: Path) -> None:
    for name in ("tickets", "clinic"):
        (tmp_path / name / "app").mkdir(parents=True)
    projects = Projects(tmp_path, [tmp_path])
    assert projects.of(tmp_path / "tickets" / "app" / "clients.py") == "tickets"
    assert projects.of(tmp_path / "clinic" / "app" / "sms.ts") == "clinic"
    assert projects.of(tmp_path / "settings.py") == ""  # the scanned path's own files apply to all below it
    (tmp_path / "clinic" / "package.json").write_text("{}")
    (tmp_path / "clinic" / "app" / "package.json").write_text("{}")
    assert Projects(tmp_path, [tmp_path]).of(tmp_path / "clinic" / "app" / "sms.ts") == "clinic/app"


def test_a_scanned_project_root_is_one_project(tmp_path: Path) -> None:
    (tmp_path / "Gemfile").write_text("source 'https://rubygems.org'\n")
    for name in ("app", "config"):
        (tmp_path / name).mkdir()
    projects = Projects(tmp_path, [tmp_path])
    assert projects.of(tmp_path / "app" / "clients" / "turnstile_client.rb") == ""
    assert projects.of(tmp_path / "config" / "application.rb") == ""
