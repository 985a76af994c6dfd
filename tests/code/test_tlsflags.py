"""TLS options judged by their value, literal or read from settings (scanner.code.tlsflags), over small trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.filelines import FileLines
from scanner.code.tlsflags import RULE, SETTING_RULE, TlsFlags, sites


def _scan(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int]]:
    flags = TlsFlags()
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        flags.observe(rel, path, text, "")
    return sorted((m.path.relative_to(tmp_path).as_posix(), m.line) for m in flags.matches(FileLines()))


def test_literal_options_of_clients_no_rule_knows(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "app/http.py": "c = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYPEER, 0)\nc.setopt(pycurl.SSL_VERIFYHOST, 2)\n",
        "app/partner.rb": 'conn = Excon.new(url, ssl_verify_peer: false)\nok = Excon.new(url, ssl_verify_peer: true)\n',
        "app/Client.php": "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n",
    })
    assert found == [("app/Client.php", 1), ("app/http.py", 2), ("app/partner.rb", 1)]


def test_httplib2_option_and_an_ini_section_read(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "farm/clients.py": ("def courier():\n    return httplib2.Http(timeout=10, disable_ssl_certificate_validation=True)\n"
                            "def coop():\n    return httplib2.Http(\n        disable_ssl_certificate_validation=settings.flag("
                            '"coop", "disable_tls_validation", True),\n    )\n'
                            "def payments():\n    return httplib2.Http(\n        disable_ssl_certificate_validation=settings.flag("
                            '"payments", "disable_tls_validation", True),\n    )\n'),
        # the section's own setting decides over the default written beside the read
        "config/settings.ini": "[coop]\ndisable_tls_validation = false\n[payments]\ndisable_tls_validation = true\n",
    })
    assert found == [("config/settings.ini", 4), ("farm/clients.py", 2), ("farm/clients.py", 9)]


def test_option_read_from_yaml_with_placeholder_default(tmp_path: Path) -> None:
    java = ('class Clients {\n  WebClient council(Config c) {\n'
            '    boolean trustAll = c.get("trust-all").asBoolean().orElse(false);\n'
            '    return WebClient.builder().tls(Tls.builder().trustAll(trustAll).build()).build();\n  }\n}\n')
    found = _scan(tmp_path, {"src/Clients.java": java,
                             "src/main/resources/application.yaml": "council:\n  trust-all: ${COUNCIL_TRUST_ALL:true}\n"})
    # the variable line itself is not an option; the setting's default wins over the code's own orElse(false), and
    # the setting is reported too: it is the line to change
    assert found == [("src/Clients.java", 4), ("src/main/resources/application.yaml", 2)]


def test_secure_setting_and_unknown_value_are_not_reported(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/config.default.js": "exports.gridline = {\n  fleetbook: { url: 'https://x.example', strictTls: true },\n};\n",
        "app/service/a.js": "await ctx.curl(u, { rejectUnauthorized: fleetbook.strictTls, data });\n",
        "app/service/b.js": "await ctx.curl(u, { rejectUnauthorized: options.whatever, data });\n",
    })
    assert found == []


def test_node_config_object_and_go_yaml(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/config.default.js": "exports.gridline = {\n  fleetbook: { url: 'https://x.example', strictTls: false },\n};\n",
        "app/service/invoicing.js": "await ctx.curl(u, {\n  rejectUnauthorized: fleetbook.strictTls,\n  data,\n});\n",
        "etc/api.yaml": "Schools:\n  Url: https://trips.example\n  SkipVerify: true\nPayments:\n  SkipVerify: false\n",
        "internal/svc/ctx.go": "t.TLSClientConfig = &tls.Config{\n\tInsecureSkipVerify: c.Schools.SkipVerify,\n}\n"
                               "p.TLSClientConfig = &tls.Config{\n\tInsecureSkipVerify: c.Payments.SkipVerify,\n}\n",
    })
    assert found == [("app/service/invoicing.js", 2), ("config/config.default.js", 2), ("etc/api.yaml", 3),
                     ("internal/svc/ctx.go", 2)]


def test_env_default_compared_and_loose_names(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/initializers/settings.rb": 'SETTINGS = {\n  partner_verify: ENV.fetch("PARTNER_VERIFY_TLS", "false") == "true",\n}\n',
        "app/services/partner.rb": "Excon.new(url,\n  ssl_verify_peer: settings[:partner_verify])\n",
        "plotkeeper/config/install/plotkeeper.settings.yml": "council:\n  verify_tls: false\njwt:\n  verify: false\n",
        "plotkeeper/src/Council.php": "$o = ['verify' => (bool) $config->get('council.verify_tls')];\n"
                                      "$t = ['verify' => $config->get('jwt.verify')];\n",
    })
    # a bare `verify` counts only when the setting it reads names TLS
    assert found == [("app/services/partner.rb", 2), ("config/initializers/settings.rb", 2),
                     ("plotkeeper/config/install/plotkeeper.settings.yml", 2), ("plotkeeper/src/Council.php", 1)]


def test_settings_of_tests_and_development_are_not_deployed(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/config.unittest.js": "exports.api = { strictTls: false };\n",
        "app/a.js": "got(u, { https: { rejectUnauthorized: api.strictTls } });\n",
    })
    assert found == []


@pytest.mark.parametrize("line", [
    "verify_ssl = False",  # a variable, not an option
    "def post(url, verify_ssl=False):",  # a signature's default
    "# rejectUnauthorized: false",  # a comment
    "if (!config.sslVerify) {",  # a read
])
def test_not_an_option(tmp_path: Path, line: str) -> None:
    assert sites(tmp_path / "x.py", line + "\n") == []


def test_message_names_the_setting(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc/api.yaml").write_text("Schools:\n  SkipVerify: true\n")
    (tmp_path / "a.go").write_text("x := tls.Config{InsecureSkipVerify: c.Schools.SkipVerify}\n")
    flags = TlsFlags()
    for rel in ("etc/api.yaml", "a.go"):
        flags.observe(rel, tmp_path / rel, (tmp_path / rel).read_text(), "")
    m, setting = flags.matches(FileLines())
    assert m.rule_id == RULE and m.metadata["category"] == "insecure_transport"
    assert "etc/api.yaml (Schools.SkipVerify)" in m.message
    assert setting.rule_id == SETTING_RULE and setting.line == 2 and "a.go:1" in setting.message


def test_subscripted_settings_are_told_apart(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "surf/settings.py": 'TIDE = {\n    "VERIFY_TLS": os.environ.get("TIDE_VERIFY_TLS", "false").lower() == "true",\n}\n'
                            'PAY = {\n    "VERIFY_TLS": os.environ.get("PAY_VERIFY_TLS", "true").lower() == "true",\n}\n',
        "surf/http.py": 'a = httpx.Client(\n    verify=settings.TIDE["VERIFY_TLS"],\n)\n'
                        'b = httpx.Client(\n    verify=settings.PAY["VERIFY_TLS"],\n)\n',
    })
    assert found == [("surf/http.py", 2), ("surf/settings.py", 2)]


def test_settings_module_values_and_global_defaults(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/initializers/excon.rb": "Excon.defaults[:ssl_verify_peer] = false\nPARTNER = { verify_peer: false }\n",
    })
    # a client library's defaults set in an initializer are an option; a hash of settings only holds a value
    assert found == [("config/initializers/excon.rb", 1)]


def test_names_that_also_mean_other_things_need_a_tls_line(tmp_path: Path) -> None:
    text = "req.skipVerification = skipVerification;\ncookie.insecure = true;\nconst a = new https.Agent({ insecure: true });\n"
    assert [s.line for s in sites(tmp_path / "s.js", text)] == [3]
    # a ternary that ends in VERIFY_NONE is no literal
    assert _scan(tmp_path, {"l.rb": "o = {:verify_mode => verify_peer? ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE}\n"}) == []


def test_verify_from_settings_in_an_http_client_and_a_rails_initializer(tmp_path: Path) -> None:
    # `verify` says TLS only beside an HTTP client; a settings module's key inside a call's arguments is a client's
    found = _scan(tmp_path, {
        "config/services.php": "<?php\nreturn [\n    'quillpay' => [\n        'verify' => (bool) env('QUILLPAY_VERIFY', false),\n"
                               "    ],\n];\n",
        "app/Providers/AppServiceProvider.php": "<?php\nHttp::macro('quillpay', function () {\n"
                                                "    return Http::baseUrl(config('services.quillpay.url'))\n"
                                                "        ->withOptions(['verify' => config('services.quillpay.verify')]);\n});\n",
        "config/partners.yml": 'default: &default\n  tuition_gateway:\n'
                               '    verify_ssl: <%= ENV.fetch("CANTORPAY_VERIFY_SSL", "false") %>\n',
        "config/initializers/http_clients.rb": "partners = Rails.application.config_for(:partners)\n"
                                               "GATEWAY = Faraday.new(url: partners.dig(:tuition_gateway, :url),\n"
                                               "  ssl: { verify: partners.dig(:tuition_gateway, :verify_ssl).to_s == \"true\" })\n",
        "app/jwt.py": "claims = jwt.decode(token, options={'verify': settings.JWT_VERIFY})\n",
        "app/settings.py": "JWT_VERIFY = False\n",
    })
    assert found == [("app/Providers/AppServiceProvider.php", 4), ("config/initializers/http_clients.rb", 3),
                     ("config/partners.yml", 3), ("config/services.php", 4)]


def test_an_options_value_keeps_its_calls_whole() -> None:
    from scanner.code.settingvalue import expression_at
    line = '  ssl: { verify: partners.dig(:gateway, :verify_ssl).to_s == "true" }) do |f|'
    assert expression_at(line, line.index("verify:") + 8) == ('partners.dig(:gateway, :verify_ssl).to_s == "true"', "}")


def test_a_parameter_decided_by_the_caller(tmp_path: Path) -> None:
    # the option takes a parameter; the caller passing a setting that turns checks off is what counts, with the setting
    found = _scan(tmp_path, {
        "conf/app.conf": "tannery.insecure_skip_verify = true\n",
        "app/clients/http.go": (
            "package clients\n\nfunc newClient(insecure bool, timeout time.Duration) *httpclient.Client {\n"
            "\ttransport := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}}\n"
            "\treturn httpclient.NewClient(httpclient.WithHTTPClient(&http.Client{Transport: transport}))\n}\n\n"
            "func Init() {\n\tMailgun = newClient(false, 10*time.Second)\n"
            "\tTannery = newClient(revel.Config.BoolDefault(\"tannery.insecure_skip_verify\", false), 20*time.Second)\n}\n"),
    })
    assert found == [("app/clients/http.go", 4), ("conf/app.conf", 1)]


def test_a_parameter_every_caller_keeps_on_is_not_reported(tmp_path: Path) -> None:
    found = _scan(tmp_path, {"http.go": (
        "func newClient(insecure bool) *http.Client {\n"
        "\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}}}\n}\n"
        "var A = newClient(false)\nvar B = newClient(cfg.Flag)\n")})
    assert found == []


def test_ruby_dig_with_a_default_and_php_filter_var(tmp_path: Path) -> None:
    found = _scan(tmp_path, {
        "config/settings.yml": "default:\n  grading_lab:\n    base_url: https://lab.example.org/api\n    ssl_verify_peer: false\n",
        "lib/http_clients.rb": ("module HttpClients\n  def self.lab\n    @lab ||= Excon.new(Settings.dig(:grading_lab, :base_url),\n"
                                "      ssl_verify_peer: Settings.dig(:grading_lab, :ssl_verify_peer, default: true))\n  end\nend\n"),
        "config/app.php": ("<?php\nreturn [\n    'leather' => [\n"
                           "        'verify_tls' => filter_var($_ENV['LEATHER_VERIFY_TLS'] ?? 'false', "
                           "FILTER_VALIDATE_BOOLEAN),\n    ],\n];\n"),
        "src/Clients.php": ("<?php\nfinal class Clients {\n    public static function leather(array $config): Curl {\n"
                            "        $curl = new Curl($config['leather']['base_url']);\n"
                            "        $curl->setOpt(CURLOPT_SSL_VERIFYPEER, $config['leather']['verify_tls']);\n"
                              "        return $curl;\n    }\n}\n"),
    })
    assert found == [("config/app.php", 4), ("config/settings.yml", 4), ("lib/http_clients.rb", 4), ("src/Clients.php", 5)]


def test_options_a_configuration_file_sets_on_a_client(tmp_path: Path) -> None:
    # Symfony's scoped clients and Spring properties set a client's options in configuration; a .env switch whose
    # name ends with an option's name is one too; a loose `verify` name and a secure value are not reported
    found = _scan(tmp_path, {
        "config/packages/framework.yaml": ("framework:\n  http_client:\n    scoped_clients:\n      till.client:\n"
                                           "        verify_peer: true\n      courier.client:\n"
                                           "        verify_peer: '%env(bool:COURIER_VERIFY_PEER)%'\n"
                                           "        verify: false\n"),
        ".env": "COURIER_VERIFY_PEER=0\nAPP_SECRET=x\n",
        ".env.example": "BOXCOVER_REJECT_UNAUTHORIZED=false\nGATEWAY_REJECT_UNAUTHORIZED=true\n",
        "src/main/resources/application.yml": "workshop:\n  courier:\n    trust-all-certificates: ${VANLINE_TRUST_ALL:true}\n",
        "config/settings.test.yml": "partner:\n  verify_ssl: false\n",
    })
    assert found == [(".env", 1), (".env.example", 1), ("config/packages/framework.yaml", 7),
                     ("src/main/resources/application.yml", 3)]
