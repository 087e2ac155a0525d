#!/usr/bin/env python3
"""Build all.jsonl from the marked-up sources in src/*.txt.

Markup:
  @@ <lang> <style>          starts a new message (header line, not part of the text)
  [[TYPE|literal value]]     PII span with a literal value
  [[TYPE|@gen:args]]         PII span whose value is generated here (checksummed ids)
  [[TYPE|@gen:args=lab]]     same, but reuse the value for label `lab` within the message
  {{kind|literal}}           look-alike (must NOT be flagged)
  {{kind|@gen}}              generated look-alike (uuid, hashes, ...)
Fixed seed, so output is reproducible.
"""
import glob, json, os, random, re, string, sys, uuid, hashlib
import idlib

SEED = 20240917
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

SCOPE = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN", "US_PASSPORT",
         "US_DRIVER_LICENSE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS",
         "URL", "CRYPTO", "UK_NHS", "UK_NINO", "LOCATION", "DATE_TIME", "ES_NIF", "IT_FISCAL_CODE", "IN_AADHAAR",
         "IN_PAN", "AU_TFN", "SG_NRIC_FIN", "PL_PESEL"]


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def grp(s, sizes, sep):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
    return sep.join(out)


SEPS = {'sp': ' ', 'space': ' ', 'dash': '-', 'none': '', 'dot': '.', 'plain': ''}


def g_cc(brand='visa', sep='sp'):
    s = SEPS[sep]
    if brand == 'visa':
        n = idlib.luhn_complete('4' + digits(14)); sizes = [4, 4, 4, 4]
    elif brand == 'mc':
        n = idlib.luhn_complete(R.choice(['51', '52', '53', '54', '55', '2221', '2720'])[:2] + digits(13)); sizes = [4, 4, 4, 4]
    elif brand == 'amex':
        n = idlib.luhn_complete(R.choice(['34', '37']) + digits(12)); sizes = [4, 6, 5]
    elif brand == 'disc':
        n = idlib.luhn_complete('6011' + digits(11)); sizes = [4, 4, 4, 4]
    elif brand == 'diners':
        n = idlib.luhn_complete('36' + digits(11)); sizes = [4, 6, 4]
    elif brand == 'jcb':
        n = idlib.luhn_complete('35' + str(R.randint(28, 89)) + digits(11)); sizes = [4, 4, 4, 4]
    else:
        raise ValueError(brand)
    return grp(n, sizes, s)


def g_ssn(sep='dash'):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f'{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}'
        if v not in ('078051120', '123456789', '219099999'):
            break
    return grp(v, [3, 2, 4], SEPS[sep])


def g_itin(sep='dash'):
    g = R.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    v = f'9{digits(2)}{g:02d}{digits(4)}'
    return grp(v, [3, 2, 4], SEPS[sep])


def g_uspass(kind='num'):
    if kind == 'L':
        return R.choice('ACEHJKMNPRSX') + digits(8)
    return R.choice('5648') + digits(8)


def g_dl(state):
    L = lambda: R.choice(string.ascii_uppercase)
    if state == 'CA':
        return L() + digits(7)
    if state == 'NY':
        return grp(digits(9), [3, 3, 3], ' ')
    if state == 'TX':
        return digits(8)
    if state == 'FL':
        return L() + digits(3) + '-' + digits(3) + '-' + digits(2) + '-' + digits(3) + '-' + digits(1)
    if state == 'IL':
        return L() + digits(3) + '-' + digits(4) + '-' + digits(4)
    if state == 'WA':
        return 'WDL' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    if state == 'PA':
        return digits(2) + ' ' + digits(3) + ' ' + digits(3)
    if state == 'NJ':
        return L() + digits(4) + ' ' + digits(5) + ' ' + digits(5)
    if state == 'MI':
        return L() + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(3)
    if state == 'OH':
        return L() + L() + digits(6)
    raise ValueError(state)


def g_bank(n=None):
    n = int(n) if n else R.randint(8, 12)
    return str(R.randint(1, 9)) + digits(n - 1)


def g_aba():
    while True:
        pre = R.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12',
                        '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32'])
        body = pre + digits(6)
        for c in '0123456789':
            if idlib.aba_ok(body + c):
                return body + c


def _mod97_str(s):
    return int(s) % 97


def g_iban(cc, fmt='none'):
    cc = cc.upper()
    if cc == 'DE':
        bban = digits(8) + digits(10)
    elif cc == 'GB':
        bban = R.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ']) + digits(6) + digits(8)
    elif cc == 'IE':
        bban = R.choice(['AIBK', 'BOFI']) + digits(6) + digits(8)
    elif cc == 'FR':
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f'{bank}{branch}{acct}{key:02d}'
    elif cc == 'ES':
        bank, branch, acct = digits(4), digits(4), digits(10)
        W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            d = 11 - sum(int(s[i]) * W[i] for i in range(10)) % 11
            return {11: 0, 10: 1}.get(d, d)
        bban = f'{bank}{branch}{dc("00" + bank + branch)}{dc(acct)}{acct}'
    elif cc == 'IT':
        rest = digits(5) + digits(5) + digits(12)
        tot = sum(idlib._cf_val(c, i % 2 == 0) for i, c in enumerate(rest))
        bban = chr(65 + tot % 26) + rest
    elif cc == 'NL':
        while True:
            acct = digits(10)
            if sum(int(acct[i]) * (10 - i) for i in range(10)) % 11 == 0:
                break
        bban = R.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO']) + acct
    elif cc == 'PL':
        while True:
            b7 = digits(7)
            w = [3, 9, 7, 1, 3, 9, 7]
            c = (10 - sum(int(b7[i]) * w[i] for i in range(7)) % 10) % 10
            bban = b7 + str(c) + digits(16)
            break
    elif cc == 'PT':
        b19 = digits(19)
        chk = 98 - (int(b19 + '00') % 97)
        bban = f'{b19}{chk:02d}'
    elif cc == 'BE':
        b10 = digits(10)
        c = int(b10) % 97 or 97
        bban = f'{b10}{c:02d}'
    elif cc == 'AT':
        bban = digits(16)
    elif cc == 'CH':
        bban = digits(5) + digits(12)
    else:
        raise ValueError(cc)
    ib = idlib.iban_from_bban(cc, bban)
    if fmt == 'sp':
        ib = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def g_nhs(sep='sp'):
    while True:
        d9 = str(R.randint(4, 7)) + digits(8)
        tot = sum(int(d9[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return grp(d9 + str(c), [3, 3, 4], SEPS[sep])


def g_nino(fmt='sp'):
    A = 'ABCEGHJKLMNOPRSTWXYZ'
    B = 'ABCEGHJKLMNPRSTWXYZ'
    while True:
        p = R.choice(A) + R.choice(B)
        if p not in {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}:
            break
    d = digits(6)
    s = R.choice('ABCD')
    if fmt == 'sp':
        return f'{p} {d[:2]} {d[2:4]} {d[4:]} {s}'
    return p + d + s


def g_nif():
    n = R.randint(10000000, 99999999)
    return f'{n:08d}{idlib._NIFL[n % 23]}'


def g_nie():
    p = R.choice('XYZ')
    n = digits(7)
    return p + n + idlib._NIFL[int(str('XYZ'.index(p)) + n) % 23]


def g_cf(surname, name, dob, sex, comune):
    return idlib.cf_make(surname, name, dob, sex, comune)


def g_aadhaar(sep='sp'):
    b = str(R.randint(2, 9)) + digits(10)
    v = b + idlib.verhoeff_check(b)
    return grp(v, [4, 4, 4], SEPS[sep])


def g_pan(initial='K'):
    L = lambda: R.choice(string.ascii_uppercase)
    return L() + L() + L() + 'P' + initial.upper() + digits(4) + L()


def g_tfn(fmt='sp'):
    while True:
        b = digits(8)
        for c in '0123456789':
            if idlib.tfn_ok(b + c):
                v = b + c
                return grp(v, [3, 3, 3], ' ') if fmt == 'sp' else v


def g_nric(prefix='S'):
    d = digits(7)
    return prefix + d + idlib.nric_check(prefix, d)


def g_pesel(dob, sex):
    y, m, d = dob.split('-')
    mm = int(m) + (20 if int(y) >= 2000 else 0)
    base = f'{y[2:]}{mm:02d}{d}' + digits(3)
    sx = R.choice('13579' if sex == 'M' else '02468')
    b10 = base + sx
    c = (10 - sum(int(b10[i]) * idlib._PW[i] for i in range(10)) % 10) % 10
    return b10 + str(c)


def g_btc(kind='p2pkh'):
    h = bytes(R.getrandbits(8) for _ in range(20))
    if kind == 'p2pkh':
        return idlib.b58check_encode(b'\x00' + h)
    if kind == 'p2sh':
        return idlib.b58check_encode(b'\x05' + h)
    return idlib.bech32_encode_segwit(h)


def g_eth():
    return idlib.eip55(''.join(R.choice('0123456789abcdef') for _ in range(40)))


def g_mac(fmt='colon'):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    h = ''.join(f'{x:02x}' for x in b)
    if fmt == 'colon':
        return ':'.join(h[i:i + 2] for i in range(0, 12, 2))
    if fmt == 'COLON':
        return ':'.join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if fmt == 'dash':
        return '-'.join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    return '.'.join(h[i:i + 4] for i in range(0, 12, 4))


def g_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def g_hash(alg):
    return hashlib.new(alg, str(R.random()).encode()).hexdigest()


def g_luhnfail(n='16'):
    while True:
        v = str(R.randint(1, 9)) + digits(int(n) - 1)
        if not idlib.luhn_ok(v):
            return v


GENS = {
    'cc': g_cc, 'ssn': g_ssn, 'itin': g_itin, 'uspass': g_uspass, 'dl': g_dl, 'bank': g_bank, 'aba': g_aba,
    'iban': g_iban, 'nhs': g_nhs, 'nino': g_nino, 'nif': g_nif, 'nie': g_nie, 'cf': g_cf, 'aadhaar': g_aadhaar,
    'pan': g_pan, 'tfn': g_tfn, 'nric': g_nric, 'pesel': g_pesel, 'btc': g_btc, 'eth': g_eth, 'mac': g_mac,
    'uuid': g_uuid, 'sha256': lambda: g_hash('sha256'), 'sha1': lambda: g_hash('sha1'),
    'md5': lambda: g_hash('md5'), 'luhnfail': g_luhnfail,
}

TOKEN = re.compile(r'\[\[([A-Z_]+)\|(.+?)\]\]|\{\{([a-z_]+)\|(.+?)\}\}', re.S)


def expand(v, cache):
    if not v.startswith('@'):
        return v
    label = None
    if '=' in v:
        v, label = v.rsplit('=', 1)
        if label in cache:
            return cache[label]
    parts = v[1:].split(':')
    out = GENS[parts[0]](*parts[1:])
    if label:
        cache[label] = out
    return out


def render(src):
    out, spans, looks, pos, cache = [], [], [], 0, {}
    cur = 0
    for m in TOKEN.finditer(src):
        lit = src[pos:m.start()]
        out.append(lit); cur += len(lit)
        if m.group(1):
            val = expand(m.group(2), cache)
            if m.group(1) not in SCOPE:
                raise ValueError(f'unknown type {m.group(1)} in: {src[:80]!r}')
            spans.append({'entity_type': m.group(1), 'start': cur, 'end': cur + len(val)})
        else:
            val = expand(m.group(4), cache)
            looks.append({'kind': m.group(3), 'start': cur, 'end': cur + len(val)})
        out.append(val); cur += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    if '[[' in text and re.search(r'\[\[[A-Z_]+\|', text) or re.search(r'\{\{[a-z_]+\|', text):
        raise ValueError('unparsed markup: ' + text[:120])
    return text, spans, looks


def load_sources():
    msgs = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        cur = None
        with open(fn, encoding='utf-8') as f:
            for line in f:
                if line.startswith('@@ '):
                    if cur:
                        msgs.append(cur)
                    _, lang, style = line.split()[:3]
                    cur = {'lang': lang, 'style': style, 'src': '', 'file': os.path.basename(fn)}
                elif cur is not None:
                    cur['src'] += line
        if cur:
            msgs.append(cur)
    return msgs


def main():
    msgs = load_sources()
    recs, meta = [], []
    for i, m in enumerate(msgs):
        src = m['src'].strip('\n')
        # trim trailing whitespace at end of message only
        src = src.rstrip()
        text, spans, looks = render(src)
        recs.append({'text': text, 'spans': spans, 'lookalikes': looks, 'scope': SCOPE})
        meta.append({'idx': i, 'lang': m['lang'], 'style': m['style'], 'file': m['file']})
    with open(os.path.join(HERE, 'all.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for r in meta:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(recs)} records')


if __name__ == '__main__':
    main()
