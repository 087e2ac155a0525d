#!/usr/bin/env python3
"""Fill @gen: placeholders with checksum-valid (or deliberately invalid) values,
strip markup, write all.jsonl. Fixed seed -> reproducible."""
import re, json, glob, os, random, hashlib, string
R = random.Random(20261202)
SCOPE = ["PERSON","EMAIL_ADDRESS","PHONE_NUMBER","CREDIT_CARD","US_SSN","US_ITIN","US_PASSPORT",
 "US_DRIVER_LICENSE","US_BANK_NUMBER","ABA_ROUTING_NUMBER","IBAN_CODE","IP_ADDRESS","MAC_ADDRESS","URL",
 "CRYPTO","UK_NHS","UK_NINO","LOCATION","DATE_TIME","ES_NIF","IT_FISCAL_CODE","IN_AADHAAR","IN_PAN",
 "AU_TFN","SG_NRIC_FIN","PL_PESEL"]
D = string.digits
def digs(n): return ''.join(R.choice(D) for _ in range(n))
def luhn_ok(s):
    t=0
    for i,c in enumerate(reversed(s)):
        d=int(c)
        if i%2: d*=2; d-= 9 if d>9 else 0
        t+=d
    return t%10==0
def luhn_complete(p):
    for c in D:
        if luhn_ok(p+c): return p+c
def group(s, sizes, sep):
    out=[];i=0
    for z in sizes: out.append(s[i:i+z]); i+=z
    if i<len(s): out.append(s[i:])
    return sep.join(out)
def cc(kind, fmt, valid=True):
    if kind=='visa': n=luhn_complete('4'+digs(14)); sizes=[4,4,4,4]
    elif kind=='mc': n=luhn_complete(R.choice(['51','52','53','54','55'])+digs(13)); sizes=[4,4,4,4]
    elif kind=='amex': n=luhn_complete(R.choice(['34','37'])+digs(12)); sizes=[4,6,5]
    else: n=luhn_complete('6011'+digs(11)); sizes=[4,4,4,4]
    if not valid: n=n[:-1]+str((int(n[-1])+R.randint(1,9))%10)
    if fmt=='sp': return group(n,sizes,' ')
    if fmt=='dash': return group(n,sizes,'-')
    return n
IBAN_SPEC = {'DE':'n18','FR':'n23','ES':'n20','IT':'a1n10c12','NL':'a4n10','PL':'n24','GB':'a4n14',
 'BE':'n12','PT':'n21','RO':'a4c16','DK':'n14','NO':'n11','CZ':'n20','TR':'n22','CH':'n17','AT':'n16','IE':'a4n14'}
BANKS={'GB':['NWBK','BARC','MIDL','LOYD'],'NL':['ABNA','INGB','RABO','TRIO'],'IE':['AIBK','BOFI'],'RO':['BTRL','RNCB','BACX']}
def iban_check(cc_, bban):
    s=''.join(str(int(ch,36)) for ch in bban+cc_+'00')
    return '%02d'%(98-int(s)%97)
def iban(country, fmt, valid=True):
    spec=IBAN_SPEC[country]; bban=''
    for t,n in re.findall(r'([anc])(\d+)',spec):
        n=int(n)
        if t=='n': bban+=digs(n)
        elif t=='a':
            bban+= R.choice(BANKS[country]) if n==4 and country in BANKS else ''.join(R.choice(string.ascii_uppercase) for _ in range(n))
        else: bban+=''.join(R.choice(D+string.ascii_uppercase) if R.random()<0.2 else R.choice(D) for _ in range(n))
    ck=iban_check(country,bban)
    if not valid: ck='%02d'%((int(ck)+R.randint(1,40))%97 or 2)
        # ensure fails
    s=country+ck+bban
    if not valid:
        while iban_ok(s): s=country+'%02d'%R.randint(2,98)+bban
    if fmt=='sp': return ' '.join(s[i:i+4] for i in range(0,len(s),4))
    return s
def iban_ok(s):
    s=s.replace(' ','');r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
def aba():
    while True:
        p='%02d'%R.choice(list(range(1,13))+list(range(21,33)))+digs(6)
        for c in D:
            n=p+c; w=[3,7,1]*3
            if sum(int(a)*b for a,b in zip(n,w))%10==0: return n
def nhs(fmt):
    while True:
        b=digs(9); s=sum(int(c)*(10-i) for i,c in enumerate(b)); ck=11-s%11
        if ck==11: ck=0
        if ck==10: continue
        n=b+str(ck)
        if fmt=='sp': return n[:3]+' '+n[3:6]+' '+n[6:]
        if fmt=='dash': return n[:3]+'-'+n[3:6]+'-'+n[6:]
        return n
VD=[[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
    [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP=[[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
    [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VINV=[0,4,3,2,1,5,6,7,8,9]
def verhoeff_digit(n):
    c=0
    for i,ch in enumerate(reversed(n)): c=VD[c][VP[(i+1)%8][int(ch)]]
    return str(VINV[c])
def aadhaar(fmt):
    b=str(R.randint(2,9))+digs(10); n=b+verhoeff_digit(b)
    if fmt=='sp': return n[:4]+' '+n[4:8]+' '+n[8:]
    if fmt=='dash': return n[:4]+'-'+n[4:8]+'-'+n[8:]
    return n
def pesel(arg):
    if arg: y,m,d=map(int,arg.split('-'))
    else: y=R.randint(1950,2008); m=R.randint(1,12); d=R.randint(1,28)
    mm=m+(20 if y>=2000 else 0)
    b='%02d%02d%02d'%(y%100,mm,d)+digs(4); w=[1,3,7,9,1,3,7,9,1,3]
    return b+str((10-sum(int(a)*c for a,c in zip(b,w))%10)%10)
NIFL="TRWAGMYFPDXBNJZSQVHLCKE"
def nif(fmt):
    n=digs(8); s=n+NIFL[int(n)%23]
    return n+'-'+NIFL[int(n)%23] if fmt=='dash' else s
def nie(fmt):
    p=R.choice('XYZ'); n=digs(7); L=NIFL[int(str('XYZ'.index(p))+n)%23]
    return p+('-'+n+'-'+L if fmt=='dash' else n+L)
ODD=dict(zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',[1,0,5,7,9,13,15,17,19,21]+[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def ev(c): return int(c) if c.isdigit() else ord(c)-65
def itcheck(s15): return chr(65+sum(ODD[c] if i%2==0 else ev(c) for i,c in enumerate(s15))%26)
def cons(s): return [c for c in s if c.isalpha() and c not in 'AEIOU']
def vows(s): return [c for c in s if c in 'AEIOU']
def itfc(arg):
    if arg:
        sur,nam,dob,sex=arg.split(',')
    else:
        sur=R.choice(['ROSSI','BIANCHI','ESPOSITO','COLOMBO','RICCI','MARINO','GRECO','BRUNO','GALLO','CONTI'])
        nam=R.choice(['MARCO','GIULIA','LUCA','CHIARA','ANDREA','FRANCESCA','PAOLO','ELENA'])
        dob='%d-%02d-%02d'%(R.randint(1950,2004),R.randint(1,12),R.randint(1,28)); sex=R.choice('MF')
    sur=sur.upper().replace("'","").replace(' ',''); nam=nam.upper().replace(' ','')
    s=(cons(sur)+vows(sur)+['X']*3)[:3]
    c=cons(nam)
    n=[c[0],c[2],c[3]] if len(c)>=4 else (c+vows(nam)+['X']*3)[:3]
    y,m,d=dob.split('-'); d=int(d)+(40 if sex=='F' else 0)
    town=R.choice(['H501','F205','F839','L219','D612','A944','G273','L736','C351'])
    s15=''.join(s)+''.join(n)+y[2:]+'ABCDEHLMPRST'[int(m)-1]+'%02d'%d+town
    return s15+itcheck(s15)
def tfn(fmt):
    w=[1,4,3,7,5,8,6,9,10]
    while True:
        n=digs(9)
        if n[0]!='0' and sum(int(a)*b for a,b in zip(n,w))%11==0: break
    return n[:3]+' '+n[3:6]+' '+n[6:] if fmt=='sp' else n
def nric(pref):
    p=pref or R.choice('STFG'); n=digs(7); w=[2,7,6,5,4,3,2]
    s=sum(int(a)*b for a,b in zip(n,w))+(4 if p in 'TG' else 0)
    tab="JZIHGFEDCBA" if p in 'ST' else "XWUTRQPNMLK"
    return p+n+tab[s%11]
B58='123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check(payload):
    raw=payload+hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n=int.from_bytes(raw,'big'); s=''
    while n: n,r=divmod(n,58); s=B58[r]+s
    return '1'*(len(raw)-len(raw.lstrip(b'\0')))+s
BCH='qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def polymod(vals):
    G=[0x3b6a57b2,0x26508e6d,0x1ea119fa,0x3d4233dd,0x2a1462b3]; chk=1
    for v in vals:
        b=chk>>25; chk=((chk&0x1ffffff)<<5)^v
        for i in range(5): chk^=G[i] if (b>>i)&1 else 0
    return chk
def hrpx(h): return [ord(x)>>5 for x in h]+[0]+[ord(x)&31 for x in h]
def convertbits(data,f,t):
    acc=0;bits=0;out=[];mx=(1<<t)-1
    for v in data:
        acc=(acc<<f)|v; bits+=f
        while bits>=t: bits-=t; out.append((acc>>bits)&mx)
    if bits: out.append((acc<<(t-bits))&mx)
    return out
def bech32(prog):
    data=[0]+convertbits(prog,8,5); pm=polymod(hrpx('bc')+data+[0]*6)^1
    return 'bc1'+''.join(BCH[d] for d in data+[(pm>>5*(5-i))&31 for i in range(6)])
def rb(n): return bytes(R.randrange(256) for _ in range(n))
def crypto(k):
    if k=='btc': return b58check(b'\x00'+rb(20))
    if k=='p2sh': return b58check(b'\x05'+rb(20))
    if k=='bech32': return bech32(rb(20))
    return '0x'+rb(20).hex()
def ssn(fmt, valid=True):
    while True:
        a=R.randint(1,899)
        if a!=666: break
    if not valid: a=R.choice([0,666])
    g=R.randint(1,99); s=R.randint(1,9999)
    sep={'plain':'','sp':' '}.get(fmt,'-')
    return '%03d%s%02d%s%04d'%(a,sep,g,sep,s)
def itin(fmt):
    g=R.choice(list(range(50,66))+list(range(70,89))+[90,91,92]+list(range(94,100)))
    sep='' if fmt=='plain' else '-'
    return '9%02d%s%02d%s%04d'%(R.randint(0,99),sep,g,sep,R.randint(1,9999))
def nino(fmt):
    A='ABCEGHJKLMNOPRSTWXYZ'; B='ABCEGHJKLMNPRSTWXYZ'
    while True:
        p=R.choice(A)+R.choice(B)
        if p not in ('BG','GB','KN','NK','NT','TN','ZZ'): break
    d=digs(6); s=R.choice('ABCD')
    if fmt=='sp': return f'{p} {d[:2]} {d[2:4]} {d[4:]} {s}'
    return p+d+s
def passport(fmt):
    return R.choice(string.ascii_uppercase)+digs(8) if fmt=='letter' else str(R.randint(1,9))+digs(8)
def dl(state):
    U=string.ascii_uppercase
    if state=='CA': return R.choice(U)+digs(7)
    if state=='NY': return digs(3)+' '+digs(3)+' '+digs(3)
    if state=='TX': return digs(8)
    if state=='FL': x=R.choice(U)+digs(12); return f'{x[0:4]}-{x[4:7]}-{x[7:9]}-{x[9:12]}-{x[12]}'
    if state=='IL': x=R.choice(U)+digs(11); return f'{x[0:4]}-{x[4:8]}-{x[8:]}'
    if state=='WA': return 'WDL'+''.join(R.choice(U+D) for _ in range(9))
    if state=='PA': return digs(2)+' '+digs(3)+' '+digs(3)
    if state=='NJ': return R.choice(U)+digs(14)
    if state=='MI': return R.choice(U)+digs(12)
    return R.choice(U)+digs(7)
def pan():
    U=string.ascii_uppercase
    return ''.join(R.choice(U) for _ in range(3))+'P'+R.choice(U)+digs(4)+R.choice(U)
def bank(fmt):
    return digs(int(fmt)) if fmt else digs(R.randint(8,14))
def generate(kind):
    k,_,fmt=kind.partition(':')
    if k.startswith('cc_'): return cc(k[3:],fmt)
    if k.startswith('badcc_'): return cc(k[6:],fmt,False)
    if k.startswith('iban_'): return iban(k[5:],fmt)
    if k.startswith('badiban_'): return iban(k[8:],fmt,False)
    f={'aba':lambda:aba(),'nhs':lambda:nhs(fmt),'aadhaar':lambda:aadhaar(fmt),'pesel':lambda:pesel(fmt),
       'nif':lambda:nif(fmt),'nie':lambda:nie(fmt),'itfc':lambda:itfc(fmt),'tfn':lambda:tfn(fmt),'nric':lambda:nric(fmt),
       'btc':lambda:crypto('btc'),'p2sh':lambda:crypto('p2sh'),'bech32':lambda:crypto('bech32'),'eth':lambda:crypto('eth'),
       'ssn':lambda:ssn(fmt),'badssn':lambda:ssn(fmt,False),'itin':lambda:itin(fmt),'nino':lambda:nino(fmt),
       'passport':lambda:passport(fmt),'dl':lambda:dl(fmt),'pan':lambda:pan(),'bank':lambda:bank(fmt)}[k]
    return f()
TOK=re.compile(r'\[\[([A-Z_]+)(?::([a-z]+))?\|(.*?)\]\]|\{\{([a-z_]+)\|(.*?)\}\}')
def render(raw):
    out='';spans=[];looks=[];pos=0
    for m in TOK.finditer(raw):
        out+=raw[pos:m.start()]; pos=m.end()
        if m.group(1):
            val=m.group(3)
            if val.startswith('@gen:'): val=generate(val[5:])
            sp={'entity_type':m.group(1),'start':len(out),'end':len(out)+len(val)}
            if m.group(2): sp['subtype']=m.group(2)
            out+=val; spans.append(sp)
        else:
            val=m.group(5)
            if val.startswith('@gen:'): val=generate(val[5:])
            looks.append({'kind':m.group(4),'start':len(out),'end':len(out)+len(val)}); out+=val
    out+=raw[pos:]
    if '[[' in out or ']]' in out or '{{' in out or '}}' in out: raise ValueError('leftover markup: '+out[:80])
    return out,spans,looks
def main():
    rows=[]
    for fn in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'src','*.txt'))):
        cur=None; stem=os.path.basename(fn)[:-4]
        msgs=[]
        for line in open(fn,encoding='utf-8').read().split('\n'):
            if line.startswith('@@ '):
                _,lang,style=line.split(None,2); cur=[lang,style.strip(),[]]; msgs.append(cur)
            elif line.startswith('##') and cur is None: continue
            elif cur is not None: cur[2].append(line)
        for i,(lang,style,lines) in enumerate(msgs,1):
            raw='\n'.join(lines).strip('\n')
            text,spans,looks=render(raw)
            rows.append({'id':f'{stem}-{i:03d}','lang':lang,'style':style,'text':text,'spans':spans,'lookalikes':looks,'scope':SCOPE})
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'all.jsonl'),'w',encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    print(len(rows),'rows')
if __name__=='__main__': main()
