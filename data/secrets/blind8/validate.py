#!/usr/bin/env python3
"""Independent checker for all.jsonl (does not import gen.py).

Checks: JSON shape, ids, offsets, overlaps, whitespace at span edges, left-over
markup, that every secret span's value matches its kind's format (including
GitHub/npm CRC32 checksums, age bech32 checksum, PGP armor CRC24, JWT/PEM/base64
decoding), and that look-alike values match their declared shape.
Exit status 1 if any error.
"""
import base64
import binascii
import json
import os
import re
import sys
import zlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(rid, msg):
    ERR.append(f"{rid}: {msg}")


def full(rx):
    c = re.compile(rx, re.S)
    return lambda v: bool(c.fullmatch(v))


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def crc_token(prefix):
    def chk(v):
        if not re.fullmatch(re.escape(prefix) + r"[A-Za-z0-9]{36}", v):
            return False
        body, cs = v[len(prefix):-6], v[-6:]
        n = 0
        for ch in cs:
            n = n * 62 + B62.index(ch)
        return n == zlib.crc32(body.encode())
    return chk


def b64dec(s, url=False):
    s2 = s + "=" * (-len(s) % 4)
    try:
        return (base64.urlsafe_b64decode if url else base64.b64decode)(s2.encode())
    except (binascii.Error, ValueError):
        return None


def jwt_ok(v, need=None):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h = json.loads(b64dec(parts[0], True))
        p = json.loads(b64dec(parts[1], True))
    except Exception:
        return False
    if "alg" not in h:
        return False
    if need and p.get("role") != need:
        return False
    return len(b64dec(parts[2], True) or b"") >= 32


PEM_RX = re.compile(r"-----BEGIN ([A-Z ]+)-----\n((?:[A-Za-z0-9+/=]{1,76}\n)+)-----END \1-----")


def pem_ok(label, der_prefix=None):
    def chk(v):
        m = PEM_RX.fullmatch(v)
        if not m or m.group(1) != label:
            return False
        lines = m.group(2).strip("\n").split("\n")
        if any(len(x) > 70 for x in lines[:-1]) and label != "OPENSSH PRIVATE KEY":
            return False
        der = b64dec("".join(lines))
        if der is None:
            return False
        return der_prefix is None or der.startswith(der_prefix)
    return chk


def openssh_ok(v):
    m = PEM_RX.fullmatch(v)
    if not m or m.group(1) != "OPENSSH PRIVATE KEY":
        return False
    der = b64dec(m.group(2).replace("\n", ""))
    return bool(der) and der.startswith(b"openssh-key-v1\x00")


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_ok(v):
    m = re.fullmatch(r"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n((?:[A-Za-z0-9+/=]+\n)+)=([A-Za-z0-9+/]{4})\n"
                     r"-----END PGP PRIVATE KEY BLOCK-----", v)
    if not m:
        return False
    body = b64dec(m.group(1).replace("\n", ""))
    return body is not None and b64dec(m.group(2)) == crc24(body).to_bytes(3, "big")


def gcp_ok(v):
    if not v.endswith("\\n"):
        return False
    return pem_ok("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d010101"))(v[:-2].replace("\\n", "\n"))


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def age_ok(v):
    if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v):
        return False
    s = v.lower()
    hrp, data = s[:s.rfind("1")], [BECH.index(c) for c in s[s.rfind("1") + 1:]]
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for x in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ x
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk == 1


def azure_key_ok(v):
    return bool(re.fullmatch(r"[A-Za-z0-9+/]{86}==", v)) and len(b64dec(v) or b"") == 64


def discord_ok(v):
    m = re.fullmatch(r"([MNO][A-Za-z0-9_-]{23,25})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}", v)
    if not m:
        return False
    d = b64dec(m.group(1), True)
    return d is not None and d.isdigit()


def b64_userpass(v):
    d = b64dec(v)
    return d is not None and b":" in d and d.isascii()


def b64_printable(v):
    d = b64dec(v)
    return d is not None and len(d) >= 8 and d.isascii() and d.decode().isprintable()


PLACEHOLDER_RX = re.compile(r"(?i)^(\$\{|\$\(|<|%|\{\{|x{4,}|\*{3,}|changeme|password|your[_-]|example|redacted)")


def plain_secret(minlen):
    def chk(v):
        return len(v) >= minlen and not re.search(r"\s", v) and not PLACEHOLDER_RX.search(v)
    return chk


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

SECRET = {
    "aws_access_key_id": full(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "aws_secret_access_key": full(r"[A-Za-z0-9/+]{40}"),
    "github_pat": crc_token("ghp_"),
    "github_oauth_token": crc_token("gho_"),
    "github_user_to_server_token": crc_token("ghu_"),
    "github_server_to_server_token": crc_token("ghs_"),
    "github_refresh_token": crc_token("ghr_"),
    "github_fine_grained_pat": full(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "gitlab_pat": full(r"glpat-[A-Za-z0-9_-]{20}"),
    "gitlab_runner_token": full(r"glrt-[A-Za-z0-9_-]{20}"),
    "gitlab_pipeline_trigger_token": full(r"glptt-[0-9a-f]{40}"),
    "gitlab_deploy_token": full(r"gldt-[A-Za-z0-9_-]{20}"),
    "slack_bot_token": full(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}"),
    "slack_user_token": full(r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[0-9a-f]{32}"),
    "slack_app_token": full(r"xapp-1-A[A-Z0-9]{9,11}-\d{13}-[0-9a-f]{64}"),
    "slack_webhook_url": full(r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}"),
    "stripe_secret_key": full(r"sk_live_[A-Za-z0-9]{24,99}"),
    "stripe_restricted_key": full(r"rk_live_[A-Za-z0-9]{24,99}"),
    "stripe_webhook_secret": full(r"whsec_[A-Za-z0-9]{32}"),
    "google_api_key": full(r"AIza[0-9A-Za-z_-]{35}"),
    "gcp_oauth_client_secret": full(r"GOCSPX-[A-Za-z0-9_-]{28}"),
    "gcp_service_account_key": gcp_ok,
    "openai_api_key": lambda v: bool(
        re.fullmatch(r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", v)
        or re.fullmatch(r"sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{40,}T3BlbkFJ[A-Za-z0-9_-]{40,}", v)),
    "anthropic_api_key": full(r"sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA"),
    "azure_storage_key": azure_key_ok,
    "azure_storage_connection_string": lambda v: bool(
        (m := re.fullmatch(r"DefaultEndpointsProtocol=https;AccountName=[a-z0-9]{3,24};AccountKey=([A-Za-z0-9+/=]{88});"
                           r"EndpointSuffix=core\.windows\.net", v)) and azure_key_ok(m.group(1))),
    "azure_sas_token": full(r"sv=\d{4}-\d\d-\d\d&(?:[a-z]{2,3}=[A-Za-z0-9:\-]+&)+sig=[A-Za-z0-9%]{43,}"),
    "azure_ad_client_secret": full(r"[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}"),
    "twilio_api_key": full(r"SK[0-9a-f]{32}"),
    "twilio_auth_token": full(r"[0-9a-f]{32}"),
    "sendgrid_api_key": full(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"),
    "mailgun_api_key": full(r"key-[0-9a-f]{32}"),
    "npm_token": crc_token("npm_"),
    "pypi_token": full(r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"),
    "huggingface_token": full(r"hf_[A-Za-z]{34}"),
    "jwt": jwt_ok,
    "private_key_rsa": pem_ok("RSA PRIVATE KEY", bytes.fromhex("308204a4020100")),
    "private_key_pkcs8": pem_ok("PRIVATE KEY", bytes.fromhex("308204bd020100")),
    "private_key_ec": pem_ok("EC PRIVATE KEY", bytes.fromhex("30770201010420")),
    "private_key_openssh": openssh_ok,
    "private_key_pgp": pgp_ok,
    "database_url": full(r"(postgres|postgresql(\+psycopg2)?|mysql|mongodb(\+srv)?|redis|rediss|amqp)://[^:/@\s]*:[^@\s]+@[^\s/@]+(/\S*)?"),
    "basic_auth_url": full(r"https?://[^:/@\s]+:[^@\s]+@[^\s/@]+(/\S*)?"),
    "password": plain_secret(6),
    "generic_secret": plain_secret(16),
    "bearer_token": full(r"[A-Za-z0-9._~+/=-]{20,}"),
    "docker_registry_auth": b64_userpass,
    "k8s_secret_b64": b64_printable,
    "digitalocean_token": full(r"do[opr]_v1_[0-9a-f]{64}"),
    "shopify_access_token": full(r"shp(at|ss|ca|pa)_[0-9a-fA-F]{32}"),
    "datadog_api_key": full(r"[0-9a-f]{32}"),
    "datadog_app_key": full(r"[0-9a-f]{40}"),
    "sentry_auth_token": full(r"sntryu_[0-9a-f]{64}"),
    "telegram_bot_token": full(r"\d{8,10}:AA[A-Za-z0-9_-]{33}"),
    "discord_bot_token": discord_ok,
    "discord_webhook_url": full(r"https://(discord|discordapp)\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{68}"),
    "vault_token": full(r"hvs\.[A-Za-z0-9_-]{24,}"),
    "heroku_api_key": full(UUID),
    "cloudflare_api_token": full(r"[A-Za-z0-9_-]{40}"),
    "linear_api_key": full(r"lin_api_[A-Za-z0-9]{40}"),
    "notion_token": full(r"secret_[A-Za-z0-9]{43}"),
    "postman_api_key": full(r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}"),
    "databricks_token": full(r"dapi[0-9a-f]{32}"),
    "newrelic_user_key": full(r"NRAK-[A-Z0-9]{27}"),
    "age_secret_key": age_ok,
    "mapbox_secret_token": lambda v: v.startswith("sk.eyJ") and bool(re.fullmatch(r"sk\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}", v)),
    "pulumi_token": full(r"pul-[0-9a-f]{40}"),
    "doppler_token": full(r"dp\.(pt|st(\.[a-z0-9_]+)?|sa|ct)\.[A-Za-z0-9]{40,44}"),
    "grafana_service_account_token": full(r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}"),
    "atlassian_api_token": full(r"ATATT3xFfGF0[A-Za-z0-9_-]{100,}=[0-9A-F]{8}"),
    "terraform_cloud_token": full(r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}"),
    "dockerhub_pat": full(r"dckr_pat_[A-Za-z0-9_-]{27}"),
    "alibaba_access_key_id": full(r"LTAI[A-Za-z0-9]{12,20}"),
}


def ssh_pub_ok(v):
    m = re.fullmatch(r"(ssh-ed25519|ssh-rsa) (AAAA[A-Za-z0-9+/=]+)( \S+)?", v)
    if not m:
        return False
    blob = b64dec(m.group(2))
    return blob is not None and blob[4:4 + len(m.group(1))] == m.group(1).encode()


def b64len(n):
    return lambda v: (d := b64dec(v)) is not None and len(d) == n and bool(re.fullmatch(r"[A-Za-z0-9+/]+=*", v))


LOOK = {
    "git_sha": full(r"[0-9a-f]{40}"),
    "git_sha_short": full(r"[0-9a-f]{7,12}"),
    "uuid": full(UUID),
    "md5": full(r"[0-9a-f]{32}"),
    "sha1": full(r"[0-9a-f]{40}"),
    "sha256": full(r"[0-9a-f]{64}"),
    "docker_digest": full(r"sha256:[0-9a-f]{64}"),
    "sri_integrity": full(r"sha(256|384|512)-[A-Za-z0-9+/]+=*"),
    "base64_image": lambda v: v.startswith("data:image/png;base64,") and (b64dec(v[22:]) or b"").startswith(b"\x89PNG"),
    "ssh_public_key": ssh_pub_ok,
    "pem_public_key": pem_ok("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d010101")),
    "pem_certificate": pem_ok("CERTIFICATE", b"\x30\x82"),
    "stripe_publishable_key": full(r"pk_(live|test)_[A-Za-z0-9]{24,99}"),
    "mapbox_public_token": full(r"pk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}"),
    "google_oauth_client_id": full(r"\d{10,13}-[a-z0-9]{32}\.apps\.googleusercontent\.com"),
    "recaptcha_site_key": full(r"6L[A-Za-z0-9_-]{38}"),
    "ethereum_address": full(r"0x[0-9a-fA-F]{40}"),
    "ssh_fingerprint": full(r"SHA256:[A-Za-z0-9+/]{43}"),
    "go_sum_hash": lambda v: v.startswith("h1:") and b64len(32)(v[3:]),
    "mongo_objectid": full(r"[0-9a-f]{24}"),
    "twilio_account_sid": full(r"AC[0-9a-f]{32}"),
    "ulid": full(r"[0-9A-HJKMNP-TV-Z]{26}"),
    "css_hash": full(r"[0-9a-f]{8}"),
    "nonce": b64len(16),
    "csp_hash": b64len(32),
    "build_id": full(r"[A-Za-z0-9_-]{6,40}"),
    "supabase_anon_key": lambda v: jwt_ok(v, need="anon"),
    "cache_key": full(r"[a-z-]+-(linux|macos)-[0-9a-f]{64}"),
    "aws_example_key": lambda v: "EXAMPLE" in v,
    "doc_example_jwt": lambda v: v.startswith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIi"),
    "env_reference": lambda v: bool(re.search(r"\$|%|process\.env|os\.environ|os\.getenv|getenv|import\.meta\.env|"
                                             r"\.Values|var\.|ENV\[|keyring|secrets\.|^[A-Z][A-Z0-9_]+$", v)),
    "empty_password": full(r"''|\"\""),
    "placeholder": lambda v: len(v) >= 1,
    "redacted": lambda v: bool(re.search(r"\*|REDACTED|FILTERED|redacted|\.\.\.", v)),
    "test_fixture": lambda v: len(v) >= 4,
    "prose": lambda v: bool(re.search(r"\w", v)),
    "password_hash": full(r"\$(2b\$\d\d\$[./A-Za-z0-9]{53}|6\$rounds=\d+\$[./A-Za-z0-9]+\$[./A-Za-z0-9]+|7\$\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/=]+)"),
    "encrypted_blob": lambda v: v.startswith("v1:") or v.startswith("ENC[AES256_GCM,"),
    "gpg_fingerprint": full(r"([0-9A-F]{4} ){4}[0-9A-F]{4}  ([0-9A-F]{4} ){4}[0-9A-F]{4}"),
    "openai_org_id": full(r"org-[A-Za-z0-9]{20,24}"),
    "age_public_key": full(r"age1[a-z0-9]{58}"),
    "stripe_object_id": full(r"(ch|pi|cus|in|evt)_[A-Za-z0-9]{14,30}"),
    "k8s_pod_name": full(r"[a-z0-9]{8,10}-[a-z0-9]{5}"),
    "database_url_no_password": lambda v: bool(re.fullmatch(r"[a-z+]+://[^@\s]+", v)),
}

MARKUP = re.compile(r"\[\[[a-z0-9_]+\||\{\{[a-z0-9_]+\||<<[a-z0-9_]+>>")


def main():
    path = os.path.join(HERE, "all.jsonl")
    ids, seen_vals = set(), {}
    sk, lk, st = Counter(), Counter(), Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {ln}", f"bad JSON {e}")
                continue
            rid = r.get("id", f"line {ln}")
            if set(r) != {"id", "lang", "style", "text", "secrets", "lookalikes"}:
                err(rid, f"keys {sorted(r)}")
                continue
            if rid != f"b8sec-{ln:04d}":
                err(rid, "id not sequential")
            if rid in ids:
                err(rid, "duplicate id")
            ids.add(rid)
            if not re.fullmatch(r"[a-z]{2}", r["lang"]) or not re.fullmatch(r"[a-z]+", r["style"]):
                err(rid, "bad lang/style")
            text = r["text"]
            if not text.strip():
                err(rid, "empty text")
            if MARKUP.search(text):
                err(rid, f"left-over markup: {MARKUP.search(text).group(0)}")
            st[r["style"]] += 1
            spans = []
            for group, table, counter in (("secrets", SECRET, sk), ("lookalikes", LOOK, lk)):
                for s in r[group]:
                    if set(s) != {"kind", "start", "end"}:
                        err(rid, f"span keys {s}")
                        continue
                    a, b, k = s["start"], s["end"], s["kind"]
                    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                        err(rid, f"bad offsets {s}")
                        continue
                    v = text[a:b]
                    counter[k] += 1
                    spans.append((a, b, group, k))
                    if v != v.strip():
                        err(rid, f"{group} {k} has whitespace at edge: {v[:30]!r}")
                    if k not in table:
                        err(rid, f"unknown {group} kind {k}")
                    elif not table[k](v):
                        err(rid, f"{group} {k} value does not match format: {v[:60]!r}")
                    if group == "secrets" and k not in ("password",):
                        if (k, v) in seen_vals and seen_vals[(k, v)] != rid:
                            err(rid, f"secret value duplicated from {seen_vals[(k, v)]}")
                        seen_vals[(k, v)] = rid
            spans.sort()
            for (a1, b1, g1, k1), (a2, b2, g2, k2) in zip(spans, spans[1:]):
                if a2 < b1:
                    err(rid, f"overlap {g1}:{k1} [{a1},{b1}) with {g2}:{k2} [{a2},{b2})")
            for a, b, g, k in spans:
                # span must not cut a token in half (neighbour chars should not continue the value)
                if g == "secrets" and k not in ("password", "generic_secret"):
                    if a > 0 and re.match(r"[A-Za-z0-9]", text[a - 1]) and re.match(r"[A-Za-z0-9]", text[a]) \
                            and not text[a - 10:a].endswith(("base64:", "bot")):
                        err(rid, f"secret {k} starts inside a word: {text[max(0, a - 10):a + 10]!r}")
                    if b < len(text) and re.match(r"[A-Za-z0-9]", text[b]) and re.match(r"[A-Za-z0-9]", text[b - 1]):
                        err(rid, f"secret {k} ends inside a word: {text[b - 10:b + 10]!r}")
    print(f"{n} messages, {sum(sk.values())} secrets ({len(sk)} kinds), {sum(lk.values())} lookalikes ({len(lk)} kinds)")
    print("styles:", dict(st))
    if ERR:
        print(f"{len(ERR)} errors")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("0 errors")


if __name__ == "__main__":
    main()
