#!/usr/bin/env python3
"""Writes all.jsonl: secrets people share in conversation (PINs, keypad codes, one-time codes, wallet seed
phrases and hex keys) and their look-alikes (order numbers, years, prices, versions, commit hashes, questions
about PINs and codes, ordinary sentences), in the format of data/secrets/blind8 for scripts/eval-secrets.
Every value is drawn at generation time from a fixed-seed generator: none is a real secret. Written by the
session that wrote the rules (s14-sec), so this is development data, not a blind measure.
usage: (cd data/secrets/conversation && python3 gen.py)"""
import hashlib, json, random

rng = random.Random(1403)
WORDS = open("/usr/lib/python3/dist-packages/mnemonic/wordlist/english.txt").read().split()


def digits(n):
    return str(rng.randint(3, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def seed_phrase(n):
    ent = bytes(rng.randrange(256) for _ in range(n * 11 * 32 // 33 // 8))
    bits = "".join(f"{b:08b}" for b in ent) + f"{int.from_bytes(hashlib.sha256(ent).digest(), 'big'):0256b}"[: n // 3]
    return " ".join(WORDS[int(bits[i * 11:(i + 1) * 11], 2)] for i in range(n))


def hexkey():
    return "".join(rng.choice("0123456789abcdef") for _ in range(64))


# (template, kind, value maker); {v} is the secret.
SECRETS = [
    ("hey, my bank PIN is {v} - can you tell me if that's a weak one?", "pin", lambda: digits(4)),
    ("Forgot it again. PIN: {v}. Remind me tomorrow", "pin", lambda: digits(4)),
    ("the new debit card pin number is {v}", "pin", lambda: digits(4)),
    ("Meine PIN lautet {v}, ist das sicher genug?", "pin", lambda: digits(4)),
    ("Mon code PIN c'est {v}, je le note ici", "pin", lambda: digits(4)),
    ("Mi PIN es {v} y no funciona en el cajero", "pin", lambda: digits(4)),
    ("мой пин-код {v}, банкомат его не принимает", "pin", lambda: digits(4)),
    ("SIMカードの暗証番号は{v}です", "pin", lambda: digits(4)),
    ("For the Airbnb: the gate code is {v}, then the key box", "pin", lambda: digits(4)),
    ("alarm code {v} and the wifi is on the fridge", "pin", lambda: digits(4)),
    ("locker code: {v}", "pin", lambda: digits(4)),
    ("El código de la puerta es {v}#", "pin", lambda: digits(4)),
    ("der Türcode ist {v}, zweiter Stock", "pin", lambda: digits(4)),
    ("the code they texted me is {v}, is this a scam?", "otp", lambda: digits(6)),
    ("Got an SMS with a code {v} I never asked for", "otp", lambda: digits(6)),
    ("My verification code is {v} but the site says it's wrong", "otp", lambda: digits(6)),
    ("2FA code: {v}", "otp", lambda: digits(6)),
    ("here's the one-time password {v}, log in for me please", "otp", lambda: digits(8)),
    ("Mein Bestätigungscode ist {v}", "otp", lambda: digits(6)),
    ("le code de confirmation reçu : {v}", "otp", lambda: digits(6)),
    ("mi código de verificación es {v}", "otp", lambda: digits(6)),
    ("código de verificação {v}, ajuda?", "otp", lambda: digits(6)),
    ("код подтверждения {v} пришёл два раза", "otp", lambda: digits(6)),
    ("验证码是{v}，请帮我登录", "otp", lambda: digits(6)),
    ("認証コード：{v}", "otp", lambda: digits(6)),
    ("인증번호 {v} 입력했는데 안 돼요", "otp", lambda: digits(6)),
    ("my seed phrase is {v}, is my wallet safe?", "seed_phrase", lambda: seed_phrase(12)),
    ("MetaMask secret recovery phrase: {v}", "seed_phrase", lambda: seed_phrase(12)),
    ("the 24 words are {v}", "seed_phrase", lambda: seed_phrase(24)),
    ("mi frase semilla: {v}", "seed_phrase", lambda: seed_phrase(12)),
    ("сид-фраза: {v}", "seed_phrase", lambda: seed_phrase(12)),
    ("我的助记词是 {v}", "seed_phrase", lambda: seed_phrase(12)),
    ("private key for the test wallet: 0x{v}", "hex_private_key", hexkey),
    ("import it with new ethers.Wallet('0x{v}')", "hex_private_key", hexkey),
    ("clé privée du portefeuille : {v}", "hex_private_key", hexkey),
]
LOOKALIKES = [
    ("my order number is {v}, when does it ship?", "order_number", lambda: digits(8)),
    ("tracking code {v} shows no movement", "tracking_code", lambda: "1Z" + digits(10)),
    ("the PIN I set in {v} stopped working", "year", lambda: str(rng.randint(2015, 2025))),
    ("I changed my PIN in {v}", "year", lambda: str(rng.randint(2015, 2025))),
    ("the card ending {v} needs a new PIN", "card_last_digits", lambda: digits(4)),
    ("PIN reader costs ${v}", "price", lambda: digits(4)),
    ("the verification code expires in {v} minutes", "duration", lambda: str(rng.randint(10, 9999))),
    ("pin requests to {v}", "version", lambda: f"{rng.randint(1, 3)}.{rng.randint(10, 40)}.{rng.randint(0, 9)}"),
    ("what is a PIN and why is it {v} digits?", "question", lambda: str(rng.choice([4, 6]))),
    ("how do OTP codes work? mine has {v} digits", "question", lambda: "6"),
    ("error code {v} from the payment API", "error_code", lambda: digits(5)),
    ("exit code {v}", "error_code", lambda: str(rng.randint(1, 255))),
    ("the promo code they sent me is SAVE{v}", "promo_code", lambda: digits(4)),
    ("the zip code is {v}", "zip_code", lambda: digits(5)),
    ("commit {v} changed the seed words test", "commit_hash", lambda: "".join(rng.choice("0123456789abcdef") for _ in range(40))),
    ("the tx hash is 0x{v}", "tx_hash", hexkey),
    ("sha256 of the private key file: {v}", "sha256", hexkey),
    ("GPIO pin {v} on the board", "pin_number", lambda: str(rng.randint(2, 40))),
    ("seed {v} for the random generator", "rng_seed", lambda: digits(5)),
    ("my wallet has twelve words: {v}", "sentence", lambda: "remember to keep them away from the river bank"),
    ("I wrote the seed phrase {v}", "sentence", lambda: "on paper and the paper is in a drawer at home today"),
    ("the door code changed on {v}", "date", lambda: f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2025"),
    ("Bestellnummer {v}, PIN-Brief kam nicht", "order_number", lambda: digits(8)),
    ("номер заказа {v}, а ПИН не пришёл", "order_number", lambda: digits(8)),
    ("The room costs {v} EUR, door code later", "price", lambda: digits(3)),
]


def row(i, template, kind, make, label):
    v = make()
    text = template.replace("{v}", v)
    start = text.index(v)
    span = {"kind": kind, "start": start, "end": start + len(v)}
    return {"id": f"conv-{i:04d}", "text": text, "secrets": [span] if label == "s" else [],
            "lookalikes": [span] if label == "l" else []}


rows = []
for k in range(4):
    for t, kind, make in SECRETS:
        rows.append(row(len(rows), t, kind, make, "s"))
    for t, kind, make in LOOKALIKES:
        rows.append(row(len(rows), t, kind, make, "l"))
with open("all.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(rows)} messages")
