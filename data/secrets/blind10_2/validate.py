#!/usr/bin/env python3
"""Independent checker for all.jsonl (does not import gen.py). Exit 0 = fine."""
import base64, hashlib, ipaddress, json, os, re, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
LANGS = set("en de fr es pt it nl pl ru uk tr ar hi ja zh ko vi id".split())
STYLES = set("ticket chat slack teams whatsapp telegram email handover wiki transcript notebook onboarding csv ocr "
             "meeting config shell support".split())
SECRET_KINDS = set("""password pin otp_code recovery_code generic_secret bearer_token database_url basic_auth_url jwt
crypto_seed_phrase eth_private_key btc_wif rsa_private_key openssh_private_key private_key_pem ec_private_key card_cvv
github_pat github_fine_grained_pat github_oauth_token github_app_token github_refresh_token
github_user_to_server_token npm_token openai_api_key openai_legacy_key anthropic_api_key
slack_bot_token slack_user_token slack_app_token stripe_secret_key stripe_test_secret_key stripe_restricted_key
stripe_webhook_secret aws_access_key_id aws_secret_access_key twilio_auth_token twilio_api_key telegram_bot_token
google_api_key gitlab_pat sendgrid_api_key huggingface_token mailgun_api_key""".split())
LOOK_KINDS = set("""git_sha git_sha_short sha256 sha1 md5 bcrypt_hash argon2_hash password_hash wifi_psk_hash uuid
ssh_public_key ssh_host_fingerprint certificate pgp_public_key pgp_fingerprint public_key_b64 public_client_id
public_identifier stripe_publishable_key placeholder env_reference masked_value empty_password test_fixture
aws_example_key prose crypto_address tx_hash twilio_account_sid database_url_no_password encrypted_blob jwt_sample
vendor_default example_password booking_reference order_number tracking_number meeting_id badge_number serial_number
mac_address remote_id account_number iban bic public_key_pem""".split())
FORMATS = {
    "github_pat": r"ghp_[A-Za-z0-9]{36}", "github_oauth_token": r"gho_[A-Za-z0-9]{36}", "npm_token": r"npm_[A-Za-z0-9]{36}",
    "github_app_token": r"ghs_[A-Za-z0-9]{36}", "github_refresh_token": r"ghr_[A-Za-z0-9]{36}",
    "github_user_to_server_token": r"ghu_[A-Za-z0-9]{36}",
    "github_fine_grained_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "openai_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", "openai_legacy_key": r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}",
    "anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", "slack_bot_token": r"xoxb-\d+-\d+-[A-Za-z0-9]{24}",
    "stripe_secret_key": r"sk_live_[A-Za-z0-9]{99}", "stripe_test_secret_key": r"sk_test_[A-Za-z0-9]{99}",
    "stripe_restricted_key": r"rk_live_[A-Za-z0-9]{99}", "stripe_publishable_key": r"pk_live_[A-Za-z0-9]{99}",
    "stripe_webhook_secret": r"whsec_[A-Za-z0-9]{32}", "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}", "twilio_account_sid": r"AC[0-9a-f]{32}", "twilio_api_key": r"SK[0-9a-f]{32}",
    "twilio_auth_token": r"[0-9a-f]{32}", "telegram_bot_token": r"\d{9,10}:AA[A-Za-z0-9_-]{33}",
    "google_api_key": r"AIza[A-Za-z0-9_-]{35}", "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "huggingface_token": r"hf_[A-Za-z]{34}",
    "mailgun_api_key": r"key-[0-9a-f]{32}", "git_sha": r"[0-9a-f]{40}", "git_sha_short": r"[0-9a-f]{7}",
    "sha256": r"[0-9a-f]{64}", "md5": r"[0-9a-f]{32}", "bcrypt_hash": r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}",
    "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "eth_private_key": r"0x[0-9a-f]{64}",
"jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "aws_example_key": r"AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
}


def b62(n, w):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(w, "0")


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def b58ok(s):
    try:
        d = b58decode(s)
    except ValueError:
        return False
    return hashlib.sha256(hashlib.sha256(d[:-4]).digest()).digest()[:4] == d[-4:]


def check_value(rid, kind, v):
    fmt = FORMATS.get(kind)
    if fmt and not re.fullmatch(fmt, v):
        errors.append("%s: %s value has wrong format: %r" % (rid, kind, v[:60]))
        return
    if kind in ("github_pat", "github_oauth_token", "npm_token", "github_app_token", "github_refresh_token",
                "github_user_to_server_token"):
        body, chk = v[4:34], v[34:]
        if b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) != chk:
            errors.append("%s: %s checksum mismatch" % (rid, kind))
    if kind == "btc_wif" and not (v[0] in "5KL" and b58ok(v)):
        errors.append("%s: bad WIF checksum" % rid)
    if kind == "crypto_address" and v[0] == "1" and not b58ok(v):
        errors.append("%s: bad btc address checksum" % rid)
    if kind.endswith("private_key") and "PRIVATE KEY" in v and not (v.startswith("-----BEGIN") and v.endswith("-----")):
        errors.append("%s: PEM block span not whole" % rid)
    if kind == "jwt":
        for part in v.split(".")[:2]:
            json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


ALLOWED_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def check_text_policies(rid, text):
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
        dom = m.group(1).lower().rstrip(".")
        if re.fullmatch(r"[\d.]+", dom):
            continue
        if not ALLOWED_DOM.search(dom):
            errors.append("%s: e-mail/host domain not allowed: %s" % (rid, dom))
    for m in re.finditer(r"\b([a-z][a-z0-9+.-]*)://(?:[^/\s@\"']*@)?([A-Za-z0-9.-]+)", text):
        if m.group(1) in ("op", "vault"):  # secret-manager references, not hosts
            continue
        host = m.group(2).lower().rstrip(".")
        if re.fullmatch(r"[\d.]+", host):
            continue
        if host in ("localhost",) or ALLOWED_DOM.search(host):
            continue
        errors.append("%s: URL host not allowed: %s" % (rid, host))
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in NETS) and not ip.is_loopback:
            errors.append("%s: IP not in documentation ranges: %s" % (rid, ip))
    if "@gen:" in text or re.search(r"(\[\[|\{\{)[a-z][a-z0-9_]*\|", text):
        errors.append("%s: leftover markup" % rid)


def main():
    path = os.path.join(HERE, "all.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    seen = set()
    for i, r in enumerate(recs, 1):
        rid = r.get("id")
        if rid != "b10sec2-%04d" % i:
            errors.append("id out of sequence at %d: %r" % (i, rid))
        if rid in seen:
            errors.append("duplicate id %s" % rid)
        seen.add(rid)
        if set(r) != {"id", "lang", "style", "text", "secrets", "lookalikes"}:
            errors.append("%s: wrong keys %s" % (rid, sorted(r)))
            continue
        if r["lang"] not in LANGS:
            errors.append("%s: unknown lang %s" % (rid, r["lang"]))
        if r["style"] not in STYLES:
            errors.append("%s: unknown style %s" % (rid, r["style"]))
        text = r["text"]
        if not text.strip():
            errors.append("%s: empty text" % rid)
        spans = []
        for field, kinds in (("secrets", SECRET_KINDS), ("lookalikes", LOOK_KINDS)):
            for s in r[field]:
                if set(s) != {"kind", "start", "end"}:
                    errors.append("%s: bad span keys" % rid)
                    continue
                if s["kind"] not in kinds:
                    errors.append("%s: kind %s not allowed in %s" % (rid, s["kind"], field))
                if not (isinstance(s["start"], int) and isinstance(s["end"], int) and 0 <= s["start"] < s["end"] <= len(text)):
                    errors.append("%s: bad offsets %r" % (rid, s))
                    continue
                v = text[s["start"]:s["end"]]
                if v != v.strip():
                    errors.append("%s: span has outer whitespace %r" % (rid, v))
                check_value(rid, s["kind"], v)
                spans.append((s["start"], s["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append("%s: overlapping spans %r %r" % (rid, a, b))
        check_text_policies(rid, text)
    if SECRET_KINDS & LOOK_KINDS:
        errors.append("kind sets overlap")
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts present")
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        m = re.search(r"Records: (\d+)", open(readme, encoding="utf-8").read())
        if not m or int(m.group(1)) != len(recs):
            errors.append("README record count does not match all.jsonl")
    for e in errors:
        print("ERROR", e)
    ns = sum(len(r["secrets"]) for r in recs)
    nl = sum(len(r["lookalikes"]) for r in recs)
    non_en = sum(r["lang"] != "en" for r in recs)
    print("records=%d secrets=%d lookalikes=%d (%.0f%% of spans) non-English=%d (%.0f%%) errors=%d" % (
        len(recs), ns, nl, 100.0 * nl / max(1, ns + nl), non_en, 100.0 * non_en / max(1, len(recs)), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
