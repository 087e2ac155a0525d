#!/usr/bin/env python3
"""Independent checker for b10sec all.jsonl. Does not import gen.py.
Exit 0 = all checks pass."""
import base64, collections, ipaddress, json, os, re, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'all.jsonl')
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
errors = []


def err(rid, msg):
    errors.append('%s: %s' % (rid, msg))


def b62(n):
    out = ''
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(6, '0')


def gh_ok(v, prefix):
    if not re.fullmatch(re.escape(prefix) + r'[A-Za-z0-9]{36}', v):
        return False
    body = v[len(prefix):len(prefix) + 30]
    return v[-6:] == b62(zlib.crc32(body.encode()) & 0xffffffff)


def jwt_ok(v):
    parts = v.split('.')
    if len(parts) != 3:
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + '=' * (-len(parts[0]) % 4)))
        return 'alg' in h
    except Exception:
        return False


def pem_ok(v):
    m = re.match(r'-----BEGIN ([A-Z0-9 ]+)-----', v)
    return bool(m) and v.rstrip().endswith('-----END %s-----' % m.group(1))


FORMAT = {
    'github_pat': lambda v: gh_ok(v, 'ghp_'),
    'github_oauth_token': lambda v: gh_ok(v, 'gho_'),
    'github_user_to_server_token': lambda v: gh_ok(v, 'ghu_'),
    'github_app_installation_token': lambda v: gh_ok(v, 'ghs_'),
    'github_refresh_token': lambda v: gh_ok(v, 'ghr_'),
    'npm_token': lambda v: gh_ok(v, 'npm_'),
    'github_fine_grained_pat': lambda v: re.fullmatch(r'github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}', v),
    'gitlab_pat': lambda v: re.fullmatch(r'glpat-[A-Za-z0-9_-]{20}', v),
    'gitlab_runner_token': lambda v: re.fullmatch(r'glrt-[A-Za-z0-9_-]{20}', v),
    'aws_access_key_id': lambda v: re.fullmatch(r'AKIA[A-Z2-7]{16}', v) and 'EXAMPLE' not in v,
    'aws_temp_access_key_id': lambda v: re.fullmatch(r'ASIA[A-Z2-7]{16}', v),
    'aws_secret_access_key': lambda v: re.fullmatch(r'[A-Za-z0-9/+]{40}', v) and 'EXAMPLE' not in v,
    'aws_example_key': lambda v: v in ('AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    'gcp_api_key': lambda v: re.fullmatch(r'AIza[A-Za-z0-9_-]{35}', v),
    'stripe_secret_key': lambda v: re.fullmatch(r'sk_(live|test)_[A-Za-z0-9]{24,99}', v),
    'stripe_restricted_key': lambda v: re.fullmatch(r'rk_live_[A-Za-z0-9]{24,99}', v),
    'stripe_publishable_key': lambda v: re.fullmatch(r'pk_live_[A-Za-z0-9]{24,99}', v),
    'stripe_webhook_secret': lambda v: re.fullmatch(r'whsec_[A-Za-z0-9]{32}', v),
    'slack_bot_token': lambda v: re.fullmatch(r'xoxb-\d+-\d+-[A-Za-z0-9]{24}', v),
    'slack_user_token': lambda v: re.fullmatch(r'xoxp-\d+-\d+-\d+-[0-9a-f]{32}', v),
    'twilio_account_sid': lambda v: re.fullmatch(r'AC[0-9a-f]{32}', v),
    'twilio_auth_token': lambda v: re.fullmatch(r'[0-9a-f]{32}', v),
    'sendgrid_api_key': lambda v: re.fullmatch(r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}', v),
    'openai_api_key': lambda v: v.startswith('sk-') and 'T3BlbkFJ' in v,
    'anthropic_api_key': lambda v: re.fullmatch(r'sk-ant-api03-[A-Za-z0-9_-]{93}AA', v),
    'huggingface_token': lambda v: re.fullmatch(r'hf_[A-Za-z]{34}', v),
    'shopify_access_token': lambda v: re.fullmatch(r'shpat_[0-9a-f]{32}', v),
    'telegram_bot_token': lambda v: re.fullmatch(r'\d{8,10}:AA[A-Za-z0-9_-]{33}', v),
    'jwt': jwt_ok,
    'jwt_sample': jwt_ok,
    'database_url': lambda v: re.match(r'(postgres(ql)?|mysql(\+\w+)?|mongodb(\+srv)?|rediss?|amqps?)://[^:/@\s]*:[^@\s]+@', v),
    'database_url_no_password': lambda v: re.match(r'\w+://', v) and not re.match(r'\w+://[^/@\s]*:[^@/\s]+@', v),
    'basic_auth_url': lambda v: re.fullmatch(r'https?://[^:/@\s]+:[^@\s]+@\S+', v),
    'rsa_private_key': pem_ok, 'ec_private_key': pem_ok, 'pkcs8_private_key': pem_ok,
    'openssh_private_key': pem_ok, 'pgp_private_key': pem_ok, 'pgp_public_key': pem_ok,
    'x509_certificate': pem_ok, 'public_key': pem_ok,
    'ssh_public_key': lambda v: re.fullmatch(r'ssh-(ed25519|rsa) AAAA[A-Za-z0-9+/=]+', v),
    'git_sha': lambda v: re.fullmatch(r'[0-9a-f]{40}', v),
    'short_sha': lambda v: re.fullmatch(r'[0-9a-f]{7}', v),
    'sha1': lambda v: re.fullmatch(r'[0-9a-f]{40}', v),
    'sha256': lambda v: re.fullmatch(r'[0-9a-f]{64}', v),
    'md5': lambda v: re.fullmatch(r'[0-9a-f]{32}', v),
    'uuid': lambda v: re.fullmatch(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', v),
    'bcrypt_hash': lambda v: re.fullmatch(r'\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}', v),
    'argon2_hash': lambda v: v.startswith('$argon2'),
    'gcp_service_account_key': lambda v: v.startswith('-----BEGIN PRIVATE KEY-----\\n') and v.endswith('-----END PRIVATE KEY-----\\n'),
    'azure_storage_connection_string': lambda v: 'AccountKey=' in v and v.startswith('DefaultEndpointsProtocol='),
    'azure_sas_token': lambda v: v.startswith('sv=') and re.search(r'sig=[A-Za-z0-9%]+$', v),
    'azure_servicebus_connection_string': lambda v: v.startswith('Endpoint=sb://') and 'SharedAccessKey=' in v,
    'k8s_secret_b64': lambda v: re.fullmatch(r'[A-Za-z0-9+/]+={0,2}', v),
    'docker_registry_auth': lambda v: ':' in base64.b64decode(v).decode('utf-8', 'replace'),
}

ALLOWED_DOMAIN = re.compile(r'(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.example|[a-z0-9-]+\.test|example|test)$')
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]
OK_IPS = {'127.0.0.1', '0.0.0.0'}
URL_RE = re.compile(r'[a-z][a-z0-9+.-]*://(?:[^\s/@"\'`<>]*@)?([A-Za-z0-9.-]+)')
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
IP_RE = re.compile(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])')


def host_ok(h):
    h = h.lower().rstrip('.')
    if '.' not in h:  # docker service names, localhost
        return True
    if re.fullmatch(r'[\d.]+', h):
        return ip_ok(h)
    return bool(ALLOWED_DOMAIN.search(h))


def ip_ok(s):
    if s in OK_IPS:
        return True
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return True  # not an address
    return any(ip in n for n in DOC_NETS)


def main():
    if not os.path.exists(PATH):
        print('missing all.jsonl'); return 1
    recs = []
    with open(PATH, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errors.append('line %d: bad json %s' % (ln, e))
    secret_kinds, look_kinds = collections.Counter(), collections.Counter()
    for i, r in enumerate(recs, 1):
        rid = r.get('id', '?')
        if set(r) != {'id', 'lang', 'style', 'text', 'secrets', 'lookalikes'}:
            err(rid, 'bad keys %s' % sorted(r))
            continue
        if rid != 'b10sec-%04d' % i:
            err(rid, 'id out of sequence (expected b10sec-%04d)' % i)
        if not re.fullmatch(r'[a-z]{2,3}', r['lang']):
            err(rid, 'bad lang %r' % r['lang'])
        if not re.fullmatch(r'[a-z_]+', r['style']):
            err(rid, 'bad style %r' % r['style'])
        t = r['text']
        if not t.strip():
            err(rid, 'empty text')
        if '@gen:' in t or re.search(r'(\[\[|\{\{)[a-z0-9_]+\|', t):
            err(rid, 'markup residue in text')
        spans = []
        for lab in ('secrets', 'lookalikes'):
            for s in r[lab]:
                if set(s) != {'kind', 'start', 'end'}:
                    err(rid, 'bad span keys'); continue
                if not re.fullmatch(r'[a-z][a-z0-9_]*', s['kind']):
                    err(rid, 'kind not snake_case: %r' % s['kind'])
                if not (isinstance(s['start'], int) and isinstance(s['end'], int) and 0 <= s['start'] < s['end'] <= len(t)):
                    err(rid, 'bad offsets %r' % s); continue
                v = t[s['start']:s['end']]
                if v != v.strip():
                    err(rid, 'span has surrounding whitespace: %r' % v[:40])
                chk = FORMAT.get(s['kind'])
                if chk:
                    try:
                        ok = chk(v)
                    except Exception:
                        ok = False
                    if not ok:
                        err(rid, 'value does not fit format of %s: %r' % (s['kind'], v[:60]))
                (secret_kinds if lab == 'secrets' else look_kinds)[s['kind']] += 1
                spans.append((s['start'], s['end'], lab, s['kind']))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(rid, 'overlapping spans %r %r' % (a, b))
        # every occurrence of a labelled secret value must be covered by a span
        for st, en, lab, kind in spans:
            if lab != 'secrets' or en - st < 6:
                continue
            v = t[st:en]
            k = t.find(v)
            while k != -1:
                if not any(s0 <= k and k + len(v) <= e0 for s0, e0, _, _ in spans):
                    err(rid, 'unlabelled repeat of secret %r' % v[:30])
                k = t.find(v, k + 1)
        if 'private_key_id' in t:
            m = re.search(r'"private_key_id":\s*"([0-9a-f]+)"', t)
            if not m or not any(lab == 'lookalikes' and kind == 'sha1' and s0 == m.start(1) for s0, _, lab, kind in spans):
                err(rid, 'private_key_id not labelled as sha1 look-alike')
        for m in URL_RE.finditer(t):
            if not host_ok(m.group(1)):
                err(rid, 'non-example host %r' % m.group(1))
        for m in EMAIL_RE.finditer(t):
            if not host_ok(m.group(1)):
                err(rid, 'non-example e-mail domain %r' % m.group(1))
        for m in IP_RE.finditer(t):
            if not ip_ok(m.group(1)):
                err(rid, 'IP outside documentation ranges %r' % m.group(1))
    both = set(secret_kinds) & set(look_kinds)
    if both:
        errors.append('kinds used both as secret and look-alike: %s' % sorted(both))
    n = len(recs)
    ns, nl = sum(secret_kinds.values()), sum(look_kinds.values())
    nonen = sum(1 for r in recs if r.get('lang') != 'en')
    share = nl / max(1, ns + nl)
    if not 350 <= n <= 600:
        errors.append('record count %d outside 350..600' % n)
    if not 0.30 <= share <= 0.50:
        errors.append('look-alike share %.2f outside 0.30..0.50' % share)
    if nonen / max(1, n) < 0.20:
        errors.append('non-English share %.2f below 0.20' % (nonen / n))
    readme = os.path.join(HERE, 'README.md')
    if not os.path.exists(readme):
        errors.append('README.md missing')
    else:
        rt = open(readme, encoding='utf-8').read()
        for label, val in (('records', n), ('secret spans', ns), ('look-alike spans', nl), ('non-English records', nonen)):
            m = re.search(r'^- %s: (\d+)' % label, rt, re.M)
            if not m or int(m.group(1)) != val:
                errors.append('README count for %s does not match data (%d)' % (label, val))
        for head, ctr in (('### Secret kinds', secret_kinds), ('### Look-alike kinds', look_kinds)):
            m = re.search(re.escape(head) + r'\n\n(.*)\n', rt)
            got = dict((k, int(v)) for k, v in re.findall(r'`([a-z0-9_]+)` (\d+)', m.group(1))) if m else {}
            if got != dict(ctr):
                errors.append('README %s do not match data' % head)
    for e in errors[:80]:
        print('ERROR', e)
    print('records=%d secrets=%d lookalikes=%d lookalike_share=%.3f non_en=%d (%.1f%%) errors=%d'
          % (n, ns, nl, share, nonen, 100.0 * nonen / max(1, n), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
