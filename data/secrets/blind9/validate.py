#!/usr/bin/env python3
"""Independent validator for all.jsonl (does not import gen.py). Exit 0 = fine."""
import base64, binascii, json, os, re, struct, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


LANGS = set("en es de fr it pt nl pl ru uk tr ar hi id ja ko zh vi sv".split())

LOOKALIKE_KINDS = set("""git_sha git_sha_short md5 sha1 sha256 uuid ulid mongo_objectid docker_digest
sri_integrity go_sum_hash css_hash cache_key build_id nonce csp_hash ssh_fingerprint gpg_fingerprint
ethereum_address k8s_pod_name stripe_object_id ssh_public_key pem_public_key pem_certificate
age_public_key stripe_publishable_key mapbox_public_token supabase_anon_key google_oauth_client_id
recaptcha_site_key twilio_account_sid openai_org_id password_hash encrypted_blob placeholder
env_reference empty_password redacted test_fixture aws_example_key doc_example_jwt
database_url_no_password prose""".split())

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def gh_checksum_ok(tok):
    body, chk = tok[4:34], tok[34:]
    return len(tok) == 40 and b62(zlib.crc32(body.encode()) & 0xFFFFFFFF) == chk


def b64json(seg):
    return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))


def jwt_ok(v, role=None):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h, p = b64json(parts[0]), b64json(parts[1])
    except Exception:
        return False
    if "alg" not in h:
        return False
    return role is None or p.get("role") == role


def pem_body(v, label):
    m = re.fullmatch(r"-----BEGIN %s-----\n(?:\n)?([A-Za-z0-9+/=\n]+?)\n-----END %s-----" % (label, label), v)
    if not m:
        return None
    try:
        return base64.b64decode(m.group(1).replace("\n", ""), validate=True)
    except binascii.Error:
        return None


def der_seq_ok(b):
    if not b or b[0] != 0x30:
        return False
    l = b[1]
    if l < 0x80:
        return l + 2 == len(b)
    n = l & 0x7F
    return int.from_bytes(b[2:2 + n], "big") + 2 + n == len(b)


def rsa_ok(v):
    b = pem_body(v, "RSA PRIVATE KEY")
    return b is not None and der_seq_ok(b) and b[4:7] == b"\x02\x01\x00"


def pkcs8_ok(v):
    b = pem_body(v, "PRIVATE KEY")
    if b is None or not der_seq_ok(b):
        return False
    return (b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01" in b[:30]
            or b.startswith(bytes.fromhex("302e020100300506032b6570")))


def ec_ok(v):
    b = pem_body(v, "EC PRIVATE KEY")
    return b is not None and der_seq_ok(b) and b[2:7] == b"\x02\x01\x01\x04\x20"


def openssh_ok(v):
    b = pem_body(v, "OPENSSH PRIVATE KEY")
    if b is None or not b.startswith(b"openssh-key-v1\x00"):
        return False
    off = 15
    try:
        for _ in range(3):
            n = struct.unpack(">I", b[off:off + 4])[0]; off += 4 + n
        nkeys = struct.unpack(">I", b[off:off + 4])[0]; off += 4
        n = struct.unpack(">I", b[off:off + 4])[0]; off += 4 + n
        n = struct.unpack(">I", b[off:off + 4])[0]; off += 4
        priv = b[off:off + n]
        return nkeys == 1 and len(priv) == n and priv[:4] == priv[4:8] and off + n == len(b)
    except struct.error:
        return False


def crc24(data):
    crc = 0xB704CE
    for x in data:
        crc ^= x << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_ok(v):
    m = re.fullmatch(r"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----", v)
    if not m:
        return False
    data = base64.b64decode(m.group(1).replace("\n", ""))
    return (data[0] & 0xC0) == 0xC0 and base64.b64decode(m.group(2)) == crc24(data).to_bytes(3, "big")


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if not hrp or len(data) < 7 or any(c not in BECH for c in data):
        return False
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH.index(c) for c in data]:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk == 1


def b64dec_ok(v, want_colon=False):
    try:
        d = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    return d.isprintable() and (":" in d if want_colon else True)


HEXN = lambda n: r"[0-9a-f]{%d}" % n
UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
B64U = r"[A-Za-z0-9_-]"
AN = r"[A-Za-z0-9]"

SECRET_RX = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9/+]{40}",
    "aws_session_token": r"(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+]{200,}={0,2}",
    "azure_storage_key": r"[A-Za-z0-9+/]{86}==",
    "azure_sas_token": r"sv=\d{4}-\d{2}-\d{2}&.*&sig=[A-Za-z0-9%]+",
    "azure_ad_client_secret": r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}",
    "azure_storage_connection_string": r"DefaultEndpointsProtocol=https?;AccountName=[a-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==;EndpointSuffix=[a-z.]+",
    "azure_servicebus_connection_string": r"Endpoint=sb://[a-z0-9-]+\.servicebus\.windows\.net/;SharedAccessKeyName=\w+;SharedAccessKey=[A-Za-z0-9+/]{43}=",
    "google_api_key": r"AIza" + B64U + "{35}",
    "google_oauth_client_secret": r"GOCSPX-" + B64U + "{28}",
    "google_oauth_access_token": r"ya29\." + B64U + "{50,}",
    "alibaba_access_key_id": r"LTAI" + AN + "{20}",
    "digitalocean_pat": r"dop_v1_" + HEXN(64),
    "heroku_api_key": UUID,
    "cloudflare_api_token": B64U + "{40}",
    "cloudflare_global_api_key": HEXN(37),
    "databricks_token": r"dapi" + HEXN(32),
    "github_pat": r"ghp_" + AN + "{36}",
    "github_oauth_token": r"gho_" + AN + "{36}",
    "github_app_token": r"gh[su]_" + AN + "{36}",
    "github_refresh_token": r"ghr_" + AN + "{36}",
    "github_fine_grained_pat": r"github_pat_" + AN + "{22}_" + AN + "{59}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "gitlab_runner_token": r"glrt-[A-Za-z0-9_-]{20}",
    "gitlab_trigger_token": r"glptt-" + HEXN(40),
    "gitlab_deploy_token": r"gldt-[A-Za-z0-9_-]{20}",
    "bitbucket_app_password": r"ATBB" + AN + "{32}",
    "atlassian_api_token": r"ATATT3" + B64U + "{150,}=[0-9A-F]{8}",
    "npm_token": r"npm_" + AN + "{36}",
    "pypi_token": r"pypi-AgEIcHlwaS5vcmc" + B64U + "{50,}",
    "rubygems_api_key": r"rubygems_" + HEXN(48),
    "nuget_api_key": r"oy2[a-z0-9]{43}",
    "docker_hub_pat": r"dckr_pat_" + B64U + "{27}",
    "jfrog_api_key": r"AKCp" + AN + "{69}",
    "sonarqube_token": r"sq[upa]_" + HEXN(40),
    "circleci_token": r"CCIPAT_" + AN + "{22}_" + HEXN(40),
    "buildkite_token": r"bkua_" + HEXN(40),
    "terraform_cloud_token": AN + r"{14}\.atlasv1\." + AN + "{60,70}",
    "hashicorp_vault_token": r"hvs\." + B64U + "{90,}",
    "pulumi_access_token": r"pul-" + HEXN(40),
    "doppler_token": r"dp\.pt\." + AN + "{43}",
    "render_api_key": r"rnd_" + AN + "{32}",
    "crates_io_token": r"cio" + AN + "{32}",
    "mercadopago_access_token": r"APP_USR-\d{16}-\d{6}-" + HEXN(32) + r"-\d{9}",
    "honeycomb_api_key": r"hcaik_01[a-z0-9]{56}",
    "backblaze_application_key": r"K00\d" + AN + "{27}",
    "stripe_secret_key": r"sk_live_" + AN + "{24,99}",
    "stripe_test_secret_key": r"sk_test_" + AN + "{24,99}",
    "stripe_restricted_key": r"rk_live_" + AN + "{24,99}",
    "stripe_webhook_secret": r"whsec_" + AN + "{32}",
    "square_access_token": r"EAAA" + B64U + "{60}",
    "square_oauth_secret": r"sq0csp-" + B64U + "{43}",
    "braintree_access_token": r"access_token\$production\$[a-z0-9]{16}\$" + HEXN(32),
    "shopify_access_token": r"shp(at|ca|pa)_" + HEXN(32),
    "shopify_shared_secret": r"shpss_" + HEXN(32),
    "slack_bot_token": r"xoxb-\d{10,13}-\d{10,13}-" + AN + "{24}",
    "slack_user_token": r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-" + HEXN(32),
    "slack_app_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-" + HEXN(64),
    "slack_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,12}/" + AN + "{24}",
    "discord_bot_token": r"[MNO][A-Za-z0-9]{23,27}\." + B64U + r"{6}\." + B64U + "{27,40}",
    "discord_webhook_url": r"https://discord(app)?\.com/api/webhooks/\d{17,20}/" + B64U + "{60,68}",
    "telegram_bot_token": r"\d{8,10}:AA" + B64U + "{33}",
    "twilio_api_key": r"SK" + HEXN(32),
    "twilio_auth_token": HEXN(32),
    "sendgrid_api_key": r"SG\." + B64U + r"{22}\." + B64U + "{43}",
    "mailgun_api_key": r"key-" + HEXN(32),
    "mailchimp_api_key": HEXN(32) + r"-us\d{1,2}",
    "postmark_server_token": UUID,
    "fcm_server_key": r"AAAA" + B64U + r"{7}:APA91b" + B64U + "{120,140}",
    "facebook_access_token": r"EAA[A-Za-z0-9]{100,}",
    "openai_api_key": r"sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80}",
    "anthropic_api_key": r"sk-ant-api03-" + B64U + "{93}AA",
    "anthropic_admin_key": r"sk-ant-admin01-" + B64U + "{93}AA",
    "huggingface_token": r"hf_[A-Za-z]{34}",
    "groq_api_key": r"gsk_" + AN + "{52}",
    "replicate_api_token": r"r8_" + AN + "{37}",
    "perplexity_api_key": r"pplx-" + AN + "{48}",
    "xai_api_key": r"xai-" + AN + "{80}",
    "langsmith_api_key": r"lsv2_(pt|sk)_" + HEXN(32) + "_" + HEXN(10),
    "deepseek_api_key": r"sk-" + HEXN(32),
    "datadog_api_key": HEXN(32),
    "datadog_app_key": HEXN(40),
    "new_relic_license_key": r"[0-9a-f]{36}NRAL",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "sentry_auth_token": r"sntry[us]_" + HEXN(64),
    "grafana_service_account_token": r"glsa_" + AN + "{32}_" + HEXN(8),
    "dynatrace_api_token": r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
    "splunk_hec_token": UUID,
    "planetscale_password": r"pscale_pw_" + B64U + "{43}",
    "linear_api_key": r"lin_api_" + AN + "{40}",
    "notion_api_token": r"ntn_" + AN + "{46}",
    "airtable_pat": r"pat" + AN + r"{14}\." + HEXN(64),
    "figma_pat": r"figd_" + B64U + "{40}",
    "postman_api_key": r"PMAK-" + HEXN(24) + "-" + HEXN(34),
    "hubspot_private_app_token": r"pat-(na|eu)\d-" + UUID,
    "dropbox_access_token": r"sl\." + B64U + "{130,}",
    "okta_api_token": r"00" + B64U + "{40}",
    "mapbox_secret_token": r"sk\.eyJ" + B64U + r"+\." + B64U + "{22}",
    "ethereum_private_key": r"0x" + HEXN(64),
    "wireguard_private_key": r"[A-Za-z0-9+/]{43}=",
    "bearer_token": r"[A-Za-z0-9_\-.~+/]{20,}=*",
    "database_url": r"(postgres|postgresql(\+\w+)?|mysql|mongodb(\+srv)?|redis|rediss|amqp)://[^\s:@/]*:[^\s@]+@[^\s]+",
    "basic_auth_url": r"https?://[^\s:@/]+:[^\s@]+@[^\s]+",
    "generic_secret": r"\S(.*\S)?",
    "password": r"\S(.*\S)?",
}
CHECKS = {
    "github_pat": gh_checksum_ok, "github_oauth_token": gh_checksum_ok, "github_app_token": gh_checksum_ok,
    "github_refresh_token": gh_checksum_ok, "npm_token": gh_checksum_ok,
    "jwt": jwt_ok, "supabase_service_role_key": lambda v: jwt_ok(v, "service_role"),
    "rsa_private_key": rsa_ok, "pkcs8_private_key": pkcs8_ok, "ec_private_key": ec_ok,
    "openssh_private_key": openssh_ok, "pgp_private_key": pgp_ok,
    "age_secret_key": lambda v: v.startswith("AGE-SECRET-KEY-1") and v == v.upper() and bech32_ok(v),
    "k8s_secret_b64": lambda v: b64dec_ok(v),
    "docker_registry_auth": lambda v: b64dec_ok(v, True),
    "gcp_service_account_key": lambda v: v.startswith("-----BEGIN PRIVATE KEY-----\\n") and v.endswith("-----END PRIVATE KEY-----\\n")
        and pkcs8_ok(v[:-2].replace("\\n", "\n")),
    "mapbox_secret_token": lambda v: "u" in b64json(v.split(".")[1]),
    "wireguard_private_key": lambda v: len(base64.b64decode(v)) == 32,
}
SECRET_KINDS = set(SECRET_RX) | set(CHECKS)

LOOK_RX = {
    "git_sha": HEXN(40), "git_sha_short": r"[0-9a-f]{7,12}", "md5": HEXN(32), "sha1": HEXN(40),
    "sha256": HEXN(64), "uuid": UUID, "ulid": r"[0-7][0-9A-HJKMNP-TV-Z]{25}", "mongo_objectid": HEXN(24),
    "docker_digest": r"sha256:" + HEXN(64), "sri_integrity": r"sha(256|384|512)-[A-Za-z0-9+/]+={0,2}",
    "go_sum_hash": r"h1:[A-Za-z0-9+/]{43}=", "css_hash": r"[0-9a-f]{8,20}", "build_id": r"[0-9a-f]{12}",
    "nonce": r"[A-Za-z0-9+/]{22}==", "csp_hash": r"sha256-[A-Za-z0-9+/]{43}=",
    "ssh_fingerprint": r"SHA256:[A-Za-z0-9+/]{43}", "gpg_fingerprint": r"[0-9A-F]{40}",
    "ethereum_address": r"0x[0-9a-fA-F]{40}", "k8s_pod_name": r"[a-z0-9-]+-[a-z0-9]{10}-[a-z0-9]{5}",
    "stripe_object_id": r"(cus|pi|ch|in|sub|prod)_" + AN + "{14,24}",
    "ssh_public_key": r"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]+={0,2}",
    "pem_public_key": r"-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----",
    "pem_certificate": r"-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----",
    "age_public_key": r"age1[02-9ac-hj-np-z]{58}", "stripe_publishable_key": r"pk_(live|test)_" + AN + "{24,99}",
    "mapbox_public_token": r"pk\.eyJ" + B64U + r"+\." + B64U + "{22}",
    "google_oauth_client_id": r"\d{12}-[a-z0-9]{32}\.apps\.googleusercontent\.com",
    "recaptcha_site_key": r"6L" + B64U + "{38}", "twilio_account_sid": r"AC" + HEXN(32),
    "openai_org_id": r"org-" + AN + "{24}",
    "password_hash": r"(\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}|\$6\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}|\$7\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+|\$apr1\$[./A-Za-z0-9]{8}\$[./A-Za-z0-9]{22}|md5[0-9a-f]{32})",
    "encrypted_blob": r"(ENC\[AES256_GCM,data:.*,type:\w+\]|v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+|[0-9a-f\s]{64,})",
    "empty_password": r"""(""|'')""",
    "database_url_no_password": r"[a-z0-9+]+://[^\s:@]*(@[^\s]+)?[^\s]*",
    "aws_example_key": r"(AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)",
    "doc_example_jwt": r"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "supabase_anon_key": None,
}
LOOK_CHECKS = {
    "supabase_anon_key": lambda v: jwt_ok(v, "anon"),
    "env_reference": lambda v: v.count("{") == v.count("}") and v.count("[") == v.count("]"),
    "placeholder": lambda v: v.count("{") == v.count("}") and v.count("<") == v.count(">"),
    "age_public_key": bech32_ok,
    "test_fixture": lambda v: not (v.startswith("ghp_") and len(v) == 40 and gh_checksum_ok(v)),
    "database_url_no_password": lambda v: not re.match(r"[a-z0-9+]+://[^\s/@:]*:[^\s/@]+@", v),
}

MARKUP = re.compile(r"\[\[[a-z][a-z0-9_]*\||\{\{[a-z][a-z0-9_]*\||@gen:")


def main():
    path = os.path.join(HERE, "all.jsonl")
    rows = []
    for ln_no, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line%d" % ln_no, "bad json %s" % e)
    seen_text, ids = set(), set()
    n_sec = n_look = 0
    kinds_s, kinds_l, langs = {}, {}, {}
    for k, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        if set(r) != {"id", "lang", "style", "text", "secrets", "lookalikes"}:
            err(rid, "keys %s" % sorted(r))
            continue
        if rid != "b9sec-%04d" % k or rid in ids:
            err(rid, "id out of sequence / duplicate")
        ids.add(rid)
        if r["lang"] not in LANGS:
            err(rid, "lang %r" % r["lang"])
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["style"]):
            err(rid, "style %r" % r["style"])
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            err(rid, "empty text"); continue
        if t in seen_text:
            err(rid, "duplicate text")
        seen_text.add(t)
        if MARKUP.search(t):
            err(rid, "left-over markup: %r" % MARKUP.search(t).group())
        if re.search(r"(?m)^@@ [a-z]{2} [a-z0-9_]+\s*$", t):
            err(rid, "message header inside text")
        if re.search(r"(?m)^##", t):
            err(rid, "comment line inside text")
        spans = []
        for field, allowed in (("secrets", SECRET_KINDS), ("lookalikes", LOOKALIKE_KINDS)):
            if not isinstance(r[field], list):
                err(rid, "%s not a list" % field); continue
            for sp in r[field]:
                if set(sp) != {"kind", "start", "end"}:
                    err(rid, "span keys %s" % sp); continue
                kd, s, e = sp["kind"], sp["start"], sp["end"]
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                    err(rid, "bad offsets %s" % sp); continue
                if kd not in allowed:
                    err(rid, "%s kind %r not allowed" % (field, kd)); continue
                v = t[s:e]
                if v != v.strip():
                    err(rid, "whitespace at span edge %r" % v[:30])
                spans.append((s, e, field, kd))
                if field == "secrets":
                    n_sec += 1; kinds_s[kd] = kinds_s.get(kd, 0) + 1
                    rx = SECRET_RX.get(kd)
                    if rx and not re.fullmatch(rx, v, re.S):
                        err(rid, "secret %s format mismatch: %r" % (kd, v[:60]))
                    chk = CHECKS.get(kd)
                    if chk:
                        try:
                            ok = chk(v)
                        except Exception:
                            ok = False
                        if not ok:
                            err(rid, "secret %s check failed: %r" % (kd, v[:60]))
                else:
                    n_look += 1; kinds_l[kd] = kinds_l.get(kd, 0) + 1
                    rx = LOOK_RX.get(kd)
                    if rx and not re.fullmatch(rx, v, re.S):
                        err(rid, "lookalike %s format mismatch: %r" % (kd, v[:60]))
                    chk = LOOK_CHECKS.get(kd)
                    if chk:
                        try:
                            ok = chk(v)
                        except Exception:
                            ok = False
                        if not ok:
                            err(rid, "lookalike %s check failed: %r" % (kd, v[:60]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(rid, "overlapping spans %s %s" % (a, b))
    n = len(rows)
    non_en = sum(v for l, v in langs.items() if l != "en")
    if not 290 <= n <= 360:
        err("counts", "records %d" % n)
    if n_sec < 330:
        err("counts", "secrets %d < 330" % n_sec)
    if n_look < 280:
        err("counts", "lookalikes %d < 280" % n_look)
    if not 0.2 <= non_en / max(n, 1) <= 0.35:
        err("counts", "non-English share %.2f" % (non_en / n))
    if len(kinds_s) < 60:
        err("counts", "only %d secret kinds" % len(kinds_s))
    if any(l not in kinds_l for l in LOOKALIKE_KINDS):
        err("counts", "unused lookalike kinds: %s" % sorted(LOOKALIKE_KINDS - set(kinds_l)))
    lens = sorted(len(r["text"]) for r in rows)
    print("records=%d secrets=%d lookalikes=%d secret_kinds=%d lookalike_kinds=%d non_en=%d (%.1f%%) "
          "len[min/med/max]=%d/%d/%d" % (n, n_sec, n_look, len(kinds_s), len(kinds_l), non_en,
                                         100 * non_en / n, lens[0], lens[n // 2], lens[-1]))
    if "-v" in sys.argv:
        print("langs", dict(sorted(langs.items(), key=lambda x: -x[1])))
        print("secret kinds", dict(sorted(kinds_s.items(), key=lambda x: -x[1])))
        print("lookalike kinds", dict(sorted(kinds_l.items(), key=lambda x: -x[1])))
    for e in errors[:80]:
        print("ERROR", e)
    if errors:
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
