"""Personal data handed to a vendor through the app's own client (scanner.code.vendorcalls), over small trees: the
request's receiver or address names a catalogue vendor; the finding is on the payload's personal line; hashed values,
keys, ids, partners and calls into the app's own wrapper modules are not reported."""

from __future__ import annotations

from pathlib import Path

from scanner.code.clients import Clients
from scanner.code.configvalues import Settings
from scanner.code.filelines import FileLines
from scanner.code.payloads import refocus
from scanner.code.semgrep import Match
from scanner.code.vendorcalls import RULE, VendorCalls, names_host, names_vendor
from scanner.code.wrappers import local_modules, wrapper_call


def _scan(tmp_path: Path, files: dict[str, str], reported: tuple[Match, ...] = ()) -> list[tuple[str, int]]:
    calls = VendorCalls()
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        calls.observe(rel, path, text)
    found = calls.matches(reported, FileLines())
    assert all(m.rule_id == RULE and m.metadata["category"] == "pii_to_third_party" for m in found)
    return sorted((m.path.relative_to(tmp_path).as_posix(), m.line) for m in found)


def test_ruby_resource_named_for_the_vendor(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"app/services/keap_client.rb": (
        "class KeapClient\n"
        "  def upsert(passenger)\n"
        "    payload = {\n"
        "      given_name: passenger.first,\n"
        "      email_addresses: [{ email: passenger.email, field: \"EMAIL1\" }],\n"
        "    }\n"
        "    Http::KEAP[\"contacts\"].put(payload.to_json)\n"
        "  end\n"
        "\n"
        "  def flown(passenger)\n"
        "    body = { Email: Digest::SHA256.hexdigest(passenger.email), Flight: 3 }\n"
        "    Http::KEAP[\"tags/#{ENV['TAG']}/contacts\"].post(body.to_json)\n"
        "  end\n"
        "end\n")})
    # the hashed e-mail under an `Email:` key is no personal value; the first payload's e-mail line is the finding
    assert found == [("app/services/keap_client.rb", 5)]


def test_go_client_field_and_inline_payload(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"internal/data/vendors.go": (
        "func (v *Vendors) Signup(ctx context.Context, c *Client) error {\n"
        "\tev := event{Name: \"signup\", Props: map[string]string{\"plan\": c.Plan, \"contact\": c.ContactEmail}}\n"
        "\treturn v.plausible.Invoke(ctx, http.MethodPost, \"/api/event\", ev, nil)\n"
        "}\n"
        "func (v *Vendors) Card(ctx context.Context, c *Client) error {\n"
        "\tsum := sha256.Sum256([]byte(c.ContactEmail))\n"
        "\tev := event{Name: \"card\", Props: map[string]string{\"client\": hex.EncodeToString(sum[:])}}\n"
        "\treturn v.plausible.Invoke(ctx, http.MethodPost, \"/api/event\", ev, nil)\n"
        "}\n")})
    assert found == [("internal/data/vendors.go", 2)]


def test_address_bound_to_a_vendor_setting(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"src/lib/server/vendors/countly.ts": (
        "import { vendors } from '../http';\n"
        "const base = integrations.countly.baseUrl;\n"
        "export async function details(t: Thrower) {\n"
        "  await vendors.get(`${base}/i`).query({\n"
        "    device_id: t.id,\n"
        "    user_details: JSON.stringify({ email: t.email })\n"
        "  });\n"
        "}\n"
        "export async function event(t: Thrower) {\n"
        "  await vendors.get(`${base}/i`).query({ device_id: t.id, events: '[]' });\n"
        "}\n")})
    assert found == [("src/lib/server/vendors/countly.ts", 6)]


def test_partner_and_unnamed_clients_are_not_vendors(tmp_path: Path) -> None:
    assert _scan(tmp_path, {"app/partners.py": (
        "from .http import pool\n"
        "import mixpanel_helpers\n"
        "def book(guest):\n"
        "    pool.request('POST', cfg['wetsuit_url'], fields={'email': guest.email})\n"
        "    rimwell.post('/fittings', json={'name': guest.full_name})\n")}) == []


def test_request_a_rule_already_reported_is_left_to_it(tmp_path: Path) -> None:
    text = ("def sync(person):\n"
            "    body = {'email': person.email}\n"
            "    mautic_client.post('/api/contacts/new', json=body)\n")
    path = tmp_path / "crm.py"
    rule = Match("pii-to-vendor-api-python", path, 3, 3, 5, "m", "high", {"category": "pii_to_third_party"})
    assert _scan(tmp_path, {"crm.py": text}) == [("crm.py", 2)]
    assert _scan(tmp_path, {"crm.py": text}, (rule,)) == []


def test_names_vendor() -> None:
    assert names_vendor("Http::KEAP") and names_vendor("$this->mauticClient") and names_vendor("v.chartmogul")
    # common words that are also vendors' names do not mark a client
    assert not names_vendor("http.close") and not names_vendor("segment.front")


def test_wrapper_module_calls(tmp_path: Path) -> None:
    (tmp_path / "app" / "integrations").mkdir(parents=True)
    (tmp_path / "app" / "integrations" / "woopra.py").write_text("", encoding="utf-8")
    (tmp_path / "app" / "http.py").write_text("", encoding="utf-8")
    path = tmp_path / "app" / "api" / "guests.py"
    lines = ["from ..integrations import woopra", "from ..http import vendor_pool", "", "    woopra.identify(guest)",
             "    vendor_pool.request('GET', url, fields={'e': guest.email})"]
    assert local_modules(lines, path) == frozenset({"woopra"})  # vendor_pool is an object of a module, not one
    at = Match("pii-to-third-party-python", path, 4, 4, 21, "m", "high", {})
    assert wrapper_call(lines, at)
    assert not wrapper_call(lines, Match("pii-to-vendor-api-python", path, 5, 5, 45, "m", "high", {}))
    assert local_modules(["import * as countly from './vendors/countly';"], path) == frozenset({"countly"})


def test_refocus_moves_a_multiline_payload_to_its_personal_line(tmp_path: Path) -> None:
    path = tmp_path / "Flags.php"
    path.write_text("<?php\n$http->post($url, [], json_encode([\n    'identifier' => 'x',\n"
                    "    'traits' => ['phone' => $skater->phone],\n]));\n", encoding="utf-8")
    m = Match("pii-to-vendor-api-php", path, 2, 5, 26, "m", "high", {"category": "pii_to_third_party"})
    assert [x.line for x in refocus((m,), FileLines())] == [4]


def test_java_map_filled_entry_by_entry_for_a_vendor_client(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"service/MarketingService.java": (
        "public class MarketingService {\n"
        "    public void sync(Customer c) {\n"
        "        Map<String, Object> contact = new HashMap<>();\n"
        "        contact.put(FIRST_NAME, c.getPlan());\n"
        "        contact.put(EMAIL, c.getEmail());\n"
        "        emarsys.upsertContacts(1, new ContactBatch(EMAIL, List.of(contact)));\n"
        "    }\n"
        "    public void ready(Customer c) {\n"
        "        emarsys.triggerEvent(\"4410\", Map.of(\"external_id\", \"cust-\" + c.getId()));\n"
        "        emarsys.getStatus(c.getEmail());\n"
        "    }\n"
        "}\n")})
    # the EMAIL constant names a key; the e-mail goes in where the map is filled; a getter sends nothing
    assert found == [("service/MarketingService.java", 5)]


def test_refocus_follows_a_payload_variable_built_above(tmp_path: Path) -> None:
    path = tmp_path / "reviews.py"
    path.write_text("def invite(patient, order):\n"
                    "    body = {\n"
                    "        'referenceNumber': f'ORD-{order.id}',\n"
                    "        'consumerName': patient.full_name,\n"
                    "        'consumerEmail': patient.email,\n"
                    "    }\n"
                    "    profile = {'phone': patient.phone}\n"
                    "    resp = client('trustpilot').post('/invitations', json=body)\n", encoding="utf-8")
    m = Match("pii-to-vendor-api-python", path, 8, 8, 58, "m", "high", {"category": "pii_to_third_party"})
    # the e-mail's line, the identifier a vendor keys a person by; the unrelated `profile` is not followed
    assert [(x.line, x.end_line) for x in refocus((m,), FileLines())] == [(5, 8)]


def test_member_clients_bound_urls_address_arguments_and_payload_helpers(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        # the client is a member bound to an expression naming the vendor
        "app/Vendors/Postscript.php": (
            "<?php\nclass Postscript\n{\n    public function __construct()\n    {\n"
            "        $this->http = HttpClient::forSection('postscript', ['Authorization: Bearer ' . getenv('POSTSCRIPT_KEY')]);\n"
            "    }\n    public function subscribe(Player $player): array\n    {\n"
            "        return $this->http->postJson('/subscribers', [\n            'email' => $player->email,\n        ]);\n"
            "    }\n}\n"),
        # the address is a PHP variable bound to the vendor's URL
        "app/Vendors/AWeber.php": (
            "<?php\nfunction subscribe(Player $player) {\n"
            "    $url = sprintf('https://api.aweber.com/1.0/accounts/%s/lists/%s/subscribers', $a, $l);\n"
            "    $subscriber = ['email' => $player->email];\n"
            "    \\Web::instance()->request($url, ['method' => 'POST', 'content' => json_encode($subscriber)]);\n}\n"),
        # Go: the address is an argument after the context and the client
        "internal/vendors/getresponse.go": (
            "func (c *Clients) Subscribe(ctx context.Context, p models.Patient) error {\n"
            "\tcontact := grContact{\n\t\tName:  p.FullName,\n\t\tEmail: p.Email,\n\t}\n"
            "\t_, err := httpx.PostJSON(ctx, c.vendor, c.cfg.GetResponse.BaseURL+\"/contacts\", nil, contact)\n"
            "\treturn err\n}\n"),
        # the payload is built by a helper of the same file
        "app/Vendors/AgileCrm.php": (
            "<?php\nclass AgileCrm\n{\n    public static function contactPayload(Player $player): array\n    {\n"
            "        return ['properties' => [['name' => 'email', 'value' => $player->email]]];\n    }\n"
            "    public function createContact(Player $player): array\n    {\n"
            "        $res = \\Web::instance()->request(sprintf('https://%s.agilecrm.com/dev/api/contacts', $d), [\n"
            "            'method' => 'POST',\n            'content' => json_encode(self::contactPayload($player)),\n"
            "        ]);\n        return $res;\n    }\n}\n"),
    })
    assert found == [("app/Vendors/AWeber.php", 4), ("app/Vendors/AgileCrm.php", 12),
                     ("app/Vendors/Postscript.php", 11), ("internal/vendors/getresponse.go", 4)]


def test_a_tag_only_request_and_a_partner_address_argument(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "app/Vendors/AWeber.php": (
            "<?php\nfunction tag(int $id, string $tag) {\n"
            "    $url = sprintf('https://api.aweber.com/1.0/accounts/%s/subscribers', $a);\n"
            "    \\Web::instance()->request($url . '/' . $id, ['content' => json_encode(['tags' => [$tag]])]);\n}\n"),
        "internal/vendors/earmold.go": (
            "func (c *Clients) Order(ctx context.Context, p models.Patient) error {\n"
            "\tbody := map[string]string{\"contact_phone\": p.Phone}\n"
            "\t_, err := httpx.PostJSON(ctx, c.earmold, c.cfg.EarMold.BaseURL+\"/orders\", nil, body)\n"
            "\treturn err\n}\n"),
    })
    assert found == []


def test_a_client_imported_from_the_apps_own_module_and_values_only_tested(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "src/lib/http.ts": "import axios from 'axios';\n\nexport const snap = axios.create({\n"
                           "  baseURL: 'https://tr.snapchat.com/v3',\n  timeout: 5_000,\n});\n"
                           "export const kennels = axios.create({ baseURL: 'https://kennels.example/api' });\n",
        "src/lib/marketing.ts": (
            "import { snap, kennels } from './http.js';\n\n"
            "export async function purchase(guest: Guest) {\n  await snap.post('/events', {\n"
            "    user_data: { em: [sha256(guest.email)], ph: guest.phone ? [sha256(guest.phone)] : [] },\n  });\n}\n\n"
            "export async function lead(guest: Guest) {\n  await snap.post('/events', {\n"
            "    user_data: { em: [guest.email] },\n  });\n}\n\n"
            "export async function assign(guest: Guest) {\n  await kennels.post('/assign', { phone: guest.phone });\n}\n"),
    })
    assert found == [("src/lib/marketing.ts", 11)]


def _scan_configured(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int]]:
    calls, clients, settings = VendorCalls(), Clients(), Settings()
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        settings.observe(rel, path, text, "")
        clients.observe(rel, path, text, "")
        calls.observe(rel, path, text)
    vendors = [c for c in clients.resolved(settings) if names_host(c.url)]
    found = calls.matches((), FileLines(), frozenset(c.name for c in vendors), frozenset(c.name for c in vendors if c.callable))
    return sorted((m.path.relative_to(tmp_path).as_posix(), m.line) for m in found)


def test_clients_whose_configured_base_url_is_a_vendor_host(tmp_path: Path) -> None:
    # a client named for nothing in particular (`drift` is a common word, `crispFetch` a wrapper) is the vendor's
    # when the configuration points its base URL at the vendor's API host
    found = _scan_configured(tmp_path, {
        "config/settings.yml": "default:\n  drift:\n    base_url: https://driftapi.com\n  lab:\n    base_url: https://lab.example.org\n",
        "lib/http_clients.rb": ("module HttpClients\n  def self.drift\n    @drift ||= Excon.new(Settings.dig(:drift, :base_url))\n  end\n"
                                "  def self.lab\n    @lab ||= Excon.new(Settings.dig(:lab, :base_url))\n  end\nend\n"),
        "app/services/drift_contacts.rb": (
            "class DriftContacts\n  def upsert(farmer)\n    attributes = { externalId: \"farmer-#{farmer.id}\" }\n"
            "    attributes[:email] = farmer.email\n"
            "    HttpClients.drift.post(path: \"/contacts\", body: JSON.generate(attributes: attributes))\n"
            "  end\n  def sample(farmer)\n    HttpClients.lab.post(path: \"/samples\", body: JSON.generate(email: farmer.email))\n"
              "  end\nend\n"),
        "nitro.config.ts": "export default defineNitroConfig({\n  runtimeConfig: {\n    crisp: {\n"
          "      baseURL: \"https://api.crisp.chat/v1\",\n    },\n  },\n});\n",
        "server/utils/http.ts": "const config = useRuntimeConfig();\nexport const crispFetch = $fetch.create({\n"
          "  baseURL: config.crisp.baseURL,\n});\n",
        "server/services/crisp.ts": (
            "import { crispFetch } from '../utils/http';\nexport async function upsert(member: Member) {\n"
            "  const profile = {\n    email: member.email,\n    segments: ['member'],\n  };\n"
            "  await crispFetch('/people/profile', { method: 'POST', body: profile });\n"
            "  await crispFetch('/people/tags', { method: 'POST', body: { ref: hash(member.email) } });\n}\n"),
    })
    assert found == [("app/services/drift_contacts.rb", 4), ("server/services/crisp.ts", 4)]


def test_a_helper_of_the_file_that_sends_what_it_is_given(tmp_path: Path) -> None:
    # `rpc` posts its params to the vendor: its callers' arguments are the payload, built above or written in place
    found = _scan(tmp_path, {"app/services/nutshell_client.rb": (
        "class NutshellClient\n"
        "  def upsert_contact(customer)\n"
        "    contact = { name: customer.full_name }\n"
        "    contact[:email] = { \"--primary\" => customer.email }\n"
        "    rpc(\"newContact\", contact: contact)\n"
        "  end\n\n"
        "  def log_note(customer_id, order)\n"
        "    rpc(\"newNote\", entity: { id: customer_id }, note: \"Repair #{order.id}\")\n"
        "  end\n\n"
        "  private\n\n"
        "  def rpc(method, params)\n"
        "    response = Nutshell.connection.post(\"\", { method: method, params: params })\n"
        "    response.body\n"
        "  end\n"
        "end\n")})
    assert found == [("app/services/nutshell_client.rb", 3)]


def test_a_go_method_of_a_type_named_for_the_vendor(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"internal/crm/teamleader.go": (
        "package crm\n\n"
        "func (t *Teamleader) call(ctx context.Context, method string, body any) error {\n"
        "\tbuf, _ := json.Marshal(body)\n"
        "\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, t.baseURL+\"/\"+method, bytes.NewReader(buf))\n"
        "\tresp, err := t.client.Do(req)\n"
        "\treturn err\n}\n\n"
        "func (t *Teamleader) AddContact(ctx context.Context, a model.Artist) error {\n"
        "\treturn t.call(ctx, \"contacts.add\", map[string]any{\"email\": a.Email})\n}\n\n"
        "func (p *Partner) call(ctx context.Context, body any) error {\n"
        "\t_, err := p.client.Do(newRequest(body))\n\treturn err\n}\n\n"
        "func (p *Partner) Add(ctx context.Context, a model.Artist) error {\n"
        "\treturn p.call(ctx, map[string]any{\"email\": a.Email})\n}\n")})
    assert found == [("internal/crm/teamleader.go", 11)]


def test_a_call_on_the_apps_own_client_class_is_judged_where_it_sends(tmp_path: Path) -> None:
    # `kochava.estimateAccepted(...)` on a field typed with the project's KochavaClient: the client's own file is
    # where the data goes out (its payload line), not the caller
    found = _scan(tmp_path, {
        "src/vendor/KochavaClient.java": (
            "public class KochavaClient {\n"
            "    public void estimateAccepted(long id, String customerName) throws Exception {\n"
            "        Map<String, Object> event = Map.of(\n"
            "                \"event_name\", \"estimate_accepted\",\n"
            "                \"event_data\", Map.of(\"name\", customerName));\n"
            "        send(event);\n"
            "    }\n"
            "    private void send(Map<String, Object> event) throws Exception {\n"
            "        http.post(AppConfig.get(\"kochava.url\"), JSON.writeValueAsString(event));\n"
            "    }\n"
            "}\n"),
        "src/handlers/RepairHandler.java": (
            "public class RepairHandler {\n"
            "    private final KochavaClient kochava = new KochavaClient();\n"
            "    public void claim(Customer c) throws Exception {\n"
            "        kochava.estimateAccepted(c.id(), c.fullName());\n"
            "    }\n"
            "}\n")})
    assert found == [("src/vendor/KochavaClient.java", 5)]


def test_the_own_client_needs_its_class_named_and_generic_clients_are_not_own(tmp_path: Path) -> None:
    calls = VendorCalls()
    files = {
        "app/Services/Gorgias.php": "final class Gorgias {\n    public function syncCustomer(Customer $c): void\n    {\n    }\n}\n",
        "app/Services/JsonHttp.php": "final class JsonHttp {\n    public function post(string $url, array $body): array\n    {\n    }\n}\n",
        "app/Presenters/Customers.php": "class Customers {\n    public Gorgias $gorgias;\n    public JsonHttp $http;\n}\n",
        "app/Other.php": "class Other {\n}\n",
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        calls.observe(rel, path, text)
    caller = tmp_path / "app/Presenters/Customers.php"
    assert calls.own_method("gorgias", "syncCustomer", caller)  # `$this->gorgias`, a field typed Gorgias
    assert not calls.own_method("http", "post", caller)  # a generic client sends wherever its address says
    assert not calls.own_method("gorgias", "syncCustomer", tmp_path / "app/Other.php")  # the class is not named there
    assert not calls.own_method("gorgias", "deleteCustomer", caller)  # no such method


def test_a_client_from_a_factory_by_service_name_in_a_vendors_module(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        # the app's vendors/ module for a vendor the catalogue does not list, its client named for the file
        "farrier/vendors/logtail.py": (
            "from ..http import session\n\n\n"
            "async def ship_incident(kind: str, owner_email: str):\n"
            "    await session(\"logtail\").post(\n"
            "        \"/\",\n"
            "        json={\"message\": f\"{kind} for {owner_email}\"},\n"
            "    )\n"),
        "app/vendors/kommo.rb": (
            "class Kommo\n"
            "  def create_contact(customer)\n"
            "    body = [{ value: customer.email }]\n"
            "    HTTP.kommo.post(\"/api/v4/contacts\", json: body)\n"
            "  end\n"
            "end\n"),
        # a client named for another service in the same directory is not the file's vendor
        "app/vendors/forge.py": (
            "async def order(owner):\n"
            "    await session(\"forge_supplier\").post(\"orders\", json={\"phone\": owner.phone})\n"),
    })
    assert found == [("app/vendors/kommo.rb", 3), ("farrier/vendors/logtail.py", 7)]


def test_php_payload_read_by_subscript_and_sent_through_the_files_own_sender(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"app/Vendors/Nutshell.php": (
        "<?php\n"
        "final class Nutshell\n"
        "{\n"
        "    private function call(string $method, array $params): array\n"
        "    {\n"
        "        return Requests::post(Config::get('nutshell.url'), [], json_encode(['method' => $method, 'params' => $params]));\n"
        "    }\n"
        "    public function newContact(array $hirer): int\n"
        "    {\n"
        "        $contact = ['ref' => $hirer['id']];\n"
        "        $contact['email'] = [$hirer['email']];\n"
        "        return $this->call('newContact', ['contact' => $contact]);\n"
        "    }\n"
        "}\n")})
    assert found == [("app/Vendors/Nutshell.php", 11)]


def test_a_request_builder_given_its_body_after_the_verb(tmp_path: Path) -> None:
    calls = VendorCalls()
    rel = "src/UetConversions.java"
    text = ("public class UetConversions {\n"
            "    public void callback(Customer customer) {\n"
            "        Map<String, Object> event = Map.of(\n"
            "                \"userData\", Map.of(\"em\", customer.getEmail()));\n"
            "        uet.post().uri(\"/events\").body(Map.of(\"data\", List.of(event))).retrieve();\n"
            "    }\n"
            "}\n")
    path = tmp_path / rel
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    calls.observe(rel, path, text)
    # the client `uet` is configured on a vendor's host elsewhere (scanner.code.clients): its stem is a vendor client
    found = calls.matches((), FileLines(), clients=frozenset({"uet"}))
    assert [(m.line, m.end_line) for m in found] == [(4, 5)]


def test_refocus_reads_subscript_keys_and_leaves_cut_values(tmp_path: Path) -> None:
    path = tmp_path / "analytics.py"
    path.write_text("async def track(owner):\n"
                    "    event = {\n"
                    "        'user_id': owner['id'],\n"
                    "        'area': owner['postcode'][:3],\n"
                    "        'email': owner['email'],\n"
                    "    }\n"
                    "    await session.post(AMPLITUDE_URL, json={'events': [event]})\n", encoding="utf-8")
    m = Match("pii-to-vendor-api-python", path, 7, 7, 5, "m", "high", {"category": "pii_to_third_party"})
    # a record read by key is read for what the key names; a postcode cut to its area is not the whole of it
    assert [(x.line, x.end_line) for x in refocus((m,), FileLines())] == [(5, 7)]


def test_refocus_moves_a_marshalled_struct_literal_to_where_it_is_written(tmp_path: Path) -> None:
    path = tmp_path / "bookings.go"
    path.write_text("func h() {\n"
                    "\tpayload, _ := json.Marshal(jobs.DockCharge{PAN: in.PAN, CVC: in.CVC})\n"
                    "\tif err := h.Redis.RPush(ctx, jobs.DockChargeQueue, payload).Err(); err != nil {\n", encoding="utf-8")
    m = Match("card-number-storage-go-serialised-literal", path, 3, 3, 12,
              "'jobs.DockCharge{...}' (jobs.DockCharge) is serialised whole and written to storage",
              "critical", {"category": "card_number_storage"})
    assert [(x.line, x.end_line) for x in refocus((m,), FileLines())] == [(2, 3)]


def test_the_request_inside_a_longer_chain(tmp_path: Path) -> None:
    # wretch: `api.url(path).post(body).res()` sends at `post`, not at the `res()` the chain ends with
    calls = VendorCalls()
    rel = "src/vendors/userflow.ts"
    text = ('export async function upsertUser(client: Client) {\n'
            '  const attributes: Record<string, unknown> = { signed_up_at: new Date().toISOString() };\n'
            '  attributes.email = client.email;\n'
            '  await userflowApi.url("/users").post({ id: client.id, attributes }).res();\n'
            '  await userflowApi.url("/events").post({ user_id: client.id, name: "visit" }).res();\n}\n')
    path = tmp_path / rel
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    calls.observe(rel, path, text)
    found = calls.matches((), FileLines(), clients=frozenset({"userflowapi"}))
    assert [m.line for m in found] == [3]
