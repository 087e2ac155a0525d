#!/usr/bin/env python3
"""b10sec generator: parses hand-written src/*.txt markup, fills @gen: values
deterministically with random.Random(SEED), writes all.jsonl.

Markup: '@@ <lang> <style>' starts a message; lines starting '##' are comments.
[[kind|value]] = secret span, {{kind|value}} = look-alike span.
@gen:kind (or @gen:kind#tag, repeated within one message) is replaced by a
generated value. No generated value is real."""
import base64, collections, glob, json, os, random, re, string, zlib

SEED = 101010
HERE = os.path.dirname(os.path.abspath(__file__))
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'
BCRYPT = './' + string.ascii_uppercase + string.ascii_lowercase + string.digits


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def b62(self, n):
        v, out = n, ''
        while v:
            v, d = divmod(v, 62)
            out = B62[d] + out
        return out.rjust(6, '0')

    def gh(self, prefix):
        body = self.s(ALNUM, 30)
        return prefix + body + self.b62(zlib.crc32(body.encode()) & 0xffffffff)

    def b64bytes(self, n, url=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(n))
        e = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        e = e.decode()
        return e if pad else e.rstrip('=')

    def pem_body(self, head, nbytes):
        raw = base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()
        raw = head + raw[len(head):]
        return [raw[i:i + 64] for i in range(0, len(raw), 64)]

    def pem(self, label, head, nbytes=300, nl='\n'):
        lines = ['-----BEGIN %s-----' % label] + self.pem_body(head, nbytes) + ['-----END %s-----' % label]
        return nl.join(lines)

    def password(self):
        words = ['Maple', 'River', 'Tiger', 'Sunny', 'Orbit', 'Pixel', 'Cobalt', 'Falcon', 'Lemon', 'Quartz',
                 'Velvet', 'Harbor', 'Nimbus', 'Saffron', 'Juniper', 'Copper', 'Walnut', 'Indigo']
        r = self.r
        if r.random() < 0.5:
            return r.choice(words) + r.choice('!#%*-_.') + str(r.randint(10, 9999)) + r.choice(words).lower()
        return self.s(ALNUM, r.randint(4, 6)) + r.choice('!#%*-_') + self.s(ALNUM, r.randint(6, 10))

    def urlpass(self):
        return self.s(ALNUM, self.r.randint(6, 9)) + self.r.choice('-_.') + self.s(ALNUM, self.r.randint(5, 9))

    def jwt(self, alg='HS256'):
        names = ['Ilse Marwick', 'Tomas Ferreiro', 'Aiko Brandt', 'Dario Vell', 'Noor Hallstrom', 'Pim Okafor']
        hdr = json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':'))
        iat = self.r.randint(1750000000, 1790000000)
        pl = json.dumps({'sub': str(self.r.randint(10000, 999999)), 'name': self.r.choice(names),
                         'iat': iat, 'exp': iat + 3600}, separators=(',', ':'))
        enc = lambda b: base64.urlsafe_b64encode(b.encode()).decode().rstrip('=')
        sig = self.b64bytes(256 if alg.startswith('RS') else 32, url=True, pad=False)
        return enc(hdr) + '.' + enc(pl) + '.' + sig

    def make(self, kind):
        r, s = self.r, self.s
        if kind in ('github_pat', 'ghp'): return self.gh('ghp_')
        if kind == 'github_oauth': return self.gh('gho_')
        if kind == 'github_user_to_server': return self.gh('ghu_')
        if kind == 'github_server_to_server': return self.gh('ghs_')
        if kind == 'github_refresh': return self.gh('ghr_')
        if kind == 'github_fine_grained_pat': return 'github_pat_' + s(UPPER_ALNUM, 22) + '_' + s(ALNUM, 59)
        if kind == 'npm_token': return self.gh('npm_')
        if kind == 'gitlab_pat': return 'glpat-' + s(ALNUM + '-_', 20)
        if kind == 'gitlab_runner_token': return 'glrt-' + s(ALNUM + '-_', 20)
        if kind == 'gitlab_deploy_token': return 'gldt-' + s(ALNUM + '-_', 20)
        if kind == 'gitlab_trigger_token': return 'glptt-' + s(HEX, 40)
        if kind == 'bitbucket_app_password': return 'ATBB' + s(ALNUM, 24) + s(HEX.upper(), 8)
        if kind == 'circleci_token': return 'CCIPAT_' + s(ALNUM, 22) + '_' + s(HEX, 40)
        if kind == 'pypi_token': return 'pypi-AgEIcHlwaS5vcmc' + s(B64URL, 140)
        if kind == 'docker_pat': return 'dckr_pat_' + s(ALNUM + '-_', 27)
        if kind == 'aws_access_key_id': return 'AKIA' + s(string.ascii_uppercase + '234567', 16)
        if kind == 'aws_temp_access_key_id': return 'ASIA' + s(string.ascii_uppercase + '234567', 16)
        if kind == 'aws_secret_access_key': return s(B64, 40)
        if kind == 'aws_session_token': return 'IQoJb3JpZ2luX2VjE' + s(B64, 220)
        if kind == 'gcp_api_key': return 'AIza' + s(ALNUM + '-_', 35)
        if kind == 'gcp_private_key_escaped':
            return self.pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 260, nl='\\n') + '\\n'
        if kind == 'gcp_oauth_client_secret': return 'GOCSPX-' + s(ALNUM + '-_', 28)
        if kind == 'gcp_client_id': return str(r.randint(10**11, 10**12 - 1)) + '-' + s(string.ascii_lowercase + string.digits, 32) + '.apps.googleusercontent.example.com'
        if kind == 'azure_storage_key': return self.b64bytes(64)
        if kind == 'azure_sas_sig': return self.b64bytes(32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')
        if kind == 'azure_client_secret': return s(ALNUM, 3) + str(r.randint(0, 9)) + 'Q~' + s(ALNUM + '-_.~', 34)
        if kind == 'azure_sb_key': return self.b64bytes(32)
        if kind == 'stripe_secret_key': return 'sk_live_' + s(ALNUM, 24 if r.random() < 0.5 else 99)
        if kind == 'stripe_test_key': return 'sk_test_' + s(ALNUM, 24 if r.random() < 0.5 else 99)
        if kind == 'stripe_restricted_key': return 'rk_live_' + s(ALNUM, 24 if r.random() < 0.5 else 99)
        if kind == 'stripe_publishable_key': return 'pk_live_' + s(ALNUM, 24 if r.random() < 0.5 else 99)
        if kind == 'stripe_webhook_secret': return 'whsec_' + s(ALNUM, 32)
        if kind == 'slack_bot_token': return 'xoxb-%d-%d-%s' % (r.randint(10**10, 10**12), r.randint(10**11, 10**13), s(ALNUM, 24))
        if kind == 'slack_user_token': return 'xoxp-%d-%d-%d-%s' % (r.randint(10**10, 10**12), r.randint(10**10, 10**12), r.randint(10**11, 10**13), s(HEX, 32))
        if kind == 'slack_app_token': return 'xapp-1-A%s-%d-%s' % (s(UPPER_ALNUM, 10), r.randint(10**11, 10**13), s(HEX, 64))
        if kind == 'twilio_account_sid': return 'AC' + s(HEX, 32)
        if kind == 'twilio_auth_token': return s(HEX, 32)
        if kind == 'twilio_api_key_sid': return 'SK' + s(HEX, 32)
        if kind == 'sendgrid_api_key': return 'SG.' + s(ALNUM + '-_', 22) + '.' + s(ALNUM + '-_', 43)
        if kind == 'mailgun_api_key': return 'key-' + s(HEX, 32)
        if kind == 'mailgun_new_key': return s(HEX, 32) + '-' + s(HEX, 8) + '-' + s(HEX, 8)
        if kind == 'openai_api_key':
            if r.random() < 0.5:
                return 'sk-proj-' + s(ALNUM + '-_', 74) + 'T3BlbkFJ' + s(ALNUM + '-_', 74)
            return 'sk-' + s(ALNUM, 20) + 'T3BlbkFJ' + s(ALNUM, 20)
        if kind == 'anthropic_api_key': return 'sk-ant-api03-' + s(ALNUM + '-_', 93) + 'AA'
        if kind == 'huggingface_token': return 'hf_' + s(string.ascii_letters, 34)
        if kind == 'datadog_api_key': return s(HEX, 32)
        if kind == 'datadog_app_key': return s(HEX, 40)
        if kind == 'shopify_access_token': return 'shpat_' + s(HEX, 32)
        if kind == 'shopify_shared_secret': return 'shpss_' + s(HEX, 32)
        if kind == 'shopify_custom_app_token': return 'shpca_' + s(HEX, 32)
        if kind == 'discord_bot_token':
            uid = str(r.randint(10**17, 10**19 - 1))
            return base64.b64encode(uid.encode()).decode().rstrip('=') + '.' + s(ALNUM + '-_', 6) + '.' + s(ALNUM + '-_', 38)
        if kind == 'discord_client_id': return str(r.randint(10**17, 10**19 - 1))
        if kind == 'telegram_bot_token': return '%d:AA%s' % (r.randint(10**8, 10**10 - 1), s(ALNUM + '-_', 33))
        if kind == 'cloudflare_api_token': return s(ALNUM + '-_', 40)
        if kind == 'cloudflare_global_key': return s(HEX, 37)
        if kind == 'sentry_dsn_key': return s(HEX, 32)
        if kind == 'newrelic_license_key': return s(HEX, 36) + 'NRAL'
        if kind == 'newrelic_user_key': return 'NRAK-' + s(UPPER_ALNUM, 27)
        if kind == 'pagerduty_key': return s(ALNUM + '+-_', 20)
        if kind == 'mapbox_secret_token': return 'sk.eyJ1Ijoi' + s(ALNUM, 20) + '.' + s(ALNUM + '-_', 22)
        if kind == 'mapbox_public_token': return 'pk.eyJ1Ijoi' + s(ALNUM, 20) + '.' + s(ALNUM + '-_', 22)
        if kind == 'vault_token': return 'hvs.' + s(ALNUM + '-_', 24)
        if kind == 'doppler_token': return 'dp.st.' + s(ALNUM, 43)
        if kind == 'digitalocean_token': return 'dop_v1_' + s(HEX, 64)
        if kind == 'linear_api_key': return 'lin_api_' + s(ALNUM, 40)
        if kind == 'postman_api_key': return 'PMAK-' + s(HEX, 24) + '-' + s(HEX, 34)
        if kind == 'grafana_token': return 'glsa_' + s(ALNUM, 32) + '_' + s(HEX, 8)
        if kind == 'atlassian_api_token': return 'ATATT3xFfGF0' + s(ALNUM + '-_', 170) + '=' + s(HEX.upper(), 8)
        if kind == 'jwt': return self.jwt('HS256')
        if kind == 'jwt_rs': return self.jwt('RS256')
        if kind == 'rsa_private_key': return self.pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 330)
        if kind == 'ec_private_key': return self.pem('EC PRIVATE KEY', 'MHcCAQEEI', 121)
        if kind == 'pkcs8_private_key': return self.pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 300)
        if kind == 'openssh_private_key':
            return self.pem('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 290)
        if kind == 'pgp_private_key':
            body = self.pem_body('lQOYBG', 360)
            return '\n'.join(['-----BEGIN PGP PRIVATE KEY BLOCK-----', ''] + body +
                             ['=' + s(ALNUM, 4), '-----END PGP PRIVATE KEY BLOCK-----'])
        if kind == 'pgp_public_key':
            body = self.pem_body('mQENBG', 220)
            return '\n'.join(['-----BEGIN PGP PUBLIC KEY BLOCK-----', ''] + body +
                             ['=' + s(ALNUM, 4), '-----END PGP PUBLIC KEY BLOCK-----'])
        if kind == 'x509_certificate': return self.pem('CERTIFICATE', 'MIIDazCCAlOgAwIBAgIU', 300)
        if kind == 'public_key': return self.pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 200)
        if kind == 'cert_b64': return base64.b64encode(self.pem('CERTIFICATE', 'MIIC', 120).encode()).decode()
        if kind == 'key_b64': return base64.b64encode(self.pem('RSA PRIVATE KEY', 'MIIE', 120).encode()).decode()
        if kind == 'ssh_ed25519_pub': return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + s(B64, 43)
        if kind == 'ssh_rsa_pub': return 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + s(B64, 200)
        if kind == 'git_sha': return s(HEX, 40)
        if kind == 'short_sha': return s(HEX, 7)
        if kind == 'sha256': return s(HEX, 64)
        if kind == 'sha1': return s(HEX, 40)
        if kind == 'md5': return s(HEX, 32)
        if kind == 'hex32': return s(HEX, 32)
        if kind == 'hex40': return s(HEX, 40)
        if kind == 'hex64': return s(HEX, 64)
        if kind == 'alnum32': return s(ALNUM, 32)
        if kind == 'alnum40': return s(ALNUM, 40)
        if kind == 'b64_32': return self.b64bytes(32)
        if kind == 'bcrypt': return '$2b$12$' + s(BCRYPT, 53)
        if kind == 'argon2': return '$argon2id$v=19$m=65536,t=3,p=4$' + self.b64bytes(16, pad=False) + '$' + self.b64bytes(32, pad=False)
        if kind == 'sha512crypt': return '$6$' + s(ALNUM, 16) + '$' + s(BCRYPT, 86)
        if kind == 'uuid':
            h = s(HEX, 32)
            return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])
        if kind == 'password': return self.password()
        if kind == 'urlpass': return self.urlpass()
        if kind == 'k8s_b64': return base64.b64encode(self.password().encode()).decode()
        if kind == 'docker_auth':
            u = r.choice(['ci-bot', 'deployer', 'mreyes', 'build', 'tkowal'])
            return base64.b64encode((u + ':' + self.urlpass()).encode()).decode()
        if kind == 'vault_blob':
            return '\n'.join(s(HEX, 80) for _ in range(4)) + '\n' + s(HEX, 38)
        if kind == 'digits6': return str(r.randint(100000, 999999))
        raise KeyError('unknown generator: ' + kind)


HEADER_RE = re.compile(r'^@@ [a-z]{2,3} [a-z_]+$')
GEN_RE = re.compile(r'@gen:([a-z0-9_]+)(?:#(\w+))?')
OPEN_RE = re.compile(r'(\[\[|\{\{)([a-z0-9_]+)\|')


def fill(raw, g, cache):
    def rep(m):
        key = (m.group(1), m.group(2))
        if m.group(2) is None:
            return g.make(m.group(1))
        if key not in cache:
            cache[key] = g.make(m.group(1))
        return cache[key]
    return GEN_RE.sub(rep, raw)


def parse_message(raw, g, where):
    cache = {}
    out, secrets, looks = [], [], []
    pos, n = 0, 0
    i = 0
    while True:
        m = OPEN_RE.search(raw, i)
        if not m:
            out.append(fill(raw[i:], g, cache))
            break
        out.append(fill(raw[i:m.start()], g, cache))
        closer = ']]' if m.group(1) == '[[' else '}}'
        j = m.end()
        brace = bracket = 0
        while True:
            if j >= len(raw):
                raise SystemExit('%s: unclosed span %r' % (where, raw[m.start():m.start() + 60]))
            if raw.startswith(closer, j) and (brace if closer == '}}' else bracket) == 0:
                break
            c = raw[j]
            if c == '{': brace += 1
            elif c == '}' and brace: brace -= 1
            elif c == '[': bracket += 1
            elif c == ']' and bracket: bracket -= 1
            j += 1
        value = fill(raw[m.end():j], g, cache)
        if not value.strip():
            raise SystemExit('%s: empty span' % where)
        start = sum(len(x) for x in out)
        out.append(value)
        span = {'kind': m.group(2), 'start': start, 'end': start + len(value)}
        (secrets if closer == ']]' else looks).append(span)
        i = j + 2
    return ''.join(out), secrets, looks


def load():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        cur = None
        with open(path, encoding='utf-8') as f:
            for ln, line in enumerate(f.read().split('\n'), 1):
                if HEADER_RE.match(line):
                    parts = line.split()
                    cur = {'lang': parts[1], 'style': parts[2], 'lines': [], 'where': '%s:%d' % (os.path.basename(path), ln)}
                    msgs.append(cur)
                elif line.startswith('##'):
                    continue
                elif cur is not None:
                    cur['lines'].append(line)
    return msgs


def counts_block(recs):
    C = collections.Counter
    ns = sum(len(r['secrets']) for r in recs)
    nl = sum(len(r['lookalikes']) for r in recs)
    ne = sum(1 for r in recs if r['lang'] != 'en')
    fmt = lambda c, q='': ', '.join('%s%s%s %d' % (q, k, q, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    out = ['- records: %d' % len(recs),
           '- secret spans: %d' % ns,
           '- look-alike spans: %d (%.1f%% of labelled spans)' % (nl, 100.0 * nl / max(1, ns + nl)),
           '- records with no secret span: %d; records with no span at all: %d' % (
               sum(1 for r in recs if not r['secrets']), sum(1 for r in recs if not r['secrets'] and not r['lookalikes'])),
           '- non-English records: %d (%.1f%%)' % (ne, 100.0 * ne / max(1, len(recs))),
           '', '### By language', '', fmt(C(r['lang'] for r in recs)),
           '', '### By style', '', fmt(C(r['style'] for r in recs)),
           '', '### Secret kinds', '', fmt(C(s['kind'] for r in recs for s in r['secrets']), '`'),
           '', '### Look-alike kinds', '', fmt(C(s['kind'] for r in recs for s in r['lookalikes']), '`')]
    return '\n'.join(out)


def update_readme(recs):
    path = os.path.join(HERE, 'README.md')
    if not os.path.exists(path):
        return
    with open(path, encoding='utf-8') as f:
        txt = f.read()
    a, b = '<!-- counts:start -->', '<!-- counts:end -->'
    if a in txt and b in txt:
        txt = txt[:txt.index(a) + len(a)] + '\n' + counts_block(recs) + '\n' + txt[txt.index(b):]
        with open(path, 'w', encoding='utf-8') as f:
            f.write(txt)


def main():
    g = G(SEED)
    recs = []
    for k, m in enumerate(load(), 1):
        raw = '\n'.join(m['lines']).strip('\n')
        text, sec, look = parse_message(raw, g, m['where'])
        recs.append({'id': 'b10sec-%04d' % k, 'lang': m['lang'], 'style': m['style'], 'text': text,
                     'secrets': sec, 'lookalikes': look})
    with open(os.path.join(HERE, 'all.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    ns = sum(len(r['secrets']) for r in recs)
    nl = sum(len(r['lookalikes']) for r in recs)
    update_readme(recs)
    print('records %d secrets %d lookalikes %d' % (len(recs), ns, nl))


if __name__ == '__main__':
    main()
