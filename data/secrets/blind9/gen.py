#!/usr/bin/env python3
"""Build all.jsonl for blind secrets set 9 from src/*.txt.

Every provider-format value is produced here from random.Random(SEED).
Markup:  @@ <lang> <style>   starts a message; lines starting with ## are comments.
         [[kind|value]]      secret span     {{kind|value}}  look-alike span
         @gen:kind           generated value (inside a span value); @gen:kind#tag reuses
                             the same generated value within one message.
"""
import base64, json, os, random, re, string, struct, sys, urllib.parse, zlib

SEED = 9_0931
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = DIG + UP + LO
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
UHEX = HEX.upper()
B64URL = UP + LO + DIG + "-_"
B64 = UP + LO + DIG + "+/"
B32 = UP + "234567"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT = "./" + UP + LO + DIG


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62enc(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_style(prefix, n=30):
    body = rs(ALNUM, n)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF)


# ---------------- DER / PEM helpers ----------------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(nbytes):
    b = bytearray(rb(nbytes))
    b[0] |= 0x80
    return tlv(0x02, b"\x00" + bytes(b))


def pkcs1_der():
    parts = [tlv(0x02, b"\x00"), der_int_rand(128), tlv(0x02, b"\x01\x00\x01"),
             der_int_rand(127), der_int_rand(64), der_int_rand(64),
             der_int_rand(63), der_int_rand(63), der_int_rand(63)]
    return tlv(0x30, b"".join(parts))


RSA_ALG = tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")


def pkcs8_rsa_der():
    return tlv(0x30, tlv(0x02, b"\x00") + RSA_ALG + tlv(0x04, pkcs1_der()))


def pkcs8_ed25519_der():
    return bytes.fromhex("302e020100300506032b657004220420") + rb(32)


def sec1_der():
    body = (tlv(0x02, b"\x01") + tlv(0x04, rb(32)) +
            tlv(0xA0, tlv(0x06, bytes.fromhex("2a8648ce3d030107"))) +
            tlv(0xA1, tlv(0x03, b"\x00\x04" + rb(64))))
    return tlv(0x30, body)


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def openssh_key():
    pub = rb(32)
    pubblob = sshstr("ssh-ed25519") + sshstr(pub)
    check = rb(4)
    priv = (check + check + sshstr("ssh-ed25519") + sshstr(pub) + sshstr(rb(32) + pub)
            + sshstr("deploy@build-" + rs(LO + DIG, 6) + ".example"))
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad]); pad += 1
    blob = (b"openssh-key-v1\x00" + sshstr("none") + sshstr("none") + sshstr(b"")
            + struct.pack(">I", 1) + sshstr(pubblob) + sshstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_key():
    # v4 secret-key packet (new format tag 5) with an EdDSA public part, unencrypted
    body = (b"\x04" + struct.pack(">I", 1700000000 + rng.randrange(10 ** 7)) + b"\x16"
            + b"\x09" + bytes.fromhex("2b06010401da470f01") + b"\x01\x07\x40" + rb(32)
            + b"\x00" + b"\x00\xff" + rb(32) + rb(2))
    pkt = b"\xc5" + bytes([len(body)]) + body
    uid = ("Release Bot <release@%s.example>" % rs(LO, 7)).encode()
    pkt += b"\xcd" + bytes([len(uid)]) + uid
    b = base64.b64encode(pkt).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    c = base64.b64encode(crc24(pkt).to_bytes(3, "big")).decode()
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + c
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


# ---------------- bech32 (age) ----------------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= GEN[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = bits = 0
    data = []
    for x in data8:
        acc = (acc << 8) | x; bits += 8
        while bits >= 5:
            bits -= 5; data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = bech32_polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


# ---------------- JWT ----------------
def jwt_from(header, payload, siglen=32):
    return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(rb(siglen)))


def gen_jwt():
    alg = rng.choice(["HS256", "RS256", "ES256"])
    iat = 1735000000 + rng.randrange(30000000)
    p = {"sub": rs(DIG, 7), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.6:
        p["iss"] = "https://auth.%s.example" % rs(LO, 6)
    if rng.random() < 0.5:
        p["scope"] = rng.choice(["read write", "admin", "orders:read", "openid profile"])
    return jwt_from({"alg": alg, "typ": "JWT"}, p, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])


def supa(role):
    iat = 1700000000 + rng.randrange(40000000)
    return jwt_from({"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": rs(LO, 20), "role": role, "iat": iat,
                     "exp": iat + 315360000})


def mapbox(prefix):
    pl = {"u": rs(LO, rng.randint(5, 10)), "a": rs(LO + DIG, 25)}
    return prefix + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(B64URL, 22)


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def azure_sas():
    sig = urllib.parse.quote(base64.b64encode(rb(32)).decode(), safe="")
    return ("sv=2022-11-02&ss=%s&srt=sco&sp=%s&se=2026-%02d-%02dT%02d:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=%s"
            % (rng.choice(["b", "bf", "bfqt"]), rng.choice(["rl", "rwdlac", "racwdl"]),
               rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), sig))


def k8s_b64():
    val = rs(ALNUM + "!#%+-", rng.randint(12, 28))
    return base64.b64encode(val.encode()).decode()


def docker_auth():
    user = rng.choice(["ci-bot", "deploy", "robot$builder", "svc_registry", "jenkins"])
    return base64.b64encode(("%s:%s" % (user, rs(ALNUM, rng.randint(16, 36)))).encode()).decode()


def wg_key():
    b = bytearray(rb(32)); b[0] &= 248; b[31] &= 127; b[31] |= 64
    return base64.b64encode(bytes(b)).decode()


def bcrypt_hash():
    return "$2b$%02d$" % rng.choice([10, 12, 12, 14]) + rs(BCRYPT, 53)


def pw_hash():
    r = rng.random()
    if r < 0.55:
        return bcrypt_hash()
    if r < 0.85:
        return "$6$" + rs(BCRYPT, 16) + "$" + rs(BCRYPT, 86)
    return "$7$101$" + base64.b64encode(rb(12)).decode() + "$" + base64.b64encode(rb(64)).decode()


def sops():
    data = base64.b64encode(rb(rng.randint(8, 30))).decode()
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        data, base64.b64encode(rb(32)).decode(), base64.b64encode(rb(16)).decode())


def ssh_pub():
    blob = sshstr("ssh-ed25519") + sshstr(rb(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def ulid():
    return rng.choice("01") + rs(CROCK, 25)


def pod():
    return "%s-%s-%s" % (rng.choice(["checkout-api", "web", "worker", "billing-svc", "ingest", "auth-gateway"]),
                         rs("bcdfghjklmnpqrstvwxz2456789", 10), rs("bcdfghjklmnpqrstvwxz2456789", 5))


def gcp_pk():
    return pem("PRIVATE KEY", pkcs8_rsa_der()).replace("\n", "\\n") + "\\n"


def fcm():
    return "AAAA" + rs(B64URL, 7) + ":APA91b" + rs(B64URL, 134)


GEN = {
    # ---- cloud
    "aws_access_key_id": lambda: rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(B32, 16),
    "aws_secret_access_key": lambda: rs(UP + LO + DIG + "/+", 40),
    "aws_session_token": lambda: "IQoJb3JpZ2luX2Vj" + rs(B64, 340) + "==",
    "azure_storage_key": lambda: base64.b64encode(rb(64)).decode(),
    "azure_sas_token": azure_sas,
    "azure_ad_client_secret": lambda: rs(ALNUM, 3) + rs(DIG, 1) + "Q~" + rs(ALNUM + "_.~-", 34),
    "azure_servicebus_key": lambda: base64.b64encode(rb(32)).decode(),
    "gcp_sa_private_key": gcp_pk,
    "google_api_key": lambda: "AIza" + rs(B64URL, 35),
    "google_oauth_client_secret": lambda: "GOCSPX-" + rs(B64URL, 28),
    "alibaba_access_key_id": lambda: "LTAI" + rs(ALNUM, 20),
    "digitalocean_pat": lambda: "dop_v1_" + rs(HEX, 64),
    "heroku_api_key": uuid4,
    "cloudflare_api_token": lambda: rs(B64URL, 40),
    "cloudflare_global_api_key": lambda: rs(HEX, 37),
    "databricks_token": lambda: "dapi" + rs(HEX, 32),
    # ---- code hosts / CI / registries
    "github_pat": lambda: gh_style("ghp_"),
    "github_oauth_token": lambda: gh_style("gho_"),
    "github_app_token": lambda: gh_style(rng.choice(["ghs_", "ghu_"])),
    "github_refresh_token": lambda: gh_style("ghr_"),
    "github_fine_grained_pat": lambda: "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59),
    "gitlab_pat": lambda: "glpat-" + rs(ALNUM + "-_", 20),
    "gitlab_runner_token": lambda: "glrt-" + rs(ALNUM + "-_", 20),
    "gitlab_trigger_token": lambda: "glptt-" + rs(HEX, 40),
    "gitlab_deploy_token": lambda: "gldt-" + rs(ALNUM + "-_", 20),
    "bitbucket_app_password": lambda: "ATBB" + rs(ALNUM, 32),
    "atlassian_api_token": lambda: "ATATT3xFfGF0" + rs(B64URL, 170) + "=" + rs(UHEX, 8),
    "npm_token": lambda: gh_style("npm_"),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 150),
    "rubygems_api_key": lambda: "rubygems_" + rs(HEX, 48),
    "nuget_api_key": lambda: "oy2" + rs(LO + DIG, 43),
    "docker_hub_pat": lambda: "dckr_pat_" + rs(B64URL, 27),
    "jfrog_api_key": lambda: "AKCp" + rs(ALNUM, 69),
    "sonarqube_token": lambda: rng.choice(["squ_", "sqp_", "sqa_"]) + rs(HEX, 40),
    "circleci_token": lambda: "CCIPAT_" + rs(ALNUM, 22) + "_" + rs(HEX, 40),
    "buildkite_token": lambda: "bkua_" + rs(HEX, 40),
    "terraform_cloud_token": lambda: rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67),
    "hashicorp_vault_token": lambda: "hvs.CAESI" + rs(B64URL, 86),
    "pulumi_access_token": lambda: "pul-" + rs(HEX, 40),
    "doppler_token": lambda: "dp.pt." + rs(ALNUM, 43),
    "mercadopago_access_token": lambda: "APP_USR-%s-%s-%s-%s" % (rs(DIG, 16), rs(DIG, 6), rs(HEX, 32), rs(DIG, 9)),
    "honeycomb_api_key": lambda: "hcaik_01" + rs(LO + DIG, 56),
    "google_oauth_access_token": lambda: "ya29.a0" + rs(B64URL, 160),
    "backblaze_application_key": lambda: "K00" + rng.choice("12345") + rs(ALNUM, 27),
    "crates_io_token": lambda: "cio" + rs(ALNUM, 32),
    "render_api_key": lambda: "rnd_" + rs(ALNUM, 32),
    # ---- payment
    "stripe_secret_key": lambda: "sk_live_" + rs(ALNUM, rng.choice([24, 99])),
    "stripe_test_secret_key": lambda: "sk_test_" + rs(ALNUM, rng.choice([24, 99])),
    "stripe_restricted_key": lambda: "rk_live_" + rs(ALNUM, rng.choice([24, 99])),
    "stripe_webhook_secret": lambda: "whsec_" + rs(ALNUM, 32),
    "square_access_token": lambda: "EAAA" + rs(B64URL, 60),
    "square_oauth_secret": lambda: "sq0csp-" + rs(B64URL, 43),
    "braintree_access_token": lambda: "access_token$production$" + rs(LO + DIG, 16) + "$" + rs(HEX, 32),
    "shopify_access_token": lambda: rng.choice(["shpat_", "shpca_", "shppa_"]) + rs(HEX, 32),
    "shopify_shared_secret": lambda: "shpss_" + rs(HEX, 32),
    # ---- messaging
    "slack_bot_token": lambda: "xoxb-%s-%s-%s" % (rs(DIG, 11), rs(DIG, 13), rs(ALNUM, 24)),
    "slack_user_token": lambda: "xoxp-%s-%s-%s-%s" % (rs(DIG, 11), rs(DIG, 11), rs(DIG, 13), rs(HEX, 32)),
    "slack_app_token": lambda: "xapp-1-A0%s-%s-%s" % (rs(UP + DIG, 9), rs(DIG, 13), rs(HEX, 64)),
    "slack_webhook_url": lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24)),
    "discord_bot_token": lambda: base64.b64encode(("1" + rs(DIG, 18)).encode()).decode().rstrip("=") + "." + rs(B64URL, 6) + "." + rs(B64URL, 38),
    "discord_webhook_url": lambda: "https://discord.com/api/webhooks/1%s/%s" % (rs(DIG, 18), rs(B64URL, 68)),
    "telegram_bot_token": lambda: "%s%s:AA%s" % (rng.choice("1234567"), rs(DIG, 9), rs(B64URL, 33)),
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "twilio_auth_token": lambda: rs(HEX, 32),
    "sendgrid_api_key": lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43),
    "mailgun_api_key": lambda: "key-" + rs(HEX, 32),
    "mailchimp_api_key": lambda: rs(HEX, 32) + "-us" + str(rng.randint(1, 21)),
    "postmark_server_token": uuid4,
    "fcm_server_key": fcm,
    "facebook_access_token": lambda: "EAA" + rs("BGI", 1) + rs(ALNUM, 160),
    # ---- AI providers
    "openai_api_key": lambda: rng.choice([
        lambda: "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74),
        lambda: "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20),
        lambda: "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)])(),
    "anthropic_api_key": lambda: "sk-ant-api03-" + rs(B64URL, 93) + "AA",
    "anthropic_admin_key": lambda: "sk-ant-admin01-" + rs(B64URL, 93) + "AA",
    "huggingface_token": lambda: "hf_" + rs(UP + LO, 34),
    "groq_api_key": lambda: "gsk_" + rs(ALNUM, 52),
    "replicate_api_token": lambda: "r8_" + rs(ALNUM, 37),
    "perplexity_api_key": lambda: "pplx-" + rs(ALNUM, 48),
    "xai_api_key": lambda: "xai-" + rs(ALNUM, 80),
    "langsmith_api_key": lambda: "lsv2_pt_" + rs(HEX, 32) + "_" + rs(HEX, 10),
    "deepseek_api_key": lambda: "sk-" + rs(HEX, 32),
    # ---- observability
    "datadog_api_key": lambda: rs(HEX, 32),
    "datadog_app_key": lambda: rs(HEX, 40),
    "new_relic_license_key": lambda: rs(HEX, 36) + "NRAL",
    "new_relic_user_api_key": lambda: "NRAK-" + rs(UP + DIG, 27),
    "sentry_auth_token": lambda: "sntryu_" + rs(HEX, 64),
    "grafana_service_account_token": lambda: "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8),
    "dynatrace_api_token": lambda: "dt0c01." + rs(UP + DIG, 24) + "." + rs(UP + DIG, 64),
    "splunk_hec_token": lambda: uuid4().upper() if rng.random() < .5 else uuid4(),
    # ---- databases / SaaS
    "planetscale_password": lambda: "pscale_pw_" + rs(B64URL, 43),
    "linear_api_key": lambda: "lin_api_" + rs(ALNUM, 40),
    "notion_api_token": lambda: "ntn_" + rs(ALNUM, 46),
    "airtable_pat": lambda: "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64),
    "figma_pat": lambda: "figd_" + rs(B64URL, 40),
    "postman_api_key": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "hubspot_private_app_token": lambda: "pat-" + rng.choice(["na1", "eu1"]) + "-" + uuid4(),
    "dropbox_access_token": lambda: "sl." + rs(B64URL, 135),
    "okta_api_token": lambda: "00" + rs(B64URL, 40),
    "mapbox_secret_token": lambda: mapbox("sk"),
    "supabase_service_role_key": lambda: supa("service_role"),
    # ---- keys / tokens
    "jwt": gen_jwt,
    "rsa_private_key": lambda: pem("RSA PRIVATE KEY", pkcs1_der()),
    "pkcs8_private_key": lambda: pem("PRIVATE KEY", pkcs8_rsa_der() if rng.random() < .5 else pkcs8_ed25519_der()),
    "ec_private_key": lambda: pem("EC PRIVATE KEY", sec1_der()),
    "openssh_private_key": openssh_key,
    "pgp_private_key": pgp_key,
    "age_secret_key": lambda: bech32_encode("age-secret-key-", rb(32)).upper(),
    "wireguard_private_key": wg_key,
    "ethereum_private_key": lambda: "0x" + rs(HEX, 64),
    "bearer_token": lambda: rs(B64URL, rng.choice([32, 40, 48])),
    "generic_secret": lambda: rs(B64URL, rng.choice([32, 43, 50, 64])),
    "k8s_secret_b64": k8s_b64,
    "docker_registry_auth": docker_auth,
    # ---- look-alikes
    "git_sha": lambda: rs(HEX, 40),
    "git_sha_short": lambda: rs(HEX, rng.choice([7, 7, 8, 10, 12])),
    "md5": lambda: rs(HEX, 32),
    "sha1": lambda: rs(HEX, 40),
    "sha256": lambda: rs(HEX, 64),
    "uuid": uuid4,
    "ulid": ulid,
    "mongo_objectid": lambda: "6" + rs("0123456789abcdef", 23),
    "docker_digest": lambda: "sha256:" + rs(HEX, 64),
    "sri_integrity": lambda: "sha384-" + base64.b64encode(rb(48)).decode(),
    "go_sum_hash": lambda: "h1:" + base64.b64encode(rb(32)).decode(),
    "css_hash": lambda: rs(HEX, 8),
    "cache_key": lambda: "%s-%s" % (rng.choice(["npm-deps", "gradle", "pip-linux", "cargo-registry"]), rs(HEX, 64)),
    "build_id": lambda: rs(HEX, 12),
    "nonce": lambda: base64.b64encode(rb(16)).decode(),
    "csp_hash": lambda: "sha256-" + base64.b64encode(rb(32)).decode(),
    "ssh_fingerprint": lambda: "SHA256:" + base64.b64encode(rb(32)).decode().rstrip("="),
    "gpg_fingerprint": lambda: rs(UHEX, 40),
    "ethereum_address": lambda: "0x" + rs(HEX, 40),
    "k8s_pod_name": pod,
    "stripe_object_id": lambda: rng.choice(["cus_", "pi_", "ch_", "in_", "sub_", "prod_"]) + rs(ALNUM, 14 if rng.random() < .5 else 24),
    "ssh_public_key": ssh_pub,
    "pem_public_key": lambda: pem("PUBLIC KEY", bytes.fromhex("302a300506032b6570032100") + rb(32)),
    "pem_certificate": lambda: pem("CERTIFICATE", tlv(0x30, tlv(0x30, bytes.fromhex("a003020102") + tlv(0x02, rb(16)) + rb(180)) + rb(90))),
    "age_public_key": lambda: bech32_encode("age", rb(32)),
    "stripe_publishable_key": lambda: rng.choice(["pk_live_", "pk_test_"]) + rs(ALNUM, rng.choice([24, 99])),
    "mapbox_public_token": lambda: mapbox("pk"),
    "supabase_anon_key": lambda: supa("anon"),
    "google_oauth_client_id": lambda: rs(DIG, 12) + "-" + rs(LO + DIG, 32) + ".apps.googleusercontent.com",
    "recaptcha_site_key": lambda: "6L" + rs(B64URL, 38),
    "twilio_account_sid": lambda: "AC" + rs(HEX, 32),
    "openai_org_id": lambda: "org-" + rs(ALNUM, 24),
    "password_hash": pw_hash,
    "bcrypt_hash": bcrypt_hash,
    "encrypted_blob": sops,
    "pulumi_secure": lambda: "v1:" + base64.b64encode(rb(12)).decode() + ":" + base64.b64encode(rb(rng.randint(20, 40))).decode(),
}

HEADER = re.compile(r"^@@ ([a-z]{2}|END) ([a-z][a-z0-9_]*|END)\s*$")
SPAN_OPEN = re.compile(r"(\[\[|\{\{)([a-z][a-z0-9_]*)\|")
GEN_RE = re.compile(r"@gen:([a-z][a-z0-9_]*)(?:#(\w+))?")


def expand(value, cache):
    def sub(m):
        kind, tag = m.group(1), m.group(2)
        if kind not in GEN:
            raise SystemExit("unknown generator %r" % kind)
        if tag:
            key = (kind, tag)
            if key not in cache:
                cache[key] = GEN[kind]()
            return cache[key]
        return GEN[kind]()
    return GEN_RE.sub(sub, value)


def parse_message(raw, where):
    text, secrets, looks, cache = [], [], [], {}
    i, n, pos = 0, len(raw), 0
    while i < n:
        m = SPAN_OPEN.search(raw, i)
        if not m:
            text.append(raw[i:]); pos += n - i; break
        text.append(raw[i:m.start()]); pos += m.start() - i
        op, kind = m.group(1), m.group(2)
        cl = "]]" if op == "[[" else "}}"
        j, depth = m.end(), 0
        while True:
            if j >= n:
                raise SystemExit("unclosed span at %s: %r" % (where, raw[m.start():m.start() + 60]))
            if raw.startswith(op, j):
                depth += 1; j += 2; continue
            if raw.startswith(cl, j):
                if depth == 0:
                    sofar = raw[m.end():j]
                    if sofar.count(op[0]) > sofar.count(cl[0]):
                        j += 1; continue  # "${X}}}" -> value "${X}"
                    break
                depth -= 1; j += 2; continue
            j += 1
        val = expand(raw[m.end():j], cache)
        (secrets if op == "[[" else looks).append({"kind": kind, "start": pos, "end": pos + len(val)})
        text.append(val); pos += len(val)
        i = j + 2
    return "".join(text), secrets, looks


def main():
    src = os.path.join(HERE, "src")
    rows = []
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".txt"):
            continue
        cur, body = None, []
        lines = open(os.path.join(src, fn), encoding="utf-8").read().split("\n")
        msgs = []
        for ln in lines + ["@@ END END"]:
            hm = HEADER.match(ln)
            if hm:
                if cur:
                    msgs.append((cur, "\n".join(body).strip("\n")))
                cur, body = [hm.group(1), hm.group(2)], []
            elif ln.startswith("##"):
                continue
            elif cur is not None:
                body.append(ln)
        for (lang, style), raw in msgs:
            text, s, l = parse_message(raw, fn)
            rows.append({"lang": lang, "style": style, "text": text, "secrets": s, "lookalikes": l})
    out = open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8")
    for k, r in enumerate(rows, 1):
        rec = {"id": "b9sec-%04d" % k, **r}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.close()
    print("wrote %d records, %d secrets, %d lookalikes" % (
        len(rows), sum(len(r["secrets"]) for r in rows), sum(len(r["lookalikes"]) for r in rows)))


if __name__ == "__main__":
    main()
