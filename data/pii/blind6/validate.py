#!/usr/bin/env python3
"""Independent validator for all.jsonl (does not import gen.py)."""
import json, re, sys, hashlib, ipaddress, collections
errors=[]; warns=[]
def E(r,m): errors.append(f"{r['id']}: {m}")
def W(r,m): warns.append(f"{r['id']}: {m}")
SCOPE_N=26
TITLES={'mr','mrs','ms','miss','dr','prof','sir','herr','frau','sra','sr','srta','mme','mlle','m','dña','dra','ing','fr','ji','bey','hanım','pak','bu','ate','kuya','tita','tito','pan','pani','dhr','mevr','signor','signora','dott','don','doña','aunt','aunty','uncle','sister','coach','ofc','officer','mx'}
SUBT={'LOCATION':{'address','city','region','country'},'DATE_TIME':{'dob','date','time','relative','datetime','timestamp'}}
def luhn(s):
    t=0
    for i,c in enumerate(reversed(s)):
        d=int(c)
        if i%2:
            d*=2
            if d>9: d-=9
        t+=d
    return t%10==0
def cc_ok(v):
    d=re.sub(r'[ -]','',v)
    if not d.isdigit() or not luhn(d): return False
    return (d[0]=='4' and len(d) in (13,16,19)) or (d[:2] in ('51','52','53','54','55') and len(d)==16) or (d[:2] in ('34','37') and len(d)==15) or (d.startswith('6011') and len(d)==16) or (2221<=int(d[:4])<=2720 and len(d)==16)
ILEN={'DE':22,'FR':27,'ES':24,'IT':27,'NL':18,'PL':28,'GB':22,'BE':16,'PT':25,'RO':24,'DK':18,'NO':15,'CZ':24,'TR':26,'CH':21,'AT':20,'IE':22}
def iban_ok(v):
    s=v.replace(' ','')
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+',s): return False
    if ILEN.get(s[:2])!=len(s): return False
    r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
def aba_ok(v):
    return bool(re.fullmatch(r'\d{9}',v)) and sum(int(a)*b for a,b in zip(v,[3,7,1]*3))%10==0
def nhs_ok(v):
    d=re.sub(r'[ -]','',v)
    if not re.fullmatch(r'\d{10}',d): return False
    s=sum(int(c)*(10-i) for i,c in enumerate(d[:9])); ck=11-s%11
    if ck==11: ck=0
    return ck!=10 and ck==int(d[9])
_d=[[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_p=[[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
def verhoeff_ok(n):
    c=0
    for i,ch in enumerate(reversed(n)): c=_d[c][_p[i%8][int(ch)]]
    return c==0
def aadhaar_ok(v):
    d=re.sub(r'[ -]','',v); return bool(re.fullmatch(r'[2-9]\d{11}',d)) and verhoeff_ok(d)
def pesel_ok(v):
    if not re.fullmatch(r'\d{11}',v): return False
    w=[1,3,7,9,1,3,7,9,1,3]
    if (10-sum(int(a)*b for a,b in zip(v,w))%10)%10!=int(v[10]): return False
    m=int(v[2:4]); d=int(v[4:6])
    return (1<=m%20<=12) and 1<=d<=31
L23="TRWAGMYFPDXBNJZSQVHLCKE"
def nif_ok(v):
    s=v.replace('-','').upper()
    m=re.fullmatch(r'(\d{8})([A-Z])',s)
    if m: return L23[int(m.group(1))%23]==m.group(2)
    m=re.fullmatch(r'([XYZ])(\d{7})([A-Z])',s)
    if m: return L23[int(str('XYZ'.index(m.group(1)))+m.group(2))%23]==m.group(3)
    return False
ODDV=[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]
def itfc_ok(v):
    if not re.fullmatch(r'[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]',v): return False
    t=0
    for i,c in enumerate(v[:15]):
        idx=int(c) if c.isdigit() else ord(c)-65
        t+= ODDV[idx] if i%2==0 else idx
    dd=int(v[9:11])
    return chr(65+t%26)==v[15] and (1<=dd<=31 or 41<=dd<=71)
def tfn_ok(v):
    d=v.replace(' ','')
    return bool(re.fullmatch(r'\d{9}',d)) and sum(int(a)*b for a,b in zip(d,[1,4,3,7,5,8,6,9,10]))%11==0
def nric_ok(v):
    m=re.fullmatch(r'([STFG])(\d{7})([A-Z])',v)
    if not m: return False
    s=sum(int(a)*b for a,b in zip(m.group(2),[2,7,6,5,4,3,2]))+(4 if m.group(1) in 'TG' else 0)
    tab="JZIHGFEDCBA" if m.group(1) in 'ST' else "XWUTRQPNMLK"
    return tab[s%11]==m.group(3)
B58='123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58_ok(v):
    n=0
    for c in v:
        if c not in B58: return False
        n=n*58+B58.index(c)
    raw=n.to_bytes(25,'big') if n.bit_length()<=200 else None
    if raw is None: return False
    return raw[0] in (0,5) and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4]==raw[21:]
CH='qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def bech_ok(v):
    if not v.startswith('bc1'): return False
    G=[0x3b6a57b2,0x26508e6d,0x1ea119fa,0x3d4233dd,0x2a1462b3]
    try: data=[CH.index(c) for c in v[3:]]
    except ValueError: return False
    chk=1
    for x in [ord(c)>>5 for c in 'bc']+[0]+[ord(c)&31 for c in 'bc']+data:
        b=chk>>25; chk=((chk&0x1ffffff)<<5)^x
        for i in range(5): chk^=G[i] if (b>>i)&1 else 0
    return chk==1
def crypto_ok(v):
    if v.startswith('0x'): return bool(re.fullmatch(r'0x[0-9a-f]{40}',v)) or bool(re.fullmatch(r'0x[0-9A-F]{40}',v))
    if v.startswith('bc1'): return bech_ok(v)
    return b58_ok(v)
def ssn_ok(v):
    m=re.fullmatch(r'(\d{3})[- ]?(\d{2})[- ]?(\d{4})',v)
    if not m: return False
    a,g,s=m.groups()
    return a not in ('000','666') and a[0]!='9' and g!='00' and s!='0000'
def itin_ok(v):
    m=re.fullmatch(r'(9\d{2})[- ]?(\d{2})[- ]?(\d{4})',v)
    if not m: return False
    g=int(m.group(2)); return 50<=g<=65 or 70<=g<=88 or 90<=g<=92 or 94<=g<=99
def nino_ok(v):
    s=v.replace(' ','')
    if not re.fullmatch(r'[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]',s): return False
    return s[:2] not in ('BG','GB','KN','NK','NT','TN','ZZ')
DLRE=[r'[A-Z]\d{7}',r'\d{3} \d{3} \d{3}',r'\d{8}',r'[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d',r'[A-Z]\d{3}-\d{4}-\d{4}',r'WDL[A-Z0-9]{9}',r'\d{2} \d{3} \d{3}',r'[A-Z]\d{14}',r'[A-Z]\d{12}',r'\d{9}']
CHECKS={'CREDIT_CARD':cc_ok,'IBAN_CODE':iban_ok,'ABA_ROUTING_NUMBER':aba_ok,'UK_NHS':nhs_ok,'IN_AADHAAR':aadhaar_ok,
 'PL_PESEL':pesel_ok,'ES_NIF':nif_ok,'IT_FISCAL_CODE':itfc_ok,'AU_TFN':tfn_ok,'SG_NRIC_FIN':nric_ok,'CRYPTO':crypto_ok,
 'US_SSN':ssn_ok,'US_ITIN':itin_ok,'UK_NINO':nino_ok,
 'US_PASSPORT':lambda v: bool(re.fullmatch(r'\d{9}|[A-Z]\d{8}',v)),
 'US_DRIVER_LICENSE':lambda v: any(re.fullmatch(p,v) for p in DLRE),
 'US_BANK_NUMBER':lambda v: bool(re.fullmatch(r'\d{8,17}',v)),
 'IN_PAN':lambda v: bool(re.fullmatch(r'[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]',v)),
 'EMAIL_ADDRESS':lambda v: bool(re.fullmatch(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}',v)),
 'MAC_ADDRESS':lambda v: bool(re.fullmatch(r'([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}',v)),
 'URL':lambda v: bool(re.fullmatch(r'(https?://)?([^\s/@]+@)?[A-Za-z0-9.\-]+\.[a-z]{2,}(/\S*)?',v)) and ' ' not in v,
 'PHONE_NUMBER':lambda v: 7<=len(re.sub(r'\D','',v))<=15 and bool(re.fullmatch(r'[+()\d .\-]+',v)),
}
def ip_ok(v):
    try: ipaddress.ip_address(v); return True
    except ValueError: return False
CHECKS['IP_ADDRESS']=ip_ok
INVALID={'invalid_card':lambda v: not cc_ok(v),'invalid_iban':lambda v: not iban_ok(v),'invalid_ssn':lambda v: not ssn_ok(v)}
rows=[json.loads(l) for l in open(sys.argv[1] if len(sys.argv)>1 else 'all.jsonl',encoding='utf-8')]
ids=set()
for r in rows:
    t=r['text']
    if r['id'] in ids: E(r,'dup id')
    ids.add(r['id'])
    if len(r['scope'])!=SCOPE_N or len(set(r['scope']))!=SCOPE_N: E(r,'scope size')
    allsp=[(s['start'],s['end'],'S',s) for s in r['spans']]+[(l['start'],l['end'],'L',l) for l in r['lookalikes']]
    allsp.sort(key=lambda x:(x[0],x[1]))
    for i,(a,b,k,o) in enumerate(allsp):
        if not (0<=a<b<=len(t)): E(r,f'bad offsets {a}-{b}'); continue
        v=t[a:b]
        if v!=v.strip(): E(r,f'whitespace edge {v!r}')
        if a>0 and t[a-1].isalnum() and v[0].isalnum(): E(r,f'cuts word at start {v!r} (prev {t[max(0,a-5):a]!r})')
        if b<len(t) and t[b].isalnum() and v[-1].isalnum(): E(r,f'cuts word at end {v!r} (next {t[b:b+5]!r})')
        if i+1<len(allsp) and allsp[i+1][0]<b: E(r,f'overlap {v!r} / {t[allsp[i+1][0]:allsp[i+1][1]]!r}')
        if k=='S':
            et=o['entity_type']
            if et not in r['scope']: E(r,'type not in scope '+et)
            if et in SUBT:
                if o.get('subtype') not in SUBT[et]: E(r,f'missing/bad subtype {v!r}')
            elif 'subtype' in o: E(r,f'unexpected subtype on {et}')
            if et=='PERSON':
                first=re.split(r'[\s.]',v)[0].lower()
                if first in TITLES and not re.fullmatch(r'[A-Z]\.',v.split()[0]): E(r,f'title in PERSON {v!r}')
                if '@' in v or any(ch.isdigit() for ch in v): E(r,f'odd PERSON {v!r}')
            if et in CHECKS and not CHECKS[et](v): E(r,f'{et} fails check: {v!r}')
            if et=='US_BANK_NUMBER':
                ctx=t[max(0,a-60):a].lower()
                if not re.search(r'account|acct|a/c|rekening|checking|"account"',ctx): W(r,f'bank number without account context {v!r}')
        else:
            kd=o['kind']
            if kd in INVALID and not INVALID[kd](v): E(r,f'{kd} actually valid {v!r}')
            if kd=='invalid_card' and re.sub(r'\D','',v)[:1] not in '3456': W(r,'invalid card odd prefix')
    # coverage
    cov=[False]*len(t)
    for a,b,_,_ in allsp:
        for j in range(a,b): cov[j]=True
    def unl(m): return not any(cov[m.start():m.end()])
    for m in re.finditer(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}',t):
        if unl(m): W(r,f'unlabelled email {m.group()!r}')
    for m in re.finditer(r'(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])',t):
        if unl(m) and ip_ok(m.group()): W(r,f'unlabelled IPv4 {m.group()!r}')
    for m in re.finditer(r'https?://\S+|www\.\S+',t):
        if unl(m): W(r,f'unlabelled URL {m.group()!r}')
    for m in re.finditer(r'\d[\d \-]{6,}\d',t):
        if sum(c.isdigit() for c in m.group())>=8 and not any(cov[m.start():m.end()]): W(r,f'unlabelled long digits {m.group()!r}')
    for m in re.finditer(r'\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./](19|20)?\d\d\b',t):
        if unl(m): W(r,f'unlabelled date {m.group()!r}')
    # labelled person names appearing unlabelled elsewhere
    names={t[s['start']:s['end']] for s in r['spans'] if s['entity_type']=='PERSON'}
    for nm in names:
        for m in re.finditer(r'(?<!\w)'+re.escape(nm)+r'(?!\w)',t):
            if unl(m): W(r,f'name {nm!r} also appears unlabelled')
    toks={w for nm in names for w in nm.split() if len(w)>=3 and w[0].isupper() and len(nm.split())>1}
    for w in toks-names:
        for m in re.finditer(r'(?<!\w)'+re.escape(w)+r'(?!\w)',t):
            if unl(m): W(r,f'name part {w!r} appears unlabelled')
print(f'{len(rows)} rows, {len(errors)} errors, {len(warns)} warnings')
for e in errors: print('ERROR',e)
for w in warns: print('WARN',w)
sys.exit(1 if errors else 0)
