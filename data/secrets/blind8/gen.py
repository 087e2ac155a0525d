#!/usr/bin/env python3
"""Build all.jsonl (and the counts section of README.md) from src/*.txt.

Markup in src files:
  @@ <lang> <style>            starts a message (lines before the first @@ are comments)
  [[kind|@gen:<generator>]]    secret whose FAKE value is generated here
  [[kind|literal]]             secret with a hand-written fake value
  {{kind|value}}               look-alike that must NOT be flagged
  {{kind|@gen:<generator>}}    look-alike whose value is generated here
  <<generator>> inside a literal value is replaced by a generated part
  (e.g. [[basic_auth_url|https://oauth2:<<gitlab_pat>>@gitlab.com/x.git]])
A closing ]] / }} that is part of a longer run (e.g. "}}}}") closes at the end
of the run, so values may themselves end in } or ].

Every value is produced by random.Random(SEED); nothing is a real credential.
"""
import base64
import glob
import json
import os
import re
import string
import struct
import uuid as _uuid
import zlib
from collections import Counter
from urllib.parse import quote

import random

SEED = 8_2024_0808
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
B62 = DG + UP + LO  # GitHub / npm checksum alphabet
BASE32 = UP + "234567"


def rs(n, alph=ALNUM):
    return "".join(R.choice(alph) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b62(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def checksummed(prefix):
    """GitHub-style token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part."""
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()))


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


# ---------------------------------------------------------------- PEM helpers
def pem(label, der, width=64, sep="\n"):
    s = b64(der)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return f"-----BEGIN {label}-----{sep}" + sep.join(lines) + f"{sep}-----END {label}-----"


def sshstr(b):
    return struct.pack(">I", len(b)) + b


def rsa_der():
    # PKCS#1 RSAPrivateKey prefix (SEQUENCE, version 0, 2048-bit modulus) + fake body
    return bytes.fromhex("308204a40201000282010100") + b"\x00" + rb(R.randint(150, 230))


def pkcs8_der():
    return bytes.fromhex(
        "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"
    ) + b"\x00" + rb(R.randint(150, 230))


def ec_der():
    return (bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
            + b"\x04" + rb(64))


def openssh_priv():
    pk = rb(32)
    pub = sshstr(b"ssh-ed25519") + sshstr(pk)
    chk = rb(4)
    comment = R.choice([b"deploy@ci", b"alice@laptop", b"root@bastion", b"build@runner-07"])
    priv = chk + chk + sshstr(b"ssh-ed25519") + sshstr(pk) + sshstr(rb(32) + pk) + sshstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"")
            + struct.pack(">I", 1) + sshstr(pub) + sshstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, width=70)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_priv():
    body = bytes([0x95, 0x01, 0xd8, 0x04]) + rb(4) + bytes([0x01, 0x08, 0x00]) + rb(R.randint(140, 200))
    s = b64(body)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    crc = b64(crc24(body).to_bytes(3, "big"))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


# ---------------------------------------------------------------- bech32 (age)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(h):
    return [ord(c) >> 5 for c in h] + [0] + [ord(c) & 31 for c in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def age_key():
    hrp = "age-secret-key-"
    data = _convertbits(rb(32), 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(BECH[d] for d in data + chk)).upper()


# ---------------------------------------------------------------- JWT
NAMES = ["alice", "bob", "chen.wei", "maria", "ops-bot", "k.tanaka", "svc-billing", "olga", "raj"]


def jwt_from(header, payload, siglen=32):
    return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(rb(siglen)))


def gen_jwt():
    iat = R.randint(1_700_000_000, 1_735_000_000)
    if R.random() < 0.3:
        h = {"alg": "RS256", "typ": "JWT", "kid": rs(16, HEX)}
        sl = 256
    else:
        h = {"alg": "HS256", "typ": "JWT"}
        sl = 32
    p = {"sub": str(R.randint(1000, 999999)), "name": R.choice(NAMES), "role": R.choice(["admin", "user", "service"]),
         "iat": iat, "exp": iat + R.choice([900, 3600, 86400])}
    return jwt_from(h, p, sl)


def supabase_jwt(role):
    iat = R.randint(1_690_000_000, 1_720_000_000)
    p = {"iss": "supabase", "ref": rs(20, LO), "role": role, "iat": iat, "exp": iat + 315_360_000}
    return jwt_from({"alg": "HS256", "typ": "JWT"}, p)


def mapbox(prefix):
    p = {"u": R.choice(NAMES).replace(".", ""), "a": rs(25, LO + DG)}
    return prefix + "." + b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + rs(22, B64URL)


def discord_bot():
    snow = str(R.randint(10 ** 17, 1_300_000_000_000_000_000))
    return b64u(snow.encode()) + "." + rs(6, B64URL) + "." + rs(38, B64URL)


def azure_key():
    return b64(rb(64))


def sas():
    sig = quote(b64(rb(32)), safe="")
    return ("sv=2022-11-02&ss=bfqt&srt=sco&sp=" + R.choice(["rwdlacupiytfx", "rl", "racwdl"])
            + "&se=2026-0" + str(R.randint(1, 9)) + "-" + str(R.randint(10, 28))
            + "T18:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=" + sig)


def png_data():
    raw = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000") + rb(R.randint(40, 90))
    return "data:image/png;base64," + b64(raw)


def cert():
    der = bytes.fromhex("308203") + rb(1) + bytes.fromhex("308202") + rb(1) + bytes.fromhex("a003020102") + rb(R.randint(120, 200))
    return pem("CERTIFICATE", der)


def pubkey():
    der = (bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
           + b"\x00" + rb(R.randint(80, 140)) + bytes.fromhex("0203010001"))
    return pem("PUBLIC KEY", der)


def ssh_pub(kind=None):
    kind = kind or R.choice(["ed25519", "rsa"])
    cmt = R.choice(["alice@laptop", "deploy@ci", "ops@bastion", "mika@work"])
    if kind == "ed25519":
        return "ssh-ed25519 " + b64(sshstr(b"ssh-ed25519") + sshstr(rb(32))) + " " + cmt
    return "ssh-rsa " + b64(sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(b"\x00" + rb(128))) + " " + cmt


GEN = {
    # ---- secrets
    "aws_access_key_id": lambda: R.choice(["AKIA", "AKIA", "ASIA"]) + rs(16, BASE32),
    "aws_secret_access_key": lambda: rs(40, ALNUM + "/+"),
    "github_pat": lambda: checksummed("ghp_"),
    "github_oauth_token": lambda: checksummed("gho_"),
    "github_user_to_server_token": lambda: checksummed("ghu_"),
    "github_server_to_server_token": lambda: checksummed("ghs_"),
    "github_refresh_token": lambda: checksummed("ghr_"),
    "github_fine_grained_pat": lambda: "github_pat_" + rs(22) + "_" + rs(59),
    "gitlab_pat": lambda: "glpat-" + rs(20, ALNUM + "-_"),
    "gitlab_runner_token": lambda: "glrt-" + rs(20, ALNUM + "-_"),
    "gitlab_pipeline_trigger_token": lambda: "glptt-" + rs(40, HEX),
    "gitlab_deploy_token": lambda: "gldt-" + rs(20, ALNUM + "-_"),
    "slack_bot_token": lambda: f"xoxb-{rs(R.randint(10, 12), DG)}-{rs(13, DG)}-{rs(24)}",
    "slack_user_token": lambda: f"xoxp-{rs(11, DG)}-{rs(12, DG)}-{rs(13, DG)}-{rs(32, HEX)}",
    "slack_app_token": lambda: f"xapp-1-A{rs(10, UP + DG)}-{rs(13, DG)}-{rs(64, HEX)}",
    "slack_webhook_url": lambda: f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}",
    "stripe_secret_key": lambda: "sk_live_51" + rs(R.choice([22, 97])),
    "stripe_restricted_key": lambda: "rk_live_51" + rs(R.choice([22, 97])),
    "stripe_webhook_secret": lambda: "whsec_" + rs(32),
    "google_api_key": lambda: "AIza" + rs(35, B64URL),
    "gcp_oauth_client_secret": lambda: "GOCSPX-" + rs(28, B64URL),
    "gcp_service_account_key": lambda: pem("PRIVATE KEY", pkcs8_der(), sep="\\n") + "\\n",
    "openai_api_key": lambda: R.choice([
        lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20),
        lambda: "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL),
        lambda: "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL),
    ])(),
    "anthropic_api_key": lambda: "sk-ant-" + R.choice(["api03", "api03", "admin01"]) + "-" + rs(93, B64URL) + "AA",
    "azure_storage_key": azure_key,
    "azure_storage_connection_string": lambda: (
        "DefaultEndpointsProtocol=https;AccountName=" + R.choice(["stprodassets", "contosodata01", "mlartifacts7", "backupsweu"])
        + ";AccountKey=" + azure_key() + ";EndpointSuffix=core.windows.net"),
    "azure_sas_token": sas,
    "azure_ad_client_secret": lambda: rs(3, ALNUM) + rs(1, DG) + "Q~" + rs(34, ALNUM + "_~.-"),
    "twilio_api_key": lambda: "SK" + rs(32, HEX),
    "twilio_auth_token": lambda: rs(32, HEX),
    "sendgrid_api_key": lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL),
    "mailgun_api_key": lambda: "key-" + rs(32, HEX),
    "npm_token": lambda: checksummed("npm_"),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmcCJD" + rs(R.randint(120, 160), B64URL),
    "huggingface_token": lambda: "hf_" + rs(34, UP + LO),
    "jwt": gen_jwt,
    "jwt_supabase_service": lambda: supabase_jwt("service_role"),
    "private_key_rsa": lambda: pem("RSA PRIVATE KEY", rsa_der()),
    "private_key_pkcs8": lambda: pem("PRIVATE KEY", pkcs8_der()),
    "private_key_ec": lambda: pem("EC PRIVATE KEY", ec_der()),
    "private_key_openssh": openssh_priv,
    "private_key_pgp": pgp_priv,
    "generic_secret": lambda: R.choice([lambda: rs(32), lambda: rs(40, HEX), lambda: rs(48, B64URL), lambda: b64(rb(24))])(),
    "bearer_token": lambda: R.choice([lambda: rs(40, B64URL), lambda: rs(64, HEX), lambda: rs(32) + "." + rs(24)])(),
    "digitalocean_token": lambda: R.choice(["dop_v1_", "dop_v1_", "doo_v1_"]) + rs(64, HEX),
    "shopify_access_token": lambda: R.choice(["shpat_", "shpat_", "shpss_", "shpca_"]) + rs(32, HEX),
    "datadog_api_key": lambda: rs(32, HEX),
    "datadog_app_key": lambda: rs(40, HEX),
    "sentry_auth_token": lambda: "sntryu_" + rs(64, HEX),
    "telegram_bot_token": lambda: f"{R.randint(100_000_000, 7_999_999_999)}:AA{rs(33, B64URL)}",
    "discord_bot_token": discord_bot,
    "discord_webhook_url": lambda: f"https://discord.com/api/webhooks/{R.randint(10 ** 17, 10 ** 19)}/{rs(68, B64URL)}",
    "vault_token": lambda: "hvs.CAESI" + rs(43, B64URL) + "Gh4KHGh2cy5" + rs(24),
    "heroku_api_key": uuid4,
    "cloudflare_api_token": lambda: rs(40, B64URL),
    "linear_api_key": lambda: "lin_api_" + rs(40),
    "notion_token": lambda: "secret_" + rs(43),
    "postman_api_key": lambda: "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX),
    "databricks_token": lambda: "dapi" + rs(32, HEX),
    "newrelic_user_key": lambda: "NRAK-" + rs(27, UP + DG),
    "age_secret_key": age_key,
    "mapbox_secret_token": lambda: mapbox("sk"),
    "pulumi_token": lambda: "pul-" + rs(40, HEX),
    "doppler_token": lambda: "dp.pt." + rs(43),
    "grafana_service_account_token": lambda: "glsa_" + rs(32) + "_" + rs(8, HEX),
    "atlassian_api_token": lambda: "ATATT3xFfGF0" + rs(171, B64URL) + "=" + rs(8, "0123456789ABCDEF"),
    "terraform_cloud_token": lambda: rs(14) + ".atlasv1." + rs(67, B64URL),
    "dockerhub_pat": lambda: "dckr_pat_" + rs(27, B64URL),
    # ---- look-alikes
    "git_sha": lambda: rs(40, HEX),
    "git_sha_short": lambda: rs(R.choice([7, 8, 10, 12]), HEX),
    "uuid": uuid4,
    "md5": lambda: rs(32, HEX),
    "sha1": lambda: rs(40, HEX),
    "sha256": lambda: rs(64, HEX),
    "docker_digest": lambda: "sha256:" + rs(64, HEX),
    "sri_integrity": lambda: R.choice(["sha512-" + b64(rb(64)), "sha384-" + b64(rb(48))]),
    "base64_image": png_data,
    "ssh_public_key": ssh_pub,
    "pem_public_key": pubkey,
    "pem_certificate": cert,
    "stripe_publishable_key": lambda: R.choice(["pk_live_51", "pk_test_51"]) + rs(97),
    "mapbox_public_token": lambda: mapbox("pk"),
    "google_oauth_client_id": lambda: f"{R.randint(10 ** 11, 10 ** 12)}-{rs(32, LO + DG)}.apps.googleusercontent.com",
    "recaptcha_site_key": lambda: "6L" + rs(1, "cdef") + rs(37, B64URL),
    "ethereum_address": lambda: "0x" + rs(40, HEX + "ABCDEF"),
    "ssh_fingerprint": lambda: "SHA256:" + b64(rb(32)).rstrip("="),
    "go_sum_hash": lambda: "h1:" + b64(rb(32)),
    "mongo_objectid": lambda: rs(24, HEX),
    "twilio_account_sid": lambda: "AC" + rs(32, HEX),
    "ulid": lambda: rs(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
    "css_hash": lambda: rs(8, HEX),
    "nonce": lambda: b64(rb(16)),
    "csp_hash": lambda: b64(rb(32)),
    "build_id": lambda: rs(21, B64URL),
    "supabase_anon_key": lambda: supabase_jwt("anon"),
    "cache_key": lambda: R.choice(["node-modules-", "pip-", "gradle-", "cargo-"]) + R.choice(["linux-", "macos-"]) + rs(64, HEX),
}

HEADER = re.compile(r"@@ ([a-z]{2}) ([a-z]+)")  # diff hunks (@@ -1,4 +1,4 @@) do not match
INLINE = re.compile(r"<<([a-z0-9_]+)>>")
MARK = re.compile(r"(\[\[|\{\{)([a-z0-9_]+)\|")


def parse_body(body, where):
    out, secrets, looks = [], [], []
    pos = n = 0
    while True:
        m = MARK.search(body, pos)
        if not m:
            out.append(body[pos:])
            break
        pre = body[pos:m.start()]
        out.append(pre)
        n += len(pre)
        close = "]]" if m.group(1) == "[[" else "}}"
        j = body.find(close, m.end())
        if j < 0:
            raise SystemExit(f"{where}: unclosed markup at {body[m.start():m.start() + 40]!r}")
        k = j + 2
        while k < len(body) and body[k] == close[0]:
            k += 1
        raw = body[m.end():k - 2]
        if raw.startswith("@gen:"):
            g = raw[5:]
            if g not in GEN:
                raise SystemExit(f"{where}: unknown generator {g}")
            val = GEN[g]()
        else:
            # literal, possibly with inline generated parts: <<generator>>
            def sub(mm):
                if mm.group(1) not in GEN:
                    raise SystemExit(f"{where}: unknown inline generator {mm.group(1)}")
                return GEN[mm.group(1)]()
            val = INLINE.sub(sub, raw)
        if not val:
            raise SystemExit(f"{where}: empty value")
        span = {"kind": m.group(2), "start": n, "end": n + len(val)}
        (secrets if m.group(1) == "[[" else looks).append(span)
        out.append(val)
        n += len(val)
        pos = k
    return "".join(out), secrets, looks


def load():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for ln, line in enumerate(lines, 1):
            hm = HEADER.fullmatch(line)
            if hm:
                cur = {"lang": hm.group(1), "style": hm.group(2), "lines": [], "where": f"{os.path.basename(path)}:{ln}"}
                msgs.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    return msgs


def main():
    recs = []
    for i, m in enumerate(load(), 1):
        body = "\n".join(m["lines"]).strip("\n")
        text, s, l = parse_body(body, m["where"])
        recs.append({"id": f"b8sec-{i:04d}", "lang": m["lang"], "style": m["style"], "text": text,
                     "secrets": s, "lookalikes": l})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(recs)
    ns = sum(len(r["secrets"]) for r in recs)
    nl = sum(len(r["lookalikes"]) for r in recs)
    print(f"wrote {len(recs)} messages, {ns} secrets, {nl} lookalikes")


def table(counter, head):
    rows = [f"| {head} | count |", "|---|---:|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def write_readme(recs):
    path = os.path.join(HERE, "README.md")
    static = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read() if os.path.exists(
        os.path.join(HERE, "README.head.md")) else "# b8sec\n"
    sk = Counter(s["kind"] for r in recs for s in r["secrets"])
    lk = Counter(s["kind"] for r in recs for s in r["lookalikes"])
    st = Counter(r["style"] for r in recs)
    lg = Counter(r["lang"] for r in recs)
    ns, nl = sum(sk.values()), sum(lk.values())
    neg = sum(1 for r in recs if not r["secrets"])
    parts = [static.rstrip("\n"), "",
             "## Counts (generated by gen.py)", "",
             f"- messages: {len(recs)} ({neg} with no secret at all)",
             f"- secret spans: {ns} over {len(sk)} kinds",
             f"- look-alike spans: {nl} over {len(lk)} kinds",
             f"- non-English messages: {sum(v for k, v in lg.items() if k != 'en')}", "",
             "### Secrets per kind", "", table(sk, "kind"), "",
             "### Look-alikes per kind", "", table(lk, "kind"), "",
             "### Messages per style", "", table(st, "style"), "",
             "### Messages per language", "", table(lg, "lang"), ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))


if __name__ == "__main__":
    main()
