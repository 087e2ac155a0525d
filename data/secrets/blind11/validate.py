#!/usr/bin/env python3
"""Independent checker for all.jsonl (b11sec). Exit 0 = fine.

Does not import gen.py. Checks record shape, ids, offsets, overlaps, kind names,
format of several provider kinds (incl. GitHub/npm CRC32 checksums), that no markup
is left in the text, that hosts/e-mails use reserved example domains and IPs are in
documentation ranges, that a labelled password is not repeated unlabelled in the same
message, and that README.md counts match the data.
"""
import binascii, collections, ipaddress, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


SECRET_KINDS = set("""
password pin otp_code recovery_code bitlocker_recovery_key crypto_seed_phrase crypto_private_key
generic_secret bearer_token database_url basic_auth_url session_token refresh_token jwt
oauth_authorization_code password_reset_token
github_pat github_fine_grained_pat github_oauth_token github_app_installation_token
github_user_to_server_token github_refresh_token github_oauth_client_secret npm_token
aws_access_key_id aws_secret_access_key aws_session_token google_api_key google_oauth_client_secret
gcp_service_account_private_key azure_storage_connection_string azure_sas_token azure_client_secret
azure_iot_connection_string digitalocean_token cloudflare_api_token
openai_api_key anthropic_api_key anthropic_admin_key huggingface_token groq_api_key replicate_api_token
perplexity_api_key
slack_bot_token slack_user_token slack_app_token telegram_bot_token discord_bot_token twilio_auth_token
sendgrid_api_key mailchimp_api_key mailgun_api_key
stripe_secret_key stripe_restricted_key stripe_webhook_secret square_access_token
gitlab_pat gitlab_runner_token pypi_token databricks_token vault_token doppler_token atlassian_api_token
terraform_cloud_token pulumi_access_token supabase_access_token linear_api_key postman_api_key
grafana_service_account_token newrelic_user_api_key heroku_api_key tailscale_auth_key ngrok_authtoken
shopify_access_token okta_api_token datadog_api_key age_secret_key wireguard_private_key
mapbox_secret_token firebase_server_key docker_registry_auth k8s_secret_b64 wifi_psk openvpn_static_key
alibaba_access_key_id alibaba_access_key_secret xai_api_key langsmith_api_key pinecone_api_key
openai_admin_key sentry_user_token figma_token notion_integration_token airtable_pat dockerhub_pat
bitbucket_app_password brevo_api_key resend_api_key neon_api_key posthog_personal_api_key langfuse_secret_key
dynatrace_api_token contentful_pat buildkite_api_token circleci_token netlify_token flyio_token render_api_key
elevenlabs_api_key plaid_access_token wandb_api_key gpp_cpassword basic_auth_credentials url_with_credentials midtrans_server_key mercadopago_access_token totp_seed artifactory_api_key rubygems_api_key meeting_passcode rclone_obscured_password crates_io_token security_answer cisco_type7_password
rsa_private_key private_key ec_private_key openssh_private_key pgp_private_key
""".split())

LOOK_KINDS = set("""
git_sha git_short sha1 sha256 md5 sri_hash docker_digest tx_hash bcrypt_hash argon2_hash password_hash
uuid serial_number cluster_id cloudflare_zone_id vault_token_accessor oauth_state oauth_pkce_example
ssh_public_key ssh_known_hosts_entry public_key pgp_public_key pgp_fingerprint certificate
certificate_request cert_fingerprint age_public_key wireguard_public_key crypto_address
public_client_id posthog_project_key langfuse_public_key stripe_publishable_key twilio_account_sid mapbox_public_token
placeholder env_reference masked_value empty_password default_password example_password test_fixture
aws_example_key aws_account_id hash_b64 hex_id resource_id ui_string regex_pattern encoded_data csp_nonce csrf_token hmac_signature jwt_io_sample database_url_no_password encrypted_blob prose
""".split())

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def crc_ok(tok, plen):
    body, chk = tok[plen:plen + 30], tok[plen + 30:]
    n = binascii.crc32(body.encode()) & 0xFFFFFFFF
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return len(tok) == plen + 36 and s.rjust(6, "0") == chk


FORMATS = {
    "github_pat": lambda v: v.startswith("ghp_") and crc_ok(v, 4),
    "github_oauth_token": lambda v: v.startswith("gho_") and crc_ok(v, 4),
    "github_app_installation_token": lambda v: v.startswith("ghs_") and crc_ok(v, 4),
    "github_user_to_server_token": lambda v: v.startswith("ghu_") and crc_ok(v, 4),
    "github_refresh_token": lambda v: v.startswith("ghr_") and crc_ok(v, 4),
    "npm_token": lambda v: v.startswith("npm_") and crc_ok(v, 4),
    "github_fine_grained_pat": lambda v: re.fullmatch(r"github_pat_[0-9A-Z]{22}_[A-Za-z0-9]{59}", v),
    "aws_access_key_id": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v),
    "aws_secret_access_key": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v),
    "openai_api_key": lambda v: re.fullmatch(r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+", v),
    "anthropic_api_key": lambda v: re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", v),
    "anthropic_admin_key": lambda v: re.fullmatch(r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", v),
    "slack_bot_token": lambda v: re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", v),
    "slack_app_token": lambda v: re.fullmatch(r"xapp-\d-A[A-Z0-9]+-\d+-[a-f0-9]{64}", v),
    "telegram_bot_token": lambda v: re.fullmatch(r"\d{8,10}:AA[A-Za-z0-9_-]{33}", v),
    "stripe_secret_key": lambda v: re.fullmatch(r"sk_live_[A-Za-z0-9]{24,99}", v),
    "stripe_restricted_key": lambda v: re.fullmatch(r"rk_live_[A-Za-z0-9]{24,99}", v),
    "stripe_publishable_key": lambda v: re.fullmatch(r"pk_(live|test)_[A-Za-z0-9]{24,99}", v),
    "stripe_webhook_secret": lambda v: re.fullmatch(r"whsec_[A-Za-z0-9]{32}", v),
    "twilio_account_sid": lambda v: re.fullmatch(r"AC[a-f0-9]{32}", v),
    "twilio_auth_token": lambda v: re.fullmatch(r"[a-f0-9]{32}", v),
    "google_api_key": lambda v: re.fullmatch(r"AIza[A-Za-z0-9_-]{35}", v),
    "gitlab_pat": lambda v: re.fullmatch(r"glpat-[A-Za-z0-9_-]{20}", v),
    "sendgrid_api_key": lambda v: re.fullmatch(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", v),
    "huggingface_token": lambda v: re.fullmatch(r"hf_[A-Za-z]{34}", v),
    "digitalocean_token": lambda v: re.fullmatch(r"dop_v1_[a-f0-9]{64}", v),
    "age_secret_key": lambda v: re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]{58}", v),
    "jwt": lambda v: re.fullmatch(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", v),
    "jwt_io_sample": lambda v: v.endswith(".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    "aws_example_key": lambda v: v in ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "bcrypt_hash": lambda v: re.fullmatch(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}", v),
    "uuid": lambda v: re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", v, re.I),
    "git_sha": lambda v: re.fullmatch(r"[0-9a-f]{40}", v),
    "sha256": lambda v: re.fullmatch(r"[0-9a-f]{64}", v),
    "md5": lambda v: re.fullmatch(r"[0-9a-f]{32}", v),
    "database_url": lambda v: re.fullmatch(r"[a-z+]+://[^:/@\s]*:[^@\s]+@\S+", v),
    "basic_auth_url": lambda v: re.fullmatch(r"https?://[^:/@\s]+:[^@\s]+@\S+", v),
    "database_url_no_password": lambda v: re.fullmatch(r"[a-z+]+://([^:@/\s]+@)?[^@\s]+", v),
    "azure_sas_token": lambda v: v.startswith("sv=") and re.search(r"&sig=[^&\s]+$", v),
    "azure_storage_connection_string": lambda v: "AccountKey=" in v,
    "masked_value": lambda v: len(v) <= 4 or re.fullmatch(r"\[.*\]|\(.*\)|<.*>", v) or re.search(r"[*•.]{3}|REDACTED|Filtered|sensitive|rotated|offline|Tresor", v),
}
PEM_KINDS = {"rsa_private_key": "RSA PRIVATE KEY", "private_key": "PRIVATE KEY", "ec_private_key": "EC PRIVATE KEY",
             "openssh_private_key": "OPENSSH PRIVATE KEY", "pgp_private_key": "PGP PRIVATE KEY BLOCK",
             "certificate": "CERTIFICATE", "certificate_request": "CERTIFICATE REQUEST",
             "pgp_public_key": "PGP PUBLIC KEY BLOCK"}

DOMAIN_OK = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example)$")
# hosts after a scheme or after '@' in an address; also bare hostnames ending in common TLDs
URL_HOST = re.compile(r"[a-z][a-z0-9+.-]*://(?:[^/@\s]*@)?([A-Za-z0-9.-]+)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
IP_OK_LITERAL = {"0.0.0.0"}


def host_ok(h):
    h = h.lower().rstrip(".")
    if IPV4.fullmatch(h) or not "." in h:
        return True  # IPs checked separately; single-label hosts (db, localhost) are fine
    return bool(DOMAIN_OK.search(h))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "all.jsonl")
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {ln}: bad JSON {e}")
    for i, r in enumerate(recs, 1):
        rid = r.get("id")
        if rid != f"b11sec-{i:04d}":
            err(f"record {i}: id {rid!r} not sequential")
        if set(r) != {"id", "lang", "style", "text", "secrets", "lookalikes"}:
            err(f"{rid}: keys {sorted(r)}")
            continue
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            err(f"{rid}: empty text")
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err(f"{rid}: lang {r['lang']!r}")
        if not re.fullmatch(r"[a-z_]+", r["style"]):
            err(f"{rid}: style {r['style']!r}")
        for bad in ("@gen:", "[[", "]]", "{{", "}}"):
            # braces may legitimately appear inside values such as ${{ secrets.X }} or helm templates
            if bad in ("{{", "}}") and ("${{" in t or "{{ ." in t or "{{ vault" in t):
                continue
            if bad in t and bad in ("@gen:",):
                err(f"{rid}: leftover {bad!r}")
        if re.search(r"(\[\[|\{\{)[a-z0-9_]+\|", t):
            err(f"{rid}: leftover span markup")
        spans = []
        for side, allowed in (("secrets", SECRET_KINDS), ("lookalikes", LOOK_KINDS)):
            if not isinstance(r[side], list):
                err(f"{rid}: {side} not a list"); continue
            for s in r[side]:
                k, a, b = s.get("kind"), s.get("start"), s.get("end")
                if set(s) != {"kind", "start", "end"}:
                    err(f"{rid}: span keys {sorted(s)}")
                if k not in allowed:
                    err(f"{rid}: {side} kind {k!r} not allowed")
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                    err(f"{rid}: bad offsets {a},{b}"); continue
                v = t[a:b]
                an = re.compile(r"[A-Za-z0-9]")
                glued_ok = t[max(0, a - 2):a] == "-p" or t[max(0, a - 4):a] == "/bot"  # mysql -pPASS, /bot<token>/
                if (a > 0 and an.match(t[a - 1]) and an.match(t[a]) and not glued_ok) or (b < len(t) and an.match(t[b]) and an.match(t[b - 1])):
                    err(f"{rid}: span {k} cuts through a word: {t[max(0, a - 5):b + 5]!r}")
                if v != v.strip():
                    err(f"{rid}: span {k} has outer whitespace {v!r}")
                if k in FORMATS and not FORMATS[k](v):
                    err(f"{rid}: {k} value fails format check: {v[:60]!r}")
                if k in PEM_KINDS:
                    lab = PEM_KINDS[k]
                    if not (v.startswith(f"-----BEGIN {lab}-----") and v.endswith(f"-----END {lab}-----")):
                        err(f"{rid}: {k} not a whole {lab} block")
                if k == "gcp_service_account_private_key" and not (v.startswith("-----BEGIN PRIVATE KEY-----\\n") and v.endswith("-----END PRIVATE KEY-----\\n")):
                    err(f"{rid}: gcp key not escaped PEM")
                spans.append((a, b, side, k, v))
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if y[0] < x[1]:
                err(f"{rid}: overlapping spans {x[3]} and {y[3]}")
        # a labelled password must not appear again unlabelled in the same text
        covered = [(a, b) for a, b, *_ in spans]
        for a, b, side, k, v in spans:
            if (side == "secrets" and len(v) >= 6) or (side == "lookalikes" and len(v) >= 12):
                for m in re.finditer(re.escape(v), t):
                    if not any(ca <= m.start() and m.end() <= cb for ca, cb in covered):
                        err(f"{rid}: {k} {v[:40]!r} repeated without a label")
        # reserved domains and documentation IPs only
        for m in URL_HOST.finditer(t):
            if not host_ok(m.group(1)):
                err(f"{rid}: non-reserved host {m.group(1)!r}")
        for m in EMAIL.finditer(t):
            if not host_ok(m.group(1)):
                err(f"{rid}: non-reserved e-mail domain {m.group(1)!r}")
        for m in IPV4.finditer(t):
            ip = m.group(1)
            try:
                addr = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if ip not in IP_OK_LITERAL and not any(addr in n for n in DOC_NETS):
                err(f"{rid}: IP {ip} outside documentation ranges")
    # README counts must match
    cnt_s = collections.Counter(s["kind"] for r in recs for s in r["secrets"])
    cnt_l = collections.Counter(s["kind"] for r in recs for s in r["lookalikes"])
    try:
        readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    except OSError:
        readme = ""
        err("README.md missing")
    m = re.search(r"Records: (\d+)", readme)
    if not m or int(m.group(1)) != len(recs):
        err("README.md record count does not match the data")
    for kind, n in list(cnt_s.items()) + list(cnt_l.items()):
        if not re.search(rf"\| `{kind}` \| {n} \|", readme):
            err(f"README.md count for {kind} ({n}) missing or wrong")
    langs = collections.Counter(r["lang"] for r in recs)
    for lang, n in langs.items():
        if not re.search(rf"\| {lang} \| {n} \|", readme):
            err(f"README.md count for lang {lang} ({n}) missing or wrong")
    if ERR:
        for e in ERR[:200]:
            print("ERROR", e)
        print(f"{len(ERR)} error(s)")
        return 1
    print(f"OK: {len(recs)} records, {sum(cnt_s.values())} secret spans, {sum(cnt_l.values())} look-alike spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
