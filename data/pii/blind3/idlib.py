"""Checksum generators and validators shared by gen.py and validate.py (written from scratch)."""
import hashlib, random, re, string

# ---------------- Keccak-256 (for EIP-55) ----------------
def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & 0xFFFFFFFFFFFFFFFF

def _rc_bit(t):
    if t % 255 == 0:
        return 1
    R = [1, 0, 0, 0, 0, 0, 0, 0]
    for _ in range(1, t % 255 + 1):
        R = [0] + R
        R[0] ^= R[8]; R[4] ^= R[8]; R[5] ^= R[8]; R[6] ^= R[8]
        R = R[:8]
    return R[0]

_RC = []
for _i in range(24):
    _v = 0
    for _j in range(7):
        if _rc_bit(_j + 7 * _i):
            _v |= 1 << ((1 << _j) - 1)
    _RC.append(_v)
_ROT = [[0] * 5 for _ in range(5)]
_x, _y = 1, 0
for _t in range(24):
    _ROT[_x][_y] = ((_t + 1) * (_t + 2) // 2) % 64
    _x, _y = _y, (2 * _x + 3 * _y) % 5

def _keccak_f(A):
    for rnd in range(24):
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= _RC[rnd]
    return A

def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        A = _keccak_f(A)
    out = b''
    for i in range(4):
        x, y = i % 5, i // 5
        out += A[x][y].to_bytes(8, 'little')
    return out

assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'

def eip55(addr_hex40: str) -> str:
    a = addr_hex40.lower()
    h = keccak256(a.encode()).hex()
    return '0x' + ''.join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(a))

assert eip55('5aaeb6053f3e94c9b9a09f33669435e7ef1beaed') == '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'

def valid_eth(s):
    if not re.fullmatch(r'0x[0-9a-fA-F]{40}', s):
        return False
    body = s[2:]
    if body == body.lower() or body == body.upper():
        return True
    return eip55(body) == s

# ---------------- Bitcoin ----------------
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

def b58check_encode(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b'\0'))
    return '1' * pad + s

def b58check_valid(s):
    try:
        n = 0
        for c in s:
            n = n * 58 + B58.index(c)
    except ValueError:
        return False
    pad = len(s) - len(s.lstrip('1'))
    raw = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    raw = b'\0' * pad + raw
    if len(raw) != 25:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]

BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

def _polymod(values):
    G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= G[i] if ((b >> i) & 1) else 0
    return chk

def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret

def bech32_encode_segwit(prog: bytes, hrp='bc'):
    data = [0] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in data + chk)

def bech32_valid(s):
    s = s.lower()
    if '1' not in s:
        return False
    hrp, data = s.rsplit('1', 1)
    if any(c not in BECH for c in data):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1

def valid_crypto(s):
    if s.startswith('0x'):
        return valid_eth(s)
    if s.lower().startswith('bc1'):
        return bech32_valid(s)
    return b58check_valid(s)

# ---------------- Luhn ----------------
def luhn_ok(num):
    d = [int(c) for c in num]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0

def luhn_complete(prefix):
    for c in '0123456789':
        if luhn_ok(prefix + c):
            return prefix + c

# ---------------- IBAN ----------------
def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1

def iban_from_bban(cc, bban):
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return f'{cc}{chk:02d}{bban}'

# ---------------- ABA ----------------
def aba_ok(s):
    if not re.fullmatch(r'\d{9}', s):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0

# ---------------- NHS ----------------
def nhs_ok(s):
    s = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'\d{10}', s):
        return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])

# ---------------- Verhoeff (Aadhaar) ----------------
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_check(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

assert verhoeff_ok('2363') and verhoeff_check('236') == '3'

def aadhaar_ok(s):
    s = re.sub(r'[ -]', '', s)
    return bool(re.fullmatch(r'[2-9]\d{11}', s)) and verhoeff_ok(s)

# ---------------- PESEL ----------------
_PW = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

def pesel_ok(s):
    if not re.fullmatch(r'\d{11}', s):
        return False
    tot = sum(int(s[i]) * _PW[i] for i in range(10))
    return (10 - tot % 10) % 10 == int(s[10])

# ---------------- Spanish NIF / NIE ----------------
_NIFL = 'TRWAGMYFPDXBNJZSQVHLCKE'

def nif_ok(s):
    s = s.replace('-', '').upper()
    m = re.fullmatch(r'([XYZ]?)(\d{7,8})([A-Z])', s)
    if not m:
        return False
    pre, num, let = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = str('XYZ'.index(pre)) + num
    elif len(num) != 8:
        return False
    return _NIFL[int(num) % 23] == let

# ---------------- Italian codice fiscale ----------------
_ODD = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]

def _cf_val(c, odd):
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _ODD[idx] if odd else idx

def cf_check_char(s15):
    tot = sum(_cf_val(c, i % 2 == 0) for i, c in enumerate(s15))
    return chr(65 + tot % 26)

def cf_ok(s):
    s = s.upper()
    if not re.fullmatch(r'[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]', s):
        return False
    return cf_check_char(s[:15]) == s[15]

def _cons(s):
    return [c for c in s.upper() if c.isalpha() and c not in 'AEIOU']

def _vow(s):
    return [c for c in s.upper() if c in 'AEIOU']

def cf_make(surname, name, dob, sex, comune):
    c, v = _cons(surname), _vow(surname)
    sur = (c + v + ['X'] * 3)[:3]
    c, v = _cons(name), _vow(name)
    if len(c) >= 4:
        nm = [c[0], c[2], c[3]]
    else:
        nm = (c + v + ['X'] * 3)[:3]
    y, m, d = dob.split('-')
    day = int(d) + (40 if sex == 'F' else 0)
    s15 = ''.join(sur) + ''.join(nm) + y[2:] + 'ABCDEHLMPRST'[int(m) - 1] + f'{day:02d}' + comune
    return s15 + cf_check_char(s15)

# ---------------- AU TFN ----------------
_TW = [1, 4, 3, 7, 5, 8, 6, 9, 10]

def tfn_ok(s):
    s = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'\d{9}', s):
        return False
    return sum(int(s[i]) * _TW[i] for i in range(9)) % 11 == 0

# ---------------- SG NRIC/FIN ----------------
_NW = [2, 7, 6, 5, 4, 3, 2]

def nric_check(prefix, digits):
    tot = sum(int(digits[i]) * _NW[i] for i in range(7)) + (4 if prefix in 'TG' else 0)
    r = tot % 11
    return ('JZIHGFEDCBA' if prefix in 'ST' else 'XWUTRQPNMLK')[r]

assert nric_check('S', '1234567') == 'D'

def nric_ok(s):
    s = s.upper()
    m = re.fullmatch(r'([STFG])(\d{7})([A-Z])', s)
    return bool(m) and nric_check(m.group(1), m.group(2)) == m.group(3)

# ---------------- US SSN / ITIN ----------------
def ssn_ok(s):
    s = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'\d{9}', s):
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0

def itin_ok(s):
    s = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'9\d{8}', s):
        return False
    g = int(s[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99

# ---------------- UK NINO ----------------
def nino_ok(s):
    s = s.replace(' ', '').upper()
    m = re.fullmatch(r'([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])', s)
    if not m:
        return False
    return m.group(1) + m.group(2) not in {'BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'}

# ---------------- IN PAN ----------------
def pan_ok(s):
    return bool(re.fullmatch(r'[A-Z]{3}[PCHABGJLFT][A-Z]\d{4}[A-Z]', s))


def check_value(etype, text):
    """Return True/False for checksum-bearing types, None when no checksum applies."""
    digits = re.sub(r'[ \-.]', '', text)
    if etype == 'CREDIT_CARD':
        return bool(re.fullmatch(r'\d{13,19}', digits)) and luhn_ok(digits)
    if etype == 'IBAN_CODE':
        return iban_ok(text)
    if etype == 'ABA_ROUTING_NUMBER':
        return aba_ok(digits)
    if etype == 'UK_NHS':
        return nhs_ok(text)
    if etype == 'IN_AADHAAR':
        return aadhaar_ok(text)
    if etype == 'PL_PESEL':
        return pesel_ok(text)
    if etype == 'ES_NIF':
        return nif_ok(text)
    if etype == 'IT_FISCAL_CODE':
        return cf_ok(text)
    if etype == 'AU_TFN':
        return tfn_ok(text)
    if etype == 'SG_NRIC_FIN':
        return nric_ok(text)
    if etype == 'US_SSN':
        return ssn_ok(text)
    if etype == 'US_ITIN':
        return itin_ok(text)
    if etype == 'UK_NINO':
        return nino_ok(text)
    if etype == 'IN_PAN':
        return pan_ok(text)
    if etype == 'CRYPTO':
        return valid_crypto(text)
    return None
