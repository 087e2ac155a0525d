#!/usr/bin/env python3
"""Parser + deterministic generators for the b10sec2 blind secrets set.

Reads src/*.txt (sorted), replaces @gen:kind[#tag] with generated values,
resolves [[kind|value]] (secret) and {{kind|value}} (look-alike) spans and
writes all.jsonl.  All values are synthetic, made with random.Random(SEED).
"""
import base64, glob, hashlib, json, os, random, re, string, sys, uuid, zlib

SEED = 1013
PREFIX = "b10sec2"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix):
    # prefix + 30 random base62 chars + 6-char base62 CRC32 of the random part
    body = rs(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


NAMES = ["lena", "omar", "priya", "jonas", "mei", "tomas", "aylin", "rafael", "ines", "kofi", "sven", "yuki"]
WORDS = ("abandon ability absorb access acid actor adapt admit adult advice afford again agent album alarm alley "
         "almost alpha amazing anchor angle animal annual answer apple april arena armor arrow artist aspect "
         "autumn avocado awake bacon badge balance bamboo banana barrel basket battle beach bean become belt bench "
         "bicycle bird blanket blossom board bonus border bottle bounce brave bread brick bridge bronze brush bubble "
         "cabin cable cactus camera canal candy canvas carbon carpet castle casual cattle ceiling cereal chalk chapter "
         "cherry chimney cinnamon circle citizen clever cliff clock cloud coconut coffee comet copper coral cotton "
         "cousin cradle crater cruise crystal cushion dance dawn debris decade delta desert diamond dinner dolphin "
         "donkey dragon drama dream eagle earth echo elbow ember empty engine envelope equal escape evening exotic "
         "fabric falcon family fancy fiber fiction filter flame flavor forest fossil fringe frost galaxy garden garlic "
         "gentle giant ginger glacier glove gravity guitar hammer harbor harvest hazard helmet hidden hobby honey "
         "horizon hover island ivory jacket jaguar jelly jungle kettle kidney kingdom kitchen ladder lagoon lantern "
         "laptop lemon library lizard lobster lumber lunar magnet mango marble meadow melody mirror monkey mosquito "
         "museum napkin nephew noodle oasis ocean olive orbit orchard oyster paddle palace panda parrot pencil pepper "
         "pilot planet pocket pony puzzle quantum rabbit radar raven ribbon rocket saddle salmon satoshi scatter "
         "shadow silver sketch slogan spider spirit squirrel stadium sunset tackle thunder timber tomato tornado "
         "trophy tunnel turtle umbrella unusual velvet violin volcano walnut whisper window winter wolf zebra").split()


def gen(kind):
    k = kind
    if k in ("github_pat", "github_oauth_token", "github_app_token", "github_user_to_server_token", "github_refresh_token"):
        return crc_token({"github_pat": "ghp_", "github_oauth_token": "gho_", "github_app_token": "ghs_",
                          "github_user_to_server_token": "ghu_", "github_refresh_token": "ghr_"}[k])
    if k == "github_fine_grained_pat":
        return "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
    if k == "npm_token":
        return crc_token("npm_")
    if k == "openai_api_key":
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    if k == "openai_legacy_key":
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if k == "anthropic_api_key":
        return "sk-ant-api03-" + rs(B64URL, 93) + "AA"
    if k == "slack_bot_token":
        return "xoxb-%d-%d-%s" % (R.randint(10**10, 10**12), R.randint(10**11, 10**13), rs(ALNUM, 24))
    if k == "slack_user_token":
        return "xoxp-%d-%d-%d-%s" % (R.randint(10**10, 10**12), R.randint(10**10, 10**12), R.randint(10**11, 10**13), rs(HEX, 32))
    if k == "slack_app_token":
        return "xapp-1-A%s-%d-%s" % (rs(string.ascii_uppercase + string.digits, 10), R.randint(10**12, 10**13), rs(HEX, 64))
    if k == "stripe_secret_key":
        return "sk_live_" + rs(ALNUM, 99)
    if k == "stripe_test_secret_key":
        return "sk_test_" + rs(ALNUM, 99)
    if k == "stripe_restricted_key":
        return "rk_live_" + rs(ALNUM, 99)
    if k == "stripe_publishable_key":
        return "pk_live_" + rs(ALNUM, 99)
    if k == "stripe_webhook_secret":
        return "whsec_" + rs(ALNUM, 32)
    if k == "aws_access_key_id":
        return R.choice(["AKIA", "ASIA"]) + rs(string.ascii_uppercase + "234567", 16)
    if k == "aws_secret_access_key":
        return rs(string.ascii_letters + string.digits + "+/", 40)
    if k == "twilio_account_sid":
        return "AC" + rs(HEX, 32)
    if k == "twilio_auth_token":
        return rs(HEX, 32)
    if k == "twilio_api_key":
        return "SK" + rs(HEX, 32)
    if k == "telegram_bot_token":
        return "%d:AA%s" % (R.randint(10**8, 10**10 - 1), rs(B64URL, 33))
    if k == "google_api_key":
        return "AIza" + rs(B64URL, 35)
    if k == "gitlab_pat":
        return "glpat-" + rs(B64URL, 20)
    if k == "sendgrid_api_key":
        return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)
    if k == "huggingface_token":
        return "hf_" + rs(string.ascii_letters, 34)
    if k == "mailgun_api_key":
        return "key-" + rs(HEX, 32)
    if k == "discord_webhook_token":
        return rs(B64URL, 68)
    if k == "jwt":
        hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        pl = b64u(json.dumps({"sub": R.choice(NAMES), "iat": R.randint(1700000000, 1790000000),
                              "scope": R.choice(["read", "admin", "read write"])}, separators=(",", ":")).encode())
        return hdr + "." + pl + "." + b64u(bytes(R.getrandbits(8) for _ in range(32)))
    if k == "bearer_token":
        return rs(B64URL, R.choice([32, 40, 48]))
    if k == "generic_secret":
        return rs(ALNUM, R.choice([24, 32, 40]))
    if k == "password":
        alpha = string.ascii_letters + string.digits + "!*-_.~"
        while True:
            p = rs(alpha, R.randint(12, 18))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p
    if k == "otp_code":
        return "%06d" % R.randint(0, 999999)
    if k == "pin":
        return "%04d" % R.randint(0, 9999)
    if k == "recovery_code":
        return rs(string.ascii_lowercase + string.digits, 5) + "-" + rs(string.ascii_lowercase + string.digits, 5)
    if k == "crypto_seed_phrase":
        return " ".join(R.choice(WORDS) for _ in range(R.choice([12, 12, 24])))
    if k == "crypto_seed_phrase12":
        return " ".join(R.choice(WORDS) for _ in range(12))
    if k == "eth_private_key":
        return "0x" + rs(HEX, 64)
    if k == "eth_address":
        return "0x" + rs("0123456789abcdefABCDEF", 40)
    if k == "btc_wif":
        return b58check(b"\x80" + bytes(R.getrandbits(8) for _ in range(32)) + b"\x01")
    if k == "btc_address":
        return b58check(b"\x00" + bytes(R.getrandbits(8) for _ in range(20)))
    if k in ("private_key_pem", "rsa_private_key", "ec_private_key", "openssh_private_key", "pgp_private_key",
             "certificate", "pgp_public_key", "public_key_pem"):
        hdr = {"private_key_pem": "PRIVATE KEY", "rsa_private_key": "RSA PRIVATE KEY", "ec_private_key": "EC PRIVATE KEY",
               "openssh_private_key": "OPENSSH PRIVATE KEY", "pgp_private_key": "PGP PRIVATE KEY BLOCK",
               "certificate": "CERTIFICATE", "pgp_public_key": "PGP PUBLIC KEY BLOCK", "public_key_pem": "PUBLIC KEY"}[k]
        start = {"openssh_private_key": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                 "certificate": "MIID", "rsa_private_key": "MIIE", "private_key_pem": "MIIE", "ec_private_key": "MHcCAQEE",
                 "public_key_pem": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"}.get(k, "mQINBF")
        nlines = {"ec_private_key": 3, "openssh_private_key": 6, "public_key_pem": 6}.get(k, 8)
        body = start + rs(string.ascii_letters + string.digits + "+/", 64 * nlines - len(start) - 2) + "=="
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        if k.startswith("pgp"):
            lines = [""] + lines + ["=" + rs(ALNUM, 4)]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, "\n".join(lines), hdr)
    if k == "ssh_public_key":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(string.ascii_letters + string.digits + "+/", 43)
    if k == "ssh_rsa_public_key":
        return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rs(string.ascii_letters + string.digits + "+/", 340)
    if k == "public_key_b64":
        return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(string.ascii_letters + string.digits + "+/", 316) + "IDAQAB"
    if k == "sha256_b64":
        return rs(string.ascii_letters + string.digits + "+/", 43)
    if k == "git_sha":
        return rs(HEX, 40)
    if k == "git_sha_short":
        return rs(HEX, 7)
    if k == "sha256":
        return rs(HEX, 64)
    if k == "sha1":
        return rs(HEX, 40)
    if k == "md5":
        return rs(HEX, 32)
    if k == "bcrypt_hash":
        return "$2b$12$" + rs(BCRYPT, 53)
    if k == "argon2_hash":
        return "$argon2id$v=19$m=65536,t=3,p=4$" + rs(B64[:-2] + "+/", 22) + "$" + rs(B64[:-2] + "+/", 43)
    if k == "uuid":
        return str(uuid.UUID(int=R.getrandbits(128), version=4))
    if k == "encrypted_blob":
        return "AQICAHh" + rs(string.ascii_letters + string.digits + "+/", 117) + "=="
    if k == "ipv4":
        return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))
    if k == "mac":
        return ":".join("%02X" % R.getrandbits(8) for _ in range(6))
    if k == "serial":
        return rs(string.ascii_uppercase + string.digits, 12)
    if k == "digits6":
        return "%06d" % R.randint(0, 999999)
    raise KeyError("unknown generator: " + kind)


MSG_RE = re.compile(r"^@@ (\S+) (\S+)\s*$")
GEN_RE = re.compile(r"@gen:([a-z0-9_]+)(?:#([A-Za-z0-9]+))?")
OPEN_RE = re.compile(r"(\[\[|\{\{)([a-z][a-z0-9_]*)\|")


def parse_files():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                m = MSG_RE.match(line)
                if m:
                    cur = {"lang": m.group(1), "style": m.group(2), "lines": [], "src": "%s:%d" % (os.path.basename(path), ln)}
                    msgs.append(cur)
                    continue
                if line.startswith("##"):
                    continue
                if line.startswith("\\##"):
                    line = line[1:]
                if cur is None:
                    if line.strip():
                        sys.exit("text before first @@ in %s:%d" % (path, ln))
                    continue
                cur["lines"].append(line)
    return msgs


def expand_gen(raw):
    tags = {}

    def rep(m):
        kind, tag = m.group(1), m.group(2)
        if tag:
            key = (kind, tag)
            if key not in tags:
                tags[key] = gen(kind)
            return tags[key]
        return gen(kind)
    return GEN_RE.sub(rep, raw)


def resolve_spans(raw, where):
    out, secrets, looks = [], [], []
    pos, i = 0, 0
    n = len(raw)
    text_len = 0
    while True:
        m = OPEN_RE.search(raw, i)
        if not m:
            out.append(raw[i:])
            break
        out.append(raw[i:m.start()])
        text_len += m.start() - i
        opener = m.group(1)
        close = "]]" if opener == "[[" else "}}"
        op_c, cl_c = ("[", "]") if opener == "[[" else ("{", "}")
        j = m.end()
        depth = 0
        while j < n:
            if depth == 0 and raw.startswith(close, j):
                break
            c = raw[j]
            if c == op_c:
                depth += 1
            elif c == cl_c:
                depth -= 1
            j += 1
        else:
            sys.exit("unclosed span at %s: %r" % (where, raw[m.start():m.start() + 60]))
        value = raw[m.end():j]
        if not value:
            sys.exit("empty span at %s" % where)
        span = {"kind": m.group(2), "start": text_len, "end": text_len + len(value)}
        (secrets if opener == "[[" else looks).append(span)
        out.append(value)
        text_len += len(value)
        i = j + 2
    return "".join(out), secrets, looks


def main():
    msgs = parse_files()
    records = []
    for idx, m in enumerate(msgs, 1):
        raw = "\n".join(m["lines"]).strip("\n")
        raw = expand_gen(raw)
        text, secrets, looks = resolve_spans(raw, m["src"])
        for s in secrets + looks:
            v = text[s["start"]:s["end"]]
            if v != v.strip():
                sys.exit("span with outer whitespace at %s: %r" % (m["src"], v))
        records.append({"id": "%s-%04d" % (PREFIX, idx), "lang": m["lang"], "style": m["style"], "text": text,
                        "secrets": secrets, "lookalikes": looks})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(records))


if __name__ == "__main__":
    main()
