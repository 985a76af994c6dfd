"""Clients built on a plain-http base URL and the requests that send personal data through them
(scanner.code.clients), over small trees."""

from __future__ import annotations

from pathlib import Path

from scanner.code.clients import RULE, SETTING_RULE, Clients
from scanner.code.configvalues import Settings
from scanner.code.filelines import FileLines


def _scan(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, int]]:
    clients, settings = Clients(), Settings()
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        settings.observe(rel, path, text, "")
        clients.observe(rel, path, text, "")
    return sorted((m.rule_id, m.path.relative_to(tmp_path).as_posix(), m.line)
                  for m in clients.matches(settings, FileLines()))


def test_axios_instance_with_plain_http_default(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "src/lib/http.ts": 'export const printlab = axios.create({\n  baseURL: process.env.PRINTLAB_URL ?? "http://orders.print.example/v1",\n});\n'
                           'export const pay = axios.create({\n  baseURL: process.env.PAY_URL ?? "https://api.pay.example",\n});\n',
        "src/app/orders.ts": 'await printlab.post("/orders", { name: client.fullName, email: client.email });\n'
                             'await printlab.post("/ping", { id: order.id });\n'
                             'await pay.post("/charges", { email: client.email });\n',
    })
    # the default written where the client is built is the line to change
    assert found == [(RULE, "src/app/orders.ts", 1), (SETTING_RULE, "src/lib/http.ts", 2)]


def test_setting_holding_the_address_is_reported(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        ".env.example": "PRINTLAB_URL=http://orders.print.example/v1\n",
        "src/lib/http.ts": "export const printlab = axios.create({\n  baseURL: process.env.PRINTLAB_URL,\n});\n",
        "src/app/orders.ts": "const order = {\n  name: c.name,\n  phone: c.phone,\n};\nawait printlab.post('/orders', order);\n",
    })
    assert found == [(RULE, "src/app/orders.ts", 5), (SETTING_RULE, ".env.example", 1)]


def test_python_factory_used_through_with(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "surf/settings.py": 'TIDEBOOK = {\n    "BASE_URL": os.environ.get("TIDEBOOK_URL", "http://tidebook.example.net/api"),\n}\n',
        "integrations/http.py": "def tidebook_client() -> httpx.Client:\n    return httpx.Client(\n"
                                '        base_url=settings.TIDEBOOK["BASE_URL"],\n    )\n',
        "integrations/tidebook.py": "def forward(deposit):\n    body = {'pan': deposit.card_number}\n"
                                    "    with tidebook_client() as client:\n        client.post('/deposits', json=body)\n",
    })
    assert (RULE, "integrations/tidebook.py", 4) in found
    assert (SETTING_RULE, "surf/settings.py", 2) in found


def test_ruby_memoised_client_and_go_struct_field(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/partners.yml": 'production:\n  venue_hub:\n    base_url: <%= ENV.fetch("VENUE_URL", "http://venues.example.com/api") %>\n',
        "app/services/http_clients.rb": "def venue_hub\n  @venue_hub ||= Faraday.new(url: partners[:venue_hub][:base_url]) do |f|\n"
                                        "    f.request :json\n  end\nend\n",
        "app/services/venue.rb": "HttpClients.venue_hub.post('events', { email: customer.email })\n",
        "internal/clients/clients.go": 'lanes := resty.New().\n\tSetBaseURL("http://10.1.2.3.nip.example:8080")\n',
        "internal/clients/lanes.go": 'c.Lanes.R().SetBody(map[string]any{"name": b.FullName}).Post("/party")\n',
    })
    assert (RULE, "app/services/venue.rb", 1) in found
    assert (RULE, "internal/clients/lanes.go", 1) in found


def test_local_secure_and_generic_clients_bind_nothing(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "a.ts": 'const kiosk = axios.create({ baseURL: "http://localhost:7070" });\n'
                'const client = axios.create({ baseURL: "http://crm.example.com" });\n',
        "b.ts": "await kiosk.post('/x', { email: u.email });\nawait client.post('/x', { email: u.email });\n",
    })
    assert found == []


def test_laravel_macro_client_and_example_file(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        ".env.example": "SEAMLINE_URL=http://seamline.partners.example/orders\n",
        "config/services.php": "<?php\nreturn [\n    'seamline' => [\n"
                               "        'url' => env('SEAMLINE_URL', 'http://seamline.partners.example/orders'),\n    ],\n];\n",
        "app/Providers/AppServiceProvider.php": "<?php\nHttp::macro('seamline', function () {\n"
                                                "    return Http::baseUrl(config('services.seamline.url'))->timeout(10);\n});\n",
        "app/Http/Controllers/ClientController.php": "<?php\nHttp::seamline()->post('/', [\n"
                                                     "    'client' => $client->name,\n    'phone' => $client->phone,\n]);\n"
                                                     "Http::seamline()->post('/ping', ['ref' => $fitting->id]);\n",
    })
    # the request, and the settings that hold the address: the example file documents the value deployments copy
    assert found == [(RULE, "app/Http/Controllers/ClientController.php", 2), (SETTING_RULE, ".env.example", 1),
                     (SETTING_RULE, "config/services.php", 4)]


def test_ofetch_instance_called_itself_and_fields_picked(tmp_path: Path) -> None:
    # an ofetch/ky instance sends when called; a record whose fields are picked (`order.id`) is not sent whole
    found = _scan(tmp_path, {
        ".env": "COOP_BASE_URL=http://intake.growers.example.org/api\n",
        "server/utils/http.ts": "export const coopFetch = $fetch.create({\n  baseURL: process.env.COOP_BASE_URL,\n  timeout: 15000,\n});\n",
        "server/tasks/settle.ts": (
            "const order = await db.selectFrom('orders').select(['orders.id', 'members.phone', 'members.full_name']).execute();\n"
            "await coopFetch('/collections', { method: 'POST', body: { ref: order.id, contact: { phone: order.phone } } });\n"
            "await coopFetch('/volumes', { method: 'POST', body: { ref: order.id, litres: order.litres } });\n"),
    })
    assert found == [(RULE, "server/tasks/settle.ts", 2), (SETTING_RULE, ".env", 1)]


def test_a_client_serves_its_own_project_only(tmp_path: Path) -> None:
    # two projects scanned together: a sibling's plain-http `crmClient` says nothing of this one's `CrmClient(...)`
    clients, settings = Clients(), Settings()
    files = {("shop", "shop/src/http.ts"): 'export const crmClient = axios.create({\n  baseURL: "http://crm.shop.example.org",\n});\n',
             ("shop", "shop/src/crm.ts"): "await crmClient.post('/leads', { email: lead.email });\n",
             ("quotes", "quotes/views.py"): "CrmClient(settings).upsert_contact(email=email, phone=phone)\n"}
    for (project, rel), text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        settings.observe(rel, path, text, project)
        clients.observe(rel, path, text, project)
    found = sorted((m.path.relative_to(tmp_path).as_posix(), m.line) for m in clients.matches(settings, FileLines()))
    assert found == [("shop/src/crm.ts", 1), ("shop/src/http.ts", 2)]


def test_php_method_client_taken_into_a_variable(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        ".env": "SUPPLIER_BASE=http://orders.supply.example/api\n",
        "config/autoload/services.php": "<?php\nreturn [\n    'supplier' => [\n"
                                        "        'base_uri' => env('SUPPLIER_BASE', 'http://orders.supply.example/api'),\n    ],\n];\n",
        "app/Service/HttpClients.php": ("<?php\nclass HttpClients\n{\n    public function supplier(): Client\n    {\n"
                                        "        return $this->factory->create([\n"
                                        "            'base_uri' => $this->config->get('services.supplier.base_uri', 'http://orders.supply.example/api'),\n"
                                        "        ]);\n    }\n}\n"),
        "app/Job/SupplierOrderJob.php": ("<?php\nclass SupplierOrderJob\n{\n    public function handle(): void\n    {\n"
                                         "        $supplier = $this->clients->supplier();\n"
                                         "        $supplier->post('/kit-orders', ['json' => ['ship_to_phone' => $this->order['phone']]]);\n"
                                         "        $supplier->post('/stock', ['json' => ['sku' => $this->sku]]);\n    }\n}\n"),
    })
    assert found == [(RULE, "app/Job/SupplierOrderJob.php", 7), (SETTING_RULE, ".env", 1),
                     (SETTING_RULE, "app/Service/HttpClients.php", 7), (SETTING_RULE, "config/autoload/services.php", 4)]


def test_wretch_instance_with_a_request_builder(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "src/http.ts": 'export const venueApi = wretch(Deno.env.get("VENUE_URL") ?? "http://bookings.venues.example/api");\n',
        "src/vendors/venues.ts": ('export async function hold(client: Client) {\n'
                                  '  return await venueApi.url("/holds").post({\n    organiser_email: client.email,\n  }).json();\n}\n'
                                  'export async function release(id: string) {\n'
                                  '  return await venueApi.url(`/holds/${id}`).delete().res();\n}\n'),
    })
    assert (RULE, "src/vendors/venues.ts", 2) in found and len([f for f in found if f[0] == RULE]) == 1


def test_go_service_registered_by_name_and_payload_built_in_steps(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "main.go": 'func main() {\n\tapp.AddHTTPService("errbit", app.Config.GetOrDefault("ERRBIT_URL", "http://errbit.studio.example"))\n}\n',
        "vendors/errbit.go": ("func Notify(ctx *gofr.Context, err error, client *models.Client) {\n"
                              '\tnotice := map[string]any{"errors": err.Error()}\n'
                              '\tnotice["user"] = map[string]any{"id": client.ID, "email": client.Email}\n'
                              "\tbody, _ := json.Marshal(notice)\n"
                              '\t_, _ = ctx.GetHTTPService("errbit").Post(ctx, "api/v3/notices", nil, body)\n}\n\n'
                              "func NotifyAnon(ctx *gofr.Context, err error, id int64) {\n"
                              '\tbody, _ := json.Marshal(map[string]any{"errors": err.Error(), "commission": id})\n'
                              '\t_, _ = ctx.GetHTTPService("errbit").Post(ctx, "api/v3/notices", nil, body)\n}\n'),
    })
    assert found == [(RULE, "vendors/errbit.go", 5), (SETTING_RULE, "main.go", 2)]


def test_python_wrapper_class_and_an_ini_section(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/settings.ini": "[growers_coop]\nbase_url = http://intake.coop.example/api\n",
        "farm/http_clients.py": ("def growers_coop():\n    http = httplib2.Http(\n        timeout=10,\n"
                                 "        disable_ssl_certificate_validation=True,\n    )\n"
                                 '    return JsonClient(settings.get("growers_coop", "base_url",'
                                 ' "http://intake.coop.example/api"), http)\n'),
        "farm/coop.py": 'def register(booking):\n    return growers_coop().post("/groups", {"lead": booking.guest_name})\n',
    })
    assert found == [(RULE, "farm/coop.py", 2), (SETTING_RULE, "config/settings.ini", 2),
                     (SETTING_RULE, "farm/http_clients.py", 6)]


def test_container_binding_httparty_class_and_spring_qualifier(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "app/Providers/AppServiceProvider.php": ("<?php\n$this->app->singleton('http.motionlab', fn () => new Client([\n"
                                                 "    'base_uri' => env('MOTIONLAB_URL', 'http://api.motionlab.example/v3'),\n]));\n"),
        "app/Services/MotionLab.php": ("<?php\n$response = app('http.motionlab')->post('captures',"
                                       " ['json' => ['rider_email' => $rider->email]]);\n"),
        "app/clients/water_lab_client.rb": ('class WaterLabClient\n  include HTTParty\n  base_uri ENV.fetch("LAB_URL", "http://lims.lab.example/api")\n\n'
                                           '  def self.book(rental)\n'
                                           '    post("/samples", body: { site_phone: rental.customer.phone })\n  end\nend\n'),
        "src/WebClientConfig.java": ("class WebClientConfig {\n    @Bean\n    WebClient gasRegisterClient() {\n"
                                     '        return WebClient.builder().baseUrl("http://register.gas.example/api").build();\n    }\n}\n'),
        "src/GasRegisterClient.java": ('class GasRegisterClient {\n'
                                       '    GasRegisterClient(@Qualifier("gasRegisterClient") WebClient registry) {\n'
                                       "        this.registry = registry;\n    }\n    String register(Customer customer) {\n"
                                       '        Map<String, Object> body = Map.of("householder", customer.getFullName());\n'
                                       '        return registry.post().uri("/certificates").bodyValue(body)'
                                       '.retrieve().block();\n    }\n}\n'),
    })
    assert [f for f in found if f[0] == RULE] == [(RULE, "app/Services/MotionLab.php", 2),
                                                  (RULE, "app/clients/water_lab_client.rb", 6),
                                                  (RULE, "src/GasRegisterClient.java", 7)]


def test_httparty_requests_belong_to_the_class_they_are_made_in(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"app/services/clients.rb": (
        'class GatewayClient\n  include HTTParty\n  base_uri "https://vault.pay.example/api"\n'
        '  def charge(card)\n    self.class.post("/charges", body: { pan: card.number })\n  end\nend\n\n'
        'class SmsNotifier\n  include HTTParty\n  base_uri "http://sms.relay.example"\n'
        '  def notice(tenant)\n    self.class.post("/send", body: { to: tenant.phone })\n  end\nend\n')})
    assert found == [(RULE, "app/services/clients.rb", 13), (SETTING_RULE, "app/services/clients.rb", 11)]
