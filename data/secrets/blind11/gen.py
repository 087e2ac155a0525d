#!/usr/bin/env python3
"""Parser + deterministic value generators for the b11sec evaluation set.

Reads src/*.txt (sorted by name), replaces every @gen:NAME (optionally @gen:NAME#tag,
which repeats one value inside a message) with a value made by random.Random(SEED),
resolves [[kind|value]] (secret) and {{kind|value}} (look-alike) spans and writes
all.jsonl.  No generated value is real: all are random strings in a provider's
documented shape.
"""
import base64, binascii, glob, json, os, random, re, string, sys

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b11sec"

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B32AWS = UP + "234567"

WORDS = """abandon ability able about above absent absorb abstract absurd abuse access accident
account accuse achieve acid acoustic acquire across act action actor actress actual adapt add
addict address adjust admit adult advance advice aerobic affair afford afraid again age agent
agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone
alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger
angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology
appear apple approve april arch arctic area arena argue arm armed armor army around arrange
arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma
athlete atom attack attend attitude attract auction audit august aunt author auto autumn average
avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance
balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean
beauty because become beef before begin behave behind believe below belt bench benefit best
betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame
blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb
bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass
brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother
brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst
bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp
canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo
carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause
caution cave ceiling celery cement census century cereal certain chair chalk champion change
chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney
choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap
clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth
cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color
column combine come comfort comic common company concert conduct confirm congress connect
consider control convince cook cool copper copy coral core corn correct cost cotton couch
country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy
cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise
crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion
custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris
decade december decide decline decorate decrease deer defense define defy degree delay deliver
demand demise denial dentist deny depart depend deposit depth deputy derive describe desert
design desk despair destroy detail detect develop device devote diagram dial diamond diary dice
diesel diet differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease
dish dismiss disorder display distance divert divide divorce dizzy doctor document dog doll
dolphin domain donate donkey donor door dose double dove draft dragon drama drastic draw dream
dress drift drill drink drip drive drop drum dry duck dumb dune during dust dutch duty dwarf
dynamic eager eagle early earn earth easily east easy echo ecology economy edge edit educate
effort egg eight either elbow elder electric elegant element elephant elevator elite else embark
embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy energy
enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry
envelope episode equal equip era erase erode erosion error erupt escape essay essence estate
eternal ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse
execute exercise exhaust exhibit exile exist exit exotic expand expect expire explain expose
express extend extra eye eyebrow fabric face faculty fade faint faith fall false fame family
famous fan fancy fantasy farm fashion fat fatal father fatigue fault favorite feature february
federal fee feed feel female fence festival fetch fever few fiber fiction field figure file film
filter final find fine finger finish fire firm first fiscal fish fit fitness fix flag flame flash
flat flavor flee flight flip float flock floor flower fluid flush fly foam focus fog foil fold
follow food foot force forest forget fork fortune forum forward fossil foster found fox fragile
frame frequent fresh friend fringe frog front frost frown frozen fruit fuel fun funny furnace
fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment gas gasp
gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle ginger
giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue goat
goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape grass
gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar gun
gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard head
health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip hire
history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital
host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband
hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact
impose improve impulse inch include income increase index indicate indoor industry infant
inflict inform inhale inherit initial inject injury inmate inner innocent input inquiry insane
insect inside inspire install intact interest into invest invite involve iron island isolate
issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey joy judge
juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid kidney kind kingdom
kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor ladder lady lake lamp
language laptop large later latin laugh laundry lava law lawn lawsuit layer lazy leader leaf
learn leave lecture left leg legal legend leisure lemon lend length lens leopard lesson letter
level liar liberty library license life lift light like limb limit link lion liquid list little
live lizard load loan lobster local lock logic lonely long loop lottery loud lounge love loyal
lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet maid mail main major make
mammal man manage mandate mango mansion manual maple marble march margin marine market marriage
mask mass master match material math matrix matter maximum maze meadow mean measure meat
mechanic medal media melody melt member memory mention menu mercy merge merit merry mesh message
metal method middle midnight milk million mimic mind minimum minor minute miracle mirror misery
miss mistake mix mixed mixture mobile model modify mom moment monitor monkey monster month moon
moral more morning mosquito mother motion motor mountain mouse move movie much muffin mule
multiply muscle museum mushroom music must mutual myself mystery myth naive name napkin narrow
nasty nation nature near neck need negative neglect neither nephew nerve nest net network neutral
never news next nice night noble noise nominee noodle normal north nose notable note nothing
notice novel now nuclear number nurse nut oak obey object oblige obscure observe obtain obvious
occur ocean october odor off offer office often oil okay old olive olympic omit once one onion
online only open opera opinion oppose option orange orbit orchard order ordinary organ orient
original orphan ostrich other outdoor outer output outside oval oven over own owner oxygen oyster
ozone""".split()

FIRST = ["anna", "jonas", "lea", "marek", "sofia", "tomasz", "yuki", "ravi", "amira", "pedro",
         "ines", "olek", "chen", "minh", "dewi", "emre", "lucas", "nora", "ivan", "sara"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62_enc(num, width=6):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix):
    def f(rng):
        body = rs(rng, AN, 30)
        return prefix + body + b62_enc(binascii.crc32(body.encode()) & 0xFFFFFFFF)
    return f


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pem(label, first, lines=(20, 26), lastlen=None):
    def f(rng, escaped=False):
        n = rng.randint(*lines)
        body = first + rs(rng, B64, 64 - len(first))
        rows = [body] + [rs(rng, B64, 64) for _ in range(n - 2)]
        rows.append(rs(rng, B64, rng.randint(10, 60)) + rng.choice(["", "=", "=="]))
        sep = "\\n" if escaped else "\n"
        return sep.join([f"-----BEGIN {label}-----"] + rows + [f"-----END {label}-----"]) + ("\\n" if escaped else "")
    return f


def pgp(label, first):
    def f(rng):
        rows = [first + rs(rng, B64, 64 - len(first))] + [rs(rng, B64, 64) for _ in range(rng.randint(8, 14))]
        rows.append(rs(rng, B64, 30) + "=")
        return "\n".join([f"-----BEGIN PGP {label} BLOCK-----", ""] + rows +
                         ["=" + rs(rng, B64, 4), f"-----END PGP {label} BLOCK-----"])
    return f


def jwt(rng):
    hdr = b64url_nopad(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    pl = {"sub": rs(rng, HX, 12), "iat": 1760000000 + rng.randint(0, 9999999),
          "exp": 1770000000 + rng.randint(0, 9999999), "scope": rng.choice(["read write", "admin", "api"])}
    return hdr + "." + b64url_nopad(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(rng, B64U, 43)


def rand_pw(rng):
    w = rng.choice(WORDS).capitalize()
    return w + rs(rng, DG, rng.randint(2, 4)) + rng.choice("!#$%&*?") + rs(rng, AN, rng.randint(2, 5))


def uuid4(rng):
    h = rs(rng, HX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def discord(rng):
    uid = str(rng.randint(10**17, 10**18 - 1))
    return b64url_nopad(uid.encode()) + "." + rs(rng, B64U, 6) + "." + rs(rng, B64U, 38)


def docker_auth(rng):
    return base64.b64encode(f"{rng.choice(FIRST)}.ci:{rand_pw(rng)}".encode()).decode()


def k8s_b64(rng):
    return base64.b64encode(rand_pw(rng).encode()).decode()


def ansible_vault(rng):
    rows = [rs(rng, HX, 80) for _ in range(rng.randint(4, 7))] + [rs(rng, HX, rng.randint(20, 70))]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rows)


def sops(rng):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        rs(rng, B64, rng.randint(16, 40)), rs(rng, B64, 43) + "=", rs(rng, B64, 22) + "==")


def mapbox(pfx):
    def f(rng):
        return pfx + ".eyJ1IjoiZXhhbXBsZS11c2VyIiwiYSI6I" + rs(rng, B64U, 20) + "." + rs(rng, B64U, 22)
    return f


def wireguard(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()


GEN = {
    # GitHub (CRC32 of the 30-char body, base62, 6 chars)
    "ghp": gh_token("ghp_"), "gho": gh_token("gho_"), "ghs": gh_token("ghs_"),
    "ghu": gh_token("ghu_"), "ghr": gh_token("ghr_"), "npm": gh_token("npm_"),
    "github_fg": lambda r: "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59),
    "gh_client_id": lambda r: r.choice(["Iv1.", "Iv23li"]) + rs(r, HX, 16 if r.random() < .5 else 14),
    # cloud
    "aws_akid": lambda r: "AKIA" + rs(r, B32AWS, 16),
    "aws_asia": lambda r: "ASIA" + rs(r, B32AWS, 16),
    "aws_secret": lambda r: rs(r, UP + LO + DG + "/+", 40),
    "aws_session": lambda r: "IQoJb3JpZ2luX2VjE" + rs(r, B64, 340),
    "gcp_api": lambda r: "AIza" + rs(r, B64U, 35),
    "gcp_oauth_secret": lambda r: "GOCSPX-" + rs(r, B64U, 28),
    "gcp_pkey_escaped": lambda r: pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", (26, 27))(r, escaped=True),
    "azure_storage_key": lambda r: rs(r, B64, 86) + "==",
    "azure_sig": lambda r: rs(r, B64.replace("+", "").replace("/", ""), 43) + "%3D",
    "azure_client_secret": lambda r: rs(r, AN, 3) + rs(r, DG, 1) + "Q~" + rs(r, AN + "_.~-", 34),
    "alibaba_id": lambda r: "LTAI5t" + rs(r, AN, 18),
    "alibaba_secret": lambda r: rs(r, AN, 30),
    "xai": lambda r: "xai-" + rs(r, AN, 80),
    "langsmith": lambda r: "lsv2_pt_" + rs(r, HX, 32) + "_" + rs(r, HX, 10),
    "pinecone": lambda r: "pcsk_" + rs(r, AN, 6) + "_" + rs(r, AN, 63),
    "openai_admin": lambda r: "sk-admin-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
    "sentry_user": lambda r: "sntryu_" + rs(r, HX, 64),
    "figma": lambda r: "figd_" + rs(r, B64U, 40),
    "notion": lambda r: "ntn_" + rs(r, DG, 11) + rs(r, AN, 35),
    "airtable": lambda r: "pat" + rs(r, AN, 14) + "." + rs(r, HX, 64),
    "dockerhub": lambda r: "dckr_pat_" + rs(r, B64U, 27),
    "bitbucket": lambda r: "ATBB" + rs(r, AN, 28) + rs(r, HX.upper(), 8),
    "brevo": lambda r: "xkeysib-" + rs(r, HX, 64) + "-" + rs(r, AN, 16),
    "resend": lambda r: "re_" + rs(r, AN, 8) + "_" + rs(r, AN, 24),
    "planetscale": lambda r: "pscale_pw_" + rs(r, B64U, 43),
    "neon": lambda r: "napi_" + rs(r, LO + DG, 64),
    "posthog_personal": lambda r: "phx_" + rs(r, AN, 43),
    "posthog_project": lambda r: "phc_" + rs(r, AN, 43),
    "langfuse_sk": lambda r: "sk-lf-" + uuid4(r), "langfuse_pk": lambda r: "pk-lf-" + uuid4(r),
    "dynatrace": lambda r: "dt0c01." + rs(r, UP + DG, 24) + "." + rs(r, UP + DG, 64),
    "contentful": lambda r: "CFPAT-" + rs(r, B64U, 43),
    "buildkite": lambda r: "bkua_" + rs(r, HX, 40),
    "circleci": lambda r: "CCIPAT_" + rs(r, AN, 22) + "_" + rs(r, HX, 40),
    "netlify": lambda r: "nfp_" + rs(r, AN, 36),
    "flyio": lambda r: "fo1_" + rs(r, B64U, 43),
    "render": lambda r: "rnd_" + rs(r, AN, 32),
    "elevenlabs": lambda r: "sk_" + rs(r, HX, 48),
    "plaid": lambda r: "access-production-" + uuid4(r),
    "do": lambda r: "dop_v1_" + rs(r, HX, 64),
    # AI providers
    "openai": lambda r: "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
    "openai_svc": lambda r: "sk-svcacct-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74),
    "openai_legacy": lambda r: "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20),
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, B64U, 93) + "AA",
    "anthropic_admin": lambda r: "sk-ant-admin01-" + rs(r, B64U, 93) + "AA",
    "hf": lambda r: "hf_" + rs(r, UP + LO, 34),
    "groq": lambda r: "gsk_" + rs(r, AN, 52),
    "replicate": lambda r: "r8_" + rs(r, AN, 37),
    "pplx": lambda r: "pplx-" + rs(r, AN, 48),
    # chat / comms
    "slack_bot": lambda r: f"xoxb-{rs(r, DG, 11)}-{rs(r, DG, 13)}-{rs(r, AN, 24)}",
    "slack_user": lambda r: f"xoxp-{rs(r, DG, 11)}-{rs(r, DG, 11)}-{rs(r, DG, 13)}-{rs(r, HX, 32)}",
    "slack_app": lambda r: f"xapp-1-A{rs(r, UP + DG, 10)}-{rs(r, DG, 13)}-{rs(r, HX, 64)}",
    "telegram": lambda r: f"{r.randint(10**8, 10**10 - 1)}:AA{rs(r, B64U, 33)}",
    "discord": discord,
    "twilio_sid": lambda r: "AC" + rs(r, HX, 32),
    "hex32": lambda r: rs(r, HX, 32),
    "sendgrid": lambda r: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43),
    "mailchimp": lambda r: rs(r, HX, 32) + "-us" + str(r.randint(1, 21)),
    # payments
    "stripe_sk": lambda r: "sk_live_51" + rs(r, AN, r.choice([22, 97])),
    "stripe_rk": lambda r: "rk_live_51" + rs(r, AN, r.choice([22, 97])),
    "stripe_pk": lambda r: "pk_live_51" + rs(r, AN, r.choice([22, 97])),
    "stripe_pk_test": lambda r: "pk_test_51" + rs(r, AN, 97),
    "stripe_whsec": lambda r: "whsec_" + rs(r, AN, 32),
    "square": lambda r: "EAAA" + rs(r, B64U, 60),
    # devops
    "glpat": lambda r: "glpat-" + rs(r, B64U, 20),
    "glrt": lambda r: "glrt-" + rs(r, B64U, 20),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, 150),
    "dapi": lambda r: "dapi" + rs(r, HX, 32),
    "vault": lambda r: "hvs." + rs(r, AN, 24),
    "doppler": lambda r: "dp.st.prd." + rs(r, AN, 43),
    "atlassian": lambda r: "ATATT3xFfGF0" + rs(r, B64U, 170) + "=" + rs(r, HX.upper(), 8),
    "tfc": lambda r: rs(r, AN, 14) + ".atlasv1." + rs(r, AN, 67),
    "pulumi": lambda r: "pul-" + rs(r, HX, 40),
    "supabase": lambda r: "sbp_" + rs(r, HX, 40),
    "linear": lambda r: "lin_api_" + rs(r, AN, 40),
    "postman": lambda r: "PMAK-" + rs(r, HX, 24) + "-" + rs(r, HX, 34),
    "grafana": lambda r: "glsa_" + rs(r, AN, 32) + "_" + rs(r, HX, 8),
    "newrelic": lambda r: "NRAK-" + rs(r, UP + DG, 27),
    "heroku": lambda r: "HRKU-AA" + rs(r, B64U, 58),
    "tailscale": lambda r: "tskey-auth-k" + rs(r, AN, 11) + "CNTRL-" + rs(r, AN, 33),
    "ngrok": lambda r: "2" + rs(r, AN, 26) + "_" + rs(r, AN, 21),
    "shopify": lambda r: "shpat_" + rs(r, HX, 32),
    "cf_token": lambda r: rs(r, B64U, 40),
    "okta": lambda r: "00" + rs(r, B64U, 40),
    "age_secret": lambda r: "AGE-SECRET-KEY-1" + rs(r, BECH.upper(), 58),
    "age_public": lambda r: "age1" + rs(r, BECH, 58),
    "wg_key": wireguard,
    "mapbox_sk": mapbox("sk"), "mapbox_pk": mapbox("pk"),
    "docker_auth": docker_auth, "k8s_b64": k8s_b64,
    "jwt": jwt,
    # keys / certificates
    "pem_rsa": pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA"),
    "pem_pkcs8": pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"),
    "pem_ec": pem("EC PRIVATE KEY", "MHcCAQEEI", (4, 4)),
    "openssh": pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", (6, 8)),
    "pgp_private": pgp("PRIVATE KEY", "lQdGBGV"),
    "pgp_public": pgp("PUBLIC KEY", "mQINBGV"),
    "cert": pem("CERTIFICATE", "MIIDazCCAlOgAwIBAgIU", (18, 22)),
    "csr": pem("CERTIFICATE REQUEST", "MIICvDCCAaQCAQAwdzEL", (14, 16)),
    "ssh_ed25519_pub": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 31) + rs(r, B64, 12),
    "ssh_rsa_pub": lambda r: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 504),
    # hashes / ids
    "git_sha": lambda r: rs(r, HX, 40), "git_short": lambda r: rs(r, HX, 7), "hex12": lambda r: rs(r, HX, 12),
    "sha256": lambda r: rs(r, HX, 64), "sha1": lambda r: rs(r, HX, 40), "md5": lambda r: rs(r, HX, 32),
    "docker_digest": lambda r: "sha256:" + rs(r, HX, 64),
    "sri": lambda r: "sha512-" + rs(r, B64, 86) + "==",
    "bcrypt": lambda r: "$2b$12$" + rs(r, "./" + AN, 53),
    "argon2": lambda r: "$argon2id$v=19$m=65536,t=3,p=4$" + rs(r, B64.replace("+", "").replace("/", ""), 22) + "$" + rs(r, B64.replace("+", "").replace("/", ""), 43),
    "uuid": uuid4,
    "md5crypt": lambda r: "$1$" + rs(r, AN, 4) + "$" + rs(r, "./" + AN, 22),
    "apr1": lambda r: "$apr1$" + rs(r, AN, 8) + "$" + rs(r, "./" + AN, 22),
    "type7": lambda r: "%02d" % r.randint(0, 15) + rs(r, "0123456789ABCDEF", 2 * r.randint(8, 14)),
    "auth0_client_id": lambda r: rs(r, AN, 32),
    "ansible_vault": ansible_vault, "sops": sops,
    # crypto wallets
    "eth_key": lambda r: "0x" + rs(r, HX, 64), "eth_key_raw": lambda r: rs(r, HX, 64),
    "eth_addr": lambda r: "0x" + rs(r, HX + "ABCDEF", 40),
    "btc_wif": lambda r: r.choice("KL") + rs(r, B58, 51),
    "xpub": lambda r: "xpub6" + rs(r, B58, 106),
    "btc_addr": lambda r: "bc1q" + rs(r, BECH, 38),
    "seed12": lambda r: " ".join(r.choice(WORDS) for _ in range(12)),
    "seed24": lambda r: " ".join(r.choice(WORDS) for _ in range(24)),
    # codes and generic
    "otp6": lambda r: rs(r, DG, 6), "upper6": lambda r: rs(r, UP, 6), "upper9": lambda r: rs(r, UP + DG, 9), "base32_32": lambda r: rs(r, B32AWS, 32), "pin4": lambda r: rs(r, DG, 4), "pin6": lambda r: rs(r, DG, 6),
    "recovery": lambda r: rs(r, LO + DG, 5) + "-" + rs(r, LO + DG, 5),
    "recovery_num": lambda r: rs(r, DG, 4) + " " + rs(r, DG, 4),
    "password": rand_pw,
    "alnum16": lambda r: rs(r, AN, 16), "alnum24": lambda r: rs(r, AN, 24),
    "alnum32": lambda r: rs(r, AN, 32), "alnum40": lambda r: rs(r, AN, 40),
    "hex40": lambda r: rs(r, HX, 40), "hex48": lambda r: rs(r, HX, 48), "hex64": lambda r: rs(r, HX, 64),
    "b64_32": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "b64_48": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(),
}

# a message header is exactly "@@ <lang> <style>"; other lines starting "@@" (diff hunks) are text
HEADER_RE = re.compile(r"^@@ ([a-z]{2}) ([a-z_]+)[ \t]*$")
GEN_RE = re.compile(r"@gen:([a-z0-9_]+)(?:#([A-Za-z0-9_]+))?")


def expand(s, rng, tags):
    def rep(m):
        name, tag = m.group(1), m.group(2)
        if name not in GEN:
            raise ValueError("unknown generator " + name)
        if tag:
            key = (name, tag)
            if key not in tags:
                tags[key] = GEN[name](rng)
            return tags[key]
        return GEN[name](rng)
    return GEN_RE.sub(rep, s)


def parse_message(raw, rng, where):
    """Return (text, secrets, lookalikes) from marked-up raw text."""
    tags = {}
    out, secrets, looks = [], [], []
    pos, n = 0, len(raw)
    length = 0
    while pos < n:
        i1, i2 = raw.find("[[", pos), raw.find("{{", pos)
        cands = [i for i in (i1, i2) if i >= 0]
        if not cands:
            chunk = expand(raw[pos:], rng, tags)
            out.append(chunk); length += len(chunk)
            break
        i = min(cands)
        opener = raw[i:i + 2]
        closer = "]]" if opener == "[[" else "}}"
        bar = raw.find("|", i + 2)
        kind = raw[i + 2:bar] if bar > 0 else ""
        if bar < 0 or not re.fullmatch(r"[a-z0-9_]+", kind):
            # not a span: emit one character literally and look again (so "{{{kind|" works)
            chunk = expand(raw[pos:i + 1], rng, tags)
            out.append(chunk); length += len(chunk); pos = i + 1
            continue
        chunk = expand(raw[pos:i], rng, tags)
        out.append(chunk); length += len(chunk)
        j, depth = bar + 1, 0
        while True:
            if j >= n:
                raise ValueError(f"{where}: unclosed span starting {raw[i:i+40]!r}")
            if depth == 0 and raw.startswith(closer, j):
                break
            c = raw[j]
            if c in "{[":
                depth += 1
            elif c in "}]" and depth > 0:
                depth -= 1
            j += 1
        val = expand(raw[bar + 1:j], rng, tags)
        if not val or val != val.strip():
            raise ValueError(f"{where}: empty or space-padded span {val!r}")
        span = {"kind": kind, "start": length, "end": length + len(val)}
        (secrets if opener == "[[" else looks).append(span)
        out.append(val); length += len(val)
        pos = j + 2
    return "".join(out), secrets, looks


def read_sources():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if line.startswith("##"):
                    continue
                hm = HEADER_RE.match(line)
                if hm:
                    cur = {"lang": hm.group(1), "style": hm.group(2), "lines": [], "where": f"{os.path.basename(path)}:{ln}"}
                    msgs.append(cur)
                    continue
                if line.startswith("@@ ") and not re.match(r"^@@ -\d", line):
                    raise ValueError(f"{path}:{ln}: malformed header {line!r}")
                if cur is None:
                    if line.strip():
                        raise ValueError(f"{path}:{ln}: text before first @@")
                    continue
                cur["lines"].append(line)
    return msgs


def main():
    rng = random.Random(SEED)
    records = []
    for k, m in enumerate(read_sources(), 1):
        raw = "".join(m["lines"]).strip("\n")
        text, sec, look = parse_message(raw, rng, m["where"])
        records.append({"id": f"{PREFIX}-{k:04d}", "lang": m["lang"], "style": m["style"], "text": text,
                        "secrets": sec, "lookalikes": look})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to all.jsonl")


if __name__ == "__main__":
    main()
